-- The officer's full name (family name first) next to the account, so printed forms 02, 04 and 06 sign with
-- "Lê Văn Cường", not "officer1". Lines written before keep NULL and print the account as before.
ALTER TABLE dossier_history ADD COLUMN actor_name VARCHAR(255) NULL;
ALTER TABLE dossier_step ADD COLUMN from_actor_name VARCHAR(255) NULL;

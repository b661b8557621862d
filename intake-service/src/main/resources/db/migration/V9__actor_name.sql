-- The person behind a status line, as printed on forms (family name first): form 01 signs with the officer's
-- full name, not the account's user name. Older lines keep NULL and print the user name as before.
ALTER TABLE dossier_status_history ADD COLUMN actor_name VARCHAR(255) NULL;

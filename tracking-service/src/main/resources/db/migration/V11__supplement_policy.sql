-- The procedure version's supplement policy, pinned per dossier like its processing time (PAUSE before it existed).
ALTER TABLE tracked_dossier ADD COLUMN supplement_policy VARCHAR(16) NOT NULL DEFAULT 'PAUSE';

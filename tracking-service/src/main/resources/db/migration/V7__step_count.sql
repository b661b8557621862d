-- How many hand-over steps a dossier has had: the next step's number, and whether one may be open,
-- without a query per action.
ALTER TABLE tracked_dossier ADD COLUMN steps INT NOT NULL DEFAULT 0;
UPDATE tracked_dossier d SET steps = (SELECT COUNT(*) FROM dossier_step s WHERE s.dossier_code = d.code);

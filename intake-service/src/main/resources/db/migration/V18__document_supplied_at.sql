-- A paper the applicant sent online after the agency asked for more (form 02): when it came. NULL for the papers
-- handed in with the dossier. Nullable, so existing rows and the submission's multi-row insert stay as they are.
ALTER TABLE dossier_document ADD COLUMN supplied_at TIMESTAMP(6) NULL;

-- Forms 02, 04 and 06 are addressed to the applicant and name the agency and the procedure: intake's
-- DOSSIER_RECEIVED event carries them. Imported legacy dossiers may have none.
ALTER TABLE tracked_dossier
    ADD COLUMN agency_name    VARCHAR(255) NULL,
    ADD COLUMN procedure_name VARCHAR(500) NULL,
    ADD COLUMN applicant_name VARCHAR(255) NULL;

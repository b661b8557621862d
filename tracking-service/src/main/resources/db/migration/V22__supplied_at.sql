-- When the applicant last sent asked-for papers online (intake's DOSSIER_SUPPLEMENT_SUBMITTED), so that the holding
-- agency's queue marks a dossier whose clock waits for papers that have come. NULL until then; added last, in place.
ALTER TABLE tracked_dossier ADD COLUMN supplied_at TIMESTAMP(6) NULL;

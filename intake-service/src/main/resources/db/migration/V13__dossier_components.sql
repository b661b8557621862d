-- How many components a dossier came with, and how many of them digitised (uploaded by the citizen, or scanned
-- and attached at the counter): counted once at submission, published with DOSSIER_RECEIVED for the scorecard.
-- NULL for dossiers submitted before: unknown, not zero.
ALTER TABLE dossier
    ADD COLUMN components_received  INT NULL,
    ADD COLUMN components_digitised INT NULL;

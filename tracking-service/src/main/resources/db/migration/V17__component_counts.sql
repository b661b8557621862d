-- Components received with dossiers and how many were digitised, counted on the day the dossier was received
-- (the scorecard's "digitised components"); older dossiers carried no count and stay out of it.
ALTER TABLE stats_daily
    ADD COLUMN components_received  INT NOT NULL DEFAULT 0,
    ADD COLUMN components_digitised INT NOT NULL DEFAULT 0;
ALTER TABLE stats_monthly
    ADD COLUMN components_received  INT NOT NULL DEFAULT 0,
    ADD COLUMN components_digitised INT NOT NULL DEFAULT 0;

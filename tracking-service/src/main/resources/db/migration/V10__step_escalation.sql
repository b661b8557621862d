-- Form 06 steps are watched like dossiers: DOSSIER_STEP_OVERDUE once when a step passes its own due time,
-- DOSSIER_STEP_DUE_SOON once when it comes within tracking.steps.due-soon-working-hours of it.
ALTER TABLE dossier_step
    ADD COLUMN overdue_notified  BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN due_soon_notified BOOLEAN NOT NULL DEFAULT FALSE,
    ADD INDEX ix_step_open_due (ended_at, due_at);

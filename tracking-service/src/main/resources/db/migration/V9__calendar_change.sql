-- A year's table replaced after dossiers were received: the days whose working status changed, and the
-- recomputation of the open deadlines it causes, resumable from its cursor (the last dossier code done).
CREATE TABLE calendar_change (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    year         INT           NOT NULL,
    changed_days VARCHAR(4000) NOT NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    created_by   VARCHAR(128)  NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    cursor_code  VARCHAR(64)   NOT NULL DEFAULT '',
    examined     BIGINT        NOT NULL DEFAULT 0,
    moved        BIGINT        NOT NULL DEFAULT 0,
    finished_at  TIMESTAMP(6)  NULL,
    INDEX ix_calendar_change_status (status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A DOSSIER_DEADLINE_CHANGED line keeps the due date it replaced (the new one is due_at) and its cause.
ALTER TABLE dossier_history
    ADD COLUMN previous_due_at TIMESTAMP(6) NULL,
    ADD COLUMN calendar_change_id BIGINT NULL;

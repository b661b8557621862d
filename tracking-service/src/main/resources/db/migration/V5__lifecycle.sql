-- The processing lifecycle: who holds the dossier, the pause of a supplement request, the resolution and
-- its outcome, the late apology (form 04), and the flags of the deadline watch.
ALTER TABLE tracked_dossier
    ADD COLUMN holding_agency     VARCHAR(32)  NULL,
    ADD COLUMN paused_at          TIMESTAMP(6) NULL,
    ADD COLUMN resolved_at        TIMESTAMP(6) NULL,
    ADD COLUMN ended_at           TIMESTAMP(6) NULL,
    ADD COLUMN outcome            VARCHAR(16)  NULL,
    ADD COLUMN apology_at         TIMESTAMP(6) NULL,
    ADD COLUMN new_appointment_at TIMESTAMP(6) NULL,
    ADD COLUMN overdue            BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN due_soon_notified  BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN version            INT          NOT NULL DEFAULT 0;
UPDATE tracked_dossier SET holding_agency = agency_code WHERE holding_agency IS NULL;
ALTER TABLE tracked_dossier MODIFY holding_agency VARCHAR(32) NOT NULL;
-- The deadline watch reads open dossiers by due time; statistics read overdue ones by due time.
CREATE INDEX ix_tracked_open_due ON tracked_dossier (ended_at, due_at);
CREATE INDEX ix_tracked_overdue ON tracked_dossier (overdue, due_at, ended_at, agency_code, procedure_code);
CREATE INDEX ix_tracked_holding ON tracked_dossier (holding_agency, status, due_at);

ALTER TABLE dossier_history ADD COLUMN actor VARCHAR(128) NULL, ADD COLUMN step_no INT NULL;

-- Form 06: one row per hand-over, with the step's own budget, due time and outcome.
CREATE TABLE dossier_step (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_code VARCHAR(64)   NOT NULL,
    step_no      INT           NOT NULL,
    name         VARCHAR(255)  NOT NULL,
    from_actor   VARCHAR(128)  NOT NULL,
    from_agency  VARCHAR(32)   NOT NULL,
    to_actor     VARCHAR(128)  NULL,
    to_agency    VARCHAR(32)   NOT NULL,
    started_at   TIMESTAMP(6)  NOT NULL,
    working_days DECIMAL(5, 1) NOT NULL,
    due_at       TIMESTAMP(6)  NOT NULL,
    ended_at     TIMESTAMP(6)  NULL,
    outcome      VARCHAR(16)   NULL,
    CONSTRAINT fk_step_tracked FOREIGN KEY (dossier_code) REFERENCES tracked_dossier (code),
    CONSTRAINT uq_step UNIQUE (dossier_code, step_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Statistics 06a/06b from a maintained aggregate: one row per local day, agency and procedure, updated in
-- the transaction of each transition, so a report reads a few thousand rows instead of a million dossiers.
CREATE TABLE stats_daily (
    day              DATE        NOT NULL,
    agency_code      VARCHAR(32) NOT NULL,
    procedure_code   VARCHAR(32) NOT NULL,
    received_online  INT         NOT NULL DEFAULT 0,
    received_counter INT         NOT NULL DEFAULT 0,
    resolved_early   INT         NOT NULL DEFAULT 0,
    resolved_on_time INT         NOT NULL DEFAULT 0,
    resolved_late    INT         NOT NULL DEFAULT 0,
    withdrawn        INT         NOT NULL DEFAULT 0,
    suspended        INT         NOT NULL DEFAULT 0,
    not_accepted     INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (agency_code, procedure_code, day),
    INDEX ix_stats_day (day, agency_code, procedure_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

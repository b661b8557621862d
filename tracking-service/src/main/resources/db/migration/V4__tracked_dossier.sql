-- A dossier under the legal clock, from RECEIVED on. The row holds the current state for queries;
-- dossier_history is the append-only record of every transition and of the due date in force.
CREATE TABLE tracked_dossier (
    code              VARCHAR(64)   NOT NULL PRIMARY KEY,
    agency_code       VARCHAR(32)   NOT NULL,
    procedure_code    VARCHAR(32)   NOT NULL,
    channel           VARCHAR(16)   NOT NULL,
    working_days      DECIMAL(5, 1) NOT NULL,
    received_at       TIMESTAMP(6)  NOT NULL,
    due_at            TIMESTAMP(6)  NOT NULL,
    status            VARCHAR(32)   NOT NULL,
    applicant_id_hash CHAR(64)      NOT NULL,
    INDEX ix_tracked_agency_status (agency_code, status, due_at),
    INDEX ix_tracked_received (received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dossier_history (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_code VARCHAR(64)  NOT NULL,
    type         VARCHAR(48)  NOT NULL,
    status       VARCHAR(32)  NOT NULL,
    at           TIMESTAMP(6) NOT NULL,
    due_at       TIMESTAMP(6) NOT NULL,
    actor_role   VARCHAR(32)  NOT NULL,
    actor_agency VARCHAR(32)  NULL,
    note         TEXT         NULL,
    CONSTRAINT fk_history_tracked FOREIGN KEY (dossier_code) REFERENCES tracked_dossier (code),
    INDEX ix_history_code (dossier_code, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

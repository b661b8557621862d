-- Who to tell about a dossier: the contact details intake's events carry (personal data: kept here only
-- to send messages; logs and the API show them masked).
CREATE TABLE recipient (
    dossier_code        VARCHAR(64)  NOT NULL PRIMARY KEY,
    agency_code         VARCHAR(32)  NOT NULL,
    agency_name         VARCHAR(255) NULL,
    procedure_name      VARCHAR(500) NULL,
    full_name           VARCHAR(255) NOT NULL,
    email               VARCHAR(254) NULL,
    phone               VARCHAR(20)  NULL,
    applicant_id_hash   CHAR(64)     NOT NULL,
    appointment_pending BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at          TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A delivery is planned in the transaction that consumes its event, then sent by the worker: the address,
-- subject and text are fixed at planning time; next_attempt_at schedules retries and quiet-hour holds.
ALTER TABLE delivery_log
    ADD COLUMN address         VARCHAR(254) NULL,
    ADD COLUMN subject         VARCHAR(255) NULL,
    ADD COLUMN body            TEXT         NULL,
    ADD COLUMN next_attempt_at TIMESTAMP(6) NULL;
CREATE INDEX ix_delivery_due ON delivery_log (status, next_attempt_at);

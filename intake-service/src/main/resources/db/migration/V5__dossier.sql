-- Dossiers from submission to acceptance. Status changes are appended to dossier_status_history;
-- the row keeps the current status for queries.
CREATE TABLE dossier (
    code                 VARCHAR(64)  NOT NULL PRIMARY KEY,
    agency_code          VARCHAR(32)  NOT NULL,
    procedure_version_id BIGINT       NOT NULL,
    procedure_code       VARCHAR(32)  NOT NULL,
    channel              VARCHAR(16)  NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    applicant_type       VARCHAR(16)  NOT NULL,
    applicant_name       VARCHAR(255) NOT NULL,
    applicant_id_number  VARCHAR(16)  NOT NULL,
    applicant_id_hash    CHAR(64)     NOT NULL,
    applicant_phone      VARCHAR(16)  NOT NULL,
    applicant_email      VARCHAR(254) NULL,
    applicant_address    VARCHAR(500) NULL,
    submitted_at         TIMESTAMP(6) NOT NULL,
    received_at          TIMESTAMP(6) NULL,
    appointment_at       TIMESTAMP(6) NULL,
    refusal_reasons      TEXT         NULL,
    created_by           VARCHAR(128) NOT NULL,
    idempotency_key      VARCHAR(128) NULL,
    request_hash         CHAR(64)     NULL,
    CONSTRAINT fk_dossier_agency FOREIGN KEY (agency_code) REFERENCES agency (code),
    CONSTRAINT fk_dossier_procedure FOREIGN KEY (procedure_version_id) REFERENCES procedure_version (id),
    CONSTRAINT uq_dossier_idempotency UNIQUE (created_by, idempotency_key),
    INDEX ix_dossier_agency_status (agency_code, status, submitted_at),
    INDEX ix_dossier_applicant (applicant_id_hash, submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dossier_document (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_code   VARCHAR(64) NOT NULL,
    component_code VARCHAR(32) NOT NULL,
    file_id        VARCHAR(64) NULL,
    CONSTRAINT fk_document_dossier FOREIGN KEY (dossier_code) REFERENCES dossier (code),
    INDEX ix_document_dossier (dossier_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dossier_status_history (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_code VARCHAR(64)  NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    at           TIMESTAMP(6) NOT NULL,
    actor        VARCHAR(128) NOT NULL,
    note         TEXT         NULL,
    CONSTRAINT fk_history_dossier FOREIGN KEY (dossier_code) REFERENCES dossier (code),
    INDEX ix_history_dossier (dossier_code, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per agency per day: the row lock taken by the increment is held until the dossier commits, so codes
-- are unique across instances and gap-free (a rolled-back submission rolls its number back too).
CREATE TABLE dossier_sequence (
    agency_code VARCHAR(32) NOT NULL,
    day         DATE        NOT NULL,
    last_value  INT         NOT NULL,
    PRIMARY KEY (agency_code, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

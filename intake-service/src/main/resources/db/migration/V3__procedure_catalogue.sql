-- The procedure catalogue (TTHC), versioned: a revision adds a row and moves `current`; dossiers keep the
-- id of the version they were received under, so a revision never changes their deadline.
-- components: [{"code","name","mandatory","originals","copies"}]; steps: [{"name","workingDays"}].
CREATE TABLE procedure_version (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                   VARCHAR(32)   NOT NULL,
    version                INT           NOT NULL,
    name                   VARCHAR(500)  NOT NULL,
    field                  VARCHAR(255)  NOT NULL,
    agency_level           VARCHAR(16)   NOT NULL,
    processing_days        DECIMAL(5, 1) NOT NULL,
    online_processing_days DECIMAL(5, 1) NULL,
    fee_vnd                BIGINT        NOT NULL,
    components             LONGTEXT      NOT NULL,
    steps                  LONGTEXT      NOT NULL,
    is_current             BOOLEAN       NOT NULL,
    created_at             TIMESTAMP(6)  NOT NULL,
    created_by             VARCHAR(128)  NOT NULL,
    CONSTRAINT uq_procedure_version UNIQUE (code, version),
    INDEX ix_procedure_current (code, is_current)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Inbox: ids of consumed events, written in the same transaction as their effect.
CREATE TABLE processed_event (
    event_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
    topic        VARCHAR(128) NOT NULL,
    processed_at TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per (event, channel): the key that makes a redelivered event never send twice.
-- Recipients are stored masked; the applicant is matched by a hash of their ID number, never the number.
CREATE TABLE delivery_log (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id          VARCHAR(64)  NOT NULL,
    channel           VARCHAR(16)  NOT NULL,
    dossier_code      VARCHAR(64)  NOT NULL,
    agency_code       VARCHAR(32)  NOT NULL,
    applicant_id_hash CHAR(64)     NULL,
    template          VARCHAR(64)  NOT NULL,
    recipient_masked  VARCHAR(128) NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    attempts          INT          NOT NULL DEFAULT 0,
    detail            VARCHAR(512) NULL,
    created_at        TIMESTAMP(6) NOT NULL,
    sent_at           TIMESTAMP(6) NULL,
    CONSTRAINT uq_delivery_event_channel UNIQUE (event_id, channel),
    INDEX ix_delivery_dossier (dossier_code, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

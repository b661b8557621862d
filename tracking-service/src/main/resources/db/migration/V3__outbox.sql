-- Transactional outbox: a dossier change and its event are written in one transaction;
-- OutboxRelay publishes unsent rows in id order and stamps sent_at.
CREATE TABLE outbox_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id     CHAR(36)     NOT NULL,
    aggregate_id VARCHAR(64)  NOT NULL,
    event_type   VARCHAR(64)  NOT NULL,
    payload      LONGTEXT     NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    sent_at      TIMESTAMP(6) NULL,
    CONSTRAINT uq_outbox_event_id UNIQUE (event_id),
    INDEX ix_outbox_unsent (sent_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

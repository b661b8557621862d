-- Inbox: ids of consumed status events, written in the same transaction as their effect.
CREATE TABLE processed_event (
    event_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
    topic        VARCHAR(128) NOT NULL,
    processed_at TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Status events that arrived before intake's event for the same dossier (the two topics are consumed
-- independently): kept here until the contact details arrive, then turned into deliveries in order.
CREATE TABLE parked_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id     VARCHAR(64)  NOT NULL,
    dossier_code VARCHAR(64)  NOT NULL,
    topic        VARCHAR(128) NOT NULL,
    payload      TEXT         NOT NULL,
    parked_at    TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_parked_event UNIQUE (event_id),
    INDEX ix_parked_dossier (dossier_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

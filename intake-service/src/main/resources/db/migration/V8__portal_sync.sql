-- Sync to the National Public Service Portal (docs/national-portal.md).

-- The national catalogue's field code (mã lĩnh vực), which the portal requires; an administrator sets it on a
-- revision, so a dossier rejected for lacking it can be resent once the procedure has one.
ALTER TABLE procedure_version ADD COLUMN field_code VARCHAR(20) NULL AFTER field;
UPDATE procedure_version SET field_code = CASE code
    WHEN '1.001612' THEN 'HKD'
    WHEN '1.001193' THEN 'HT'
    WHEN '1.000894' THEN 'HT'
    WHEN '2.000908' THEN 'CT'
    WHEN '1.003583' THEN 'CTRU'
    WHEN '2.000488' THEN 'LLTP'
    ELSE 'KHAC' END;

-- What must reach the portal, per dossier in the order it happened: intake's own changes (written in the same
-- transaction as the change) and tracking's status events (written by the sync consumer; event_id makes a
-- redelivered event a no-op). payload is the status event (no personal data); intake's rows need none.
CREATE TABLE portal_item (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_code    VARCHAR(64)  NOT NULL,
    event_id        VARCHAR(64)  NOT NULL,
    event_type      VARCHAR(64)  NOT NULL,
    national_status INT          NOT NULL,
    occurred_at     TIMESTAMP(3) NOT NULL,
    payload         LONGTEXT     NULL,
    -- The dossier's record after this change was accepted (DongBoHoSoMC); only its progress update may remain.
    record_sent     BOOLEAN      NOT NULL DEFAULT FALSE,
    sent            BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_portal_item_event UNIQUE (event_id),
    INDEX ix_portal_item_dossier (dossier_code, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per dossier known to the sync: PENDING (items to send), SYNCED, or REJECTED (the portal refused
-- its data: waits for an administrator's resend). A lease keeps one replica at a time on a dossier.
CREATE TABLE portal_dossier (
    dossier_code     VARCHAR(64)   NOT NULL PRIMARY KEY,
    agency_code      VARCHAR(32)   NOT NULL,
    received_on      DATE          NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    created          BOOLEAN       NOT NULL DEFAULT FALSE,
    -- Bumped by every new item: a worker marks the dossier SYNCED only if nothing arrived while it was sending.
    changes          INT           NOT NULL DEFAULT 0,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP(3)  NOT NULL,
    pending_since    TIMESTAMP(3)  NULL,
    lease_owner      VARCHAR(64)   NULL,
    lease_until      TIMESTAMP(3)  NULL,
    last_error       VARCHAR(1000) NULL,
    rejected_reason  VARCHAR(2000) NULL,
    synced_at        TIMESTAMP(3)  NULL,
    INDEX ix_portal_dossier_due (state, next_attempt_at),
    INDEX ix_portal_dossier_report (received_on, agency_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every call made to the portal: what was sent (its SHA-256, never the body: it holds the ID number), the answer.
CREATE TABLE portal_call (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_code  VARCHAR(64)   NOT NULL,
    item_id       BIGINT        NULL,
    service       VARCHAR(32)   NOT NULL,
    request_hash  CHAR(64)      NOT NULL,
    attempt       INT           NOT NULL,
    result        VARCHAR(16)   NOT NULL,
    http_status   INT           NULL,
    error_code    INT           NULL,
    message       VARCHAR(1000) NULL,
    duration_ms   INT           NOT NULL,
    called_at     TIMESTAMP(3)  NOT NULL,
    INDEX ix_portal_call_dossier (dossier_code, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A backfill of dossiers received before the connection was switched on: resumable from its cursor.
CREATE TABLE portal_backfill (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    from_date   DATE         NOT NULL,
    cursor_code VARCHAR(64)  NOT NULL DEFAULT '',
    scanned     INT          NOT NULL DEFAULT 0,
    queued      INT          NOT NULL DEFAULT 0,
    state       VARCHAR(16)  NOT NULL,
    started_at  TIMESTAMP(3) NOT NULL,
    updated_at  TIMESTAMP(3) NOT NULL,
    started_by  VARCHAR(128) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Agencies merged into a successor (intake's AGENCY_MERGED): officers' warnings for the old agency go to the
-- successor's mailbox, and the recipients of its dossiers follow.
CREATE TABLE agency_successor (
    agency_code    VARCHAR(32)  NOT NULL PRIMARY KEY,
    successor_code VARCHAR(32)  NOT NULL,
    merged_at      TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

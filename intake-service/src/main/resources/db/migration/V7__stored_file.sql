-- Uploaded documents, in the database: every instance sees them, and a dossier and its files are backed
-- up and restored together (see README for the trade-off and the FileStore interface).
CREATE TABLE stored_file (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    owner        VARCHAR(128) NOT NULL,
    content_type VARCHAR(64)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      LONGBLOB     NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    INDEX ix_stored_file_owner (owner, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

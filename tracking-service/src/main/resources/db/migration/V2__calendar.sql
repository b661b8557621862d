-- The authoritative per-year table of days off and make-up working Saturdays, kept by an administrator.
-- A year without a row here is pre-filled from Labor Code 2019 Art. 112 and reported as not confirmed.
CREATE TABLE calendar_year (
    year       INT          NOT NULL PRIMARY KEY,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(128) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE calendar_day (
    day  DATE        NOT NULL PRIMARY KEY,
    year INT         NOT NULL,
    kind VARCHAR(16) NOT NULL,
    CONSTRAINT fk_calendar_day_year FOREIGN KEY (year) REFERENCES calendar_year (year) ON DELETE CASCADE,
    INDEX ix_calendar_day_year (year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

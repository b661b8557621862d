-- A monthly rollup of stats_daily, kept in the same transactions: "carried over" sums everything before a
-- period, and a few thousand month rows are much cheaper to add up than every day since the beginning.
CREATE TABLE stats_monthly (
    month            DATE        NOT NULL,
    agency_code      VARCHAR(32) NOT NULL,
    procedure_code   VARCHAR(32) NOT NULL,
    received_online  INT         NOT NULL DEFAULT 0,
    received_counter INT         NOT NULL DEFAULT 0,
    resolved_early   INT         NOT NULL DEFAULT 0,
    resolved_on_time INT         NOT NULL DEFAULT 0,
    resolved_late    INT         NOT NULL DEFAULT 0,
    withdrawn        INT         NOT NULL DEFAULT 0,
    suspended        INT         NOT NULL DEFAULT 0,
    not_accepted     INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (agency_code, procedure_code, month),
    INDEX ix_stats_month (month, agency_code, procedure_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO stats_monthly (month, agency_code, procedure_code, received_online, received_counter, resolved_early,
                           resolved_on_time, resolved_late, withdrawn, suspended, not_accepted)
SELECT DATE_FORMAT(day, '%Y-%m-01'), agency_code, procedure_code, SUM(received_online), SUM(received_counter),
       SUM(resolved_early), SUM(resolved_on_time), SUM(resolved_late), SUM(withdrawn), SUM(suspended), SUM(not_accepted)
FROM stats_daily GROUP BY DATE_FORMAT(day, '%Y-%m-01'), agency_code, procedure_code;

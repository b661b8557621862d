-- Per receiving agency and month of receipt: how many dossiers the national portal holds (their record accepted at
-- least once). The sync worker adds to it in the transaction that records the acceptance; tracking's Decision 766
-- scorecard reads it beside the codes issued in the month (dossier_sequence), so neither side scans dossiers.
CREATE TABLE portal_monthly (
    agency_code VARCHAR(32) NOT NULL,
    month       DATE        NOT NULL,
    on_portal   INT         NOT NULL,
    PRIMARY KEY (agency_code, month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the portal already holds.
INSERT INTO portal_monthly (agency_code, month, on_portal)
SELECT agency_code, received_on - INTERVAL DAYOFMONTH(received_on) - 1 DAY, COUNT(*)
FROM portal_dossier WHERE created GROUP BY 1, 2;

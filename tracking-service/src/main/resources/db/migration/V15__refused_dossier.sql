-- What tracking keeps of a dossier intake refused (NOT_ACCEPTED): its applicant may rate how the refusal was
-- handled, so the rating needs the agency, the procedure and who applied (the ID number's HMAC), nothing more.
CREATE TABLE refused_dossier (
    code              VARCHAR(64)  NOT NULL PRIMARY KEY,
    agency_code       VARCHAR(32)  NOT NULL,
    procedure_code    VARCHAR(32)  NOT NULL,
    procedure_name    VARCHAR(500),
    applicant_id_hash VARCHAR(90)  NOT NULL,
    refused_at        DATETIME(6)  NOT NULL
);

-- Which end a rating followed (RETURNED or NOT_ACCEPTED): the scorecard counts the two apart. Ratings before this
-- version were all given after a returned result.
ALTER TABLE satisfaction_rating ADD COLUMN dossier_end VARCHAR(16) NOT NULL DEFAULT 'RETURNED' AFTER source;

-- Ratings counted by the day they were given, beside the dossier counts (the scorecard reads these, never the
-- ratings themselves); existing ratings counted in.
ALTER TABLE stats_daily
    ADD COLUMN rated_very_satisfied INT NOT NULL DEFAULT 0,
    ADD COLUMN rated_satisfied      INT NOT NULL DEFAULT 0,
    ADD COLUMN rated_dissatisfied   INT NOT NULL DEFAULT 0;
ALTER TABLE stats_monthly
    ADD COLUMN rated_very_satisfied INT NOT NULL DEFAULT 0,
    ADD COLUMN rated_satisfied      INT NOT NULL DEFAULT 0,
    ADD COLUMN rated_dissatisfied   INT NOT NULL DEFAULT 0;
INSERT INTO stats_daily (day, agency_code, procedure_code, rated_very_satisfied, rated_satisfied, rated_dissatisfied)
SELECT DATE(CONVERT_TZ(rated_at, '+00:00', '+07:00')), agency_code, procedure_code, SUM(overall = 'VERY_SATISFIED'),
       SUM(overall = 'SATISFIED'), SUM(overall = 'DISSATISFIED')
FROM satisfaction_rating GROUP BY 1, agency_code, procedure_code
ON DUPLICATE KEY UPDATE rated_very_satisfied = VALUES(rated_very_satisfied), rated_satisfied = VALUES(rated_satisfied),
                        rated_dissatisfied = VALUES(rated_dissatisfied);
INSERT INTO stats_monthly (month, agency_code, procedure_code, rated_very_satisfied, rated_satisfied,
                           rated_dissatisfied)
SELECT DATE_FORMAT(DATE(CONVERT_TZ(rated_at, '+00:00', '+07:00')), '%Y-%m-01'), agency_code, procedure_code,
       SUM(overall = 'VERY_SATISFIED'), SUM(overall = 'SATISFIED'), SUM(overall = 'DISSATISFIED')
FROM satisfaction_rating GROUP BY 1, agency_code, procedure_code
ON DUPLICATE KEY UPDATE rated_very_satisfied = VALUES(rated_very_satisfied), rated_satisfied = VALUES(rated_satisfied),
                        rated_dissatisfied = VALUES(rated_dissatisfied);

-- A citizen's rating of a dossier's handling: its own append-only record, once per dossier, never touching the
-- dossier's history or outcome. The overall level and one level per criterion (Decree 61/2018, Article 32(1)).
CREATE TABLE satisfaction_rating (
    dossier_code   VARCHAR(64)  NOT NULL PRIMARY KEY,
    agency_code    VARCHAR(32)  NOT NULL,
    procedure_code VARCHAR(32)  NOT NULL,
    source         VARCHAR(16)  NOT NULL,
    overall        VARCHAR(16)  NOT NULL,
    comment        VARCHAR(1000),
    rated_at       DATETIME(6)  NOT NULL,
    INDEX ix_rating_agency_time (agency_code, rated_at)
);

CREATE TABLE satisfaction_rating_criterion (
    dossier_code VARCHAR(64) NOT NULL,
    criterion    VARCHAR(32) NOT NULL,
    level        VARCHAR(16) NOT NULL,
    PRIMARY KEY (dossier_code, criterion),
    CONSTRAINT fk_rating_criterion FOREIGN KEY (dossier_code) REFERENCES satisfaction_rating (dossier_code)
);

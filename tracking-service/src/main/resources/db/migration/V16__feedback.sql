-- Feedback and recommendations (phản ánh, kiến nghị): filed by anyone with a contact, answered by the agency by a
-- due date in working days, then marked satisfied or not by the citizen.
CREATE TABLE feedback (
    code          VARCHAR(16)   NOT NULL PRIMARY KEY,
    agency_code   VARCHAR(32)   NOT NULL,
    dossier_code  VARCHAR(64),
    contact_name  VARCHAR(200)  NOT NULL,
    contact_email VARCHAR(254),
    contact_phone VARCHAR(20),
    content       VARCHAR(4000) NOT NULL,
    filed_at      DATETIME(6)   NOT NULL,
    due_at        DATETIME(6)   NOT NULL,
    answer        VARCHAR(4000),
    answered_at   DATETIME(6),
    answered_by   VARCHAR(200),
    verdict       VARCHAR(16),
    verdict_at    DATETIME(6),
    version       INT           NOT NULL DEFAULT 0,
    INDEX ix_feedback_desk (agency_code, answered_at, due_at),
    INDEX ix_feedback_dossier (dossier_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The scorecard's feedback figures per agency and month, kept in the transactions that change them: filed (and of
-- those, about a dossier), answered on time or late (in the month answered), satisfied or not (in the month said).
CREATE TABLE feedback_monthly (
    month             DATE        NOT NULL,
    agency_code       VARCHAR(32) NOT NULL,
    filed             INT         NOT NULL DEFAULT 0,
    about_dossier     INT         NOT NULL DEFAULT 0,
    answered_on_time  INT         NOT NULL DEFAULT 0,
    answered_late     INT         NOT NULL DEFAULT 0,
    satisfied         INT         NOT NULL DEFAULT 0,
    dissatisfied      INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (agency_code, month),
    INDEX ix_feedback_month (month, agency_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Agencies that receive dossiers, identified by their Decision 20/2020/QĐ-TTg code.
-- successor_code is set when an agency is merged into another (its dossiers move there).
CREATE TABLE agency (
    code           VARCHAR(32)  NOT NULL PRIMARY KEY,
    name           VARCHAR(255) NOT NULL,
    level          VARCHAR(16)  NOT NULL,
    parent_code    VARCHAR(32)  NULL,
    successor_code VARCHAR(32)  NULL,
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_agency_parent FOREIGN KEY (parent_code) REFERENCES agency (code),
    CONSTRAINT fk_agency_successor FOREIGN KEY (successor_code) REFERENCES agency (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO agency (code, name, level, parent_code) VALUES
    ('000.00.00.H57', 'Ủy ban nhân dân tỉnh Thái Nguyên', 'PROVINCE', NULL),
    ('000.00.12.H57', 'Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên', 'PROVINCE', '000.00.00.H57'),
    ('000.00.13.H57', 'Sở Xây dựng tỉnh Thái Nguyên', 'PROVINCE', '000.00.00.H57'),
    ('000.21.30.H57', 'Ủy ban nhân dân phường Phan Đình Phùng', 'COMMUNE', '000.00.00.H57'),
    ('000.22.30.H57', 'Ủy ban nhân dân xã Đại Phúc', 'COMMUNE', '000.00.00.H57');

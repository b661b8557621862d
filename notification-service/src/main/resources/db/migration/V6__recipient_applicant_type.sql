-- The applicant's kind, so that a business or an organisation is addressed by its name and not as "Ông/Bà".
-- Rows stored before it stay NULL and are addressed as citizens, as they were.
ALTER TABLE recipient ADD COLUMN applicant_type VARCHAR(16) NULL AFTER full_name;

-- The applicant's kind (CITIZEN, BUSINESS, ORGANISATION) from intake's receipt, so that forms 02, 04 and 05 address
-- a business by its name and not as "Ông/Bà". Dossiers tracked before stay NULL and read as citizens, as they did.
ALTER TABLE tracked_dossier ADD COLUMN applicant_type VARCHAR(16) NULL AFTER applicant_name;

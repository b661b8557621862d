-- A feedback author's name, email and phone are kept only as long as they serve: erased a configured number of days
-- after the answer (tracking.feedback.contact-retention-days); what was said and answered stays for the records and
-- the figures. The index finds the answered rows still holding a contact, oldest answer first.
ALTER TABLE feedback
    MODIFY contact_name VARCHAR(200) NULL,
    ADD COLUMN contact_erased_at DATETIME(6) NULL,
    ADD INDEX ix_feedback_retention (contact_erased_at, answered_at);

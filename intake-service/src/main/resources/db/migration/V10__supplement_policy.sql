-- What a supplement request does to the legal clock, per procedure version (pinned by the dossier with the
-- version): PAUSE (the time already spent counts, the default and the behaviour before) or RESTART (the full
-- processing time again from the completed dossier's effective receipt).
ALTER TABLE procedure_version ADD COLUMN supplement_policy VARCHAR(16) NOT NULL DEFAULT 'PAUSE';

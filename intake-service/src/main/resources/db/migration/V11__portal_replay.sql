-- Set by the claim when the dossier's previous lease ran out with nothing recorded (a crash after its calls may
-- have reached the portal), cleared when a pass has sent everything: until then each pass sends the newest record
-- first, never an older state after a newer one.
ALTER TABLE portal_dossier ADD COLUMN replaying BOOLEAN NOT NULL DEFAULT FALSE;

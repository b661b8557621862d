-- Whether an agency has a one-stop desk that receives dossiers. The province's People's Committee is the root of
-- the agencies (the national portal's unit) and a hand-over's destination, but no applicant files there: its
-- procedures are received at the province's public-service centre (Decree 118/2025). A dossier filed to it would
-- wait on no desk's list.
ALTER TABLE agency ADD COLUMN receives_dossiers BOOLEAN NOT NULL DEFAULT TRUE;

UPDATE agency SET receives_dossiers = FALSE WHERE code = '000.00.00.H57';

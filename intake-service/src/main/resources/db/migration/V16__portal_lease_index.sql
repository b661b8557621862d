-- A pass reads back the dossiers its claim just leased (WHERE lease_owner = ?). Without an index that read scanned
-- the whole table, every dossier ever synced, on every pass: 0.46 s of the database's CPU a pass at 280,000 rows,
-- growing with the province's history. Built online (no lock), so a large table keeps taking submissions.
CREATE INDEX ix_portal_dossier_lease ON portal_dossier (lease_owner) ALGORITHM = INPLACE LOCK = NONE;

-- A dossier replayed by the legacy import (/api/import) has no intake event and never will: no citizen's contact
-- details exist anywhere in the platform. Its later events say so (StatusEvent.imported), so the notifier neither
-- waits for contact details that cannot come nor loses the agency's own warnings about it.
-- Imported dossiers are those whose history was written by the import; one index lookup per dossier
-- (ix_history_code), and the column is added in place.
ALTER TABLE tracked_dossier ADD COLUMN imported BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE tracked_dossier t
SET t.imported = TRUE
WHERE EXISTS (SELECT 1 FROM dossier_history h WHERE h.dossier_code = t.code AND h.actor_role = 'import');

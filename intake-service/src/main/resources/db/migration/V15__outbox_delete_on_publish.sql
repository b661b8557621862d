-- The relay now removes a row with the statement that claims it (DELETE … RETURNING), committed after the
-- broker's ack: the table holds only what is still to be published. Rows relayed before go, and with them the
-- column and the index that told them from the unsent ones.
DELETE FROM outbox_event WHERE sent_at IS NOT NULL;
ALTER TABLE outbox_event DROP INDEX ix_outbox_unsent, DROP COLUMN sent_at;

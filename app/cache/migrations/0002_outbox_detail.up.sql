-- The server's answer to a refused item (such as its version of an
-- appointment in a conflict), sealed like the payload.
ALTER TABLE outbox ADD COLUMN detail BLOB;

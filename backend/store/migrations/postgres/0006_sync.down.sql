DROP INDEX idempotency_keys_created;
ALTER TABLE idempotency_keys DROP COLUMN request_hash;
DROP TRIGGER right_log_flip ON rights;
DROP FUNCTION log_right_flip();
DROP TABLE right_log;

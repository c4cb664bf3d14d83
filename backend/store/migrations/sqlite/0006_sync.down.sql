DROP INDEX idempotency_keys_created;
ALTER TABLE idempotency_keys DROP COLUMN request_hash;
DROP TRIGGER right_log_delete;
DROP TRIGGER right_log_update;
DROP TRIGGER right_log_insert;
DROP TABLE right_log;

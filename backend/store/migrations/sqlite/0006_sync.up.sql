-- Sync: every flip of a contact's section right is logged with a number
-- from the client's change sequence, so the feed can tell a device that
-- held cursor N to purge a withdrawn section or take a granted one in full.
-- Triggers keep the log whoever writes the rights. Idempotency keys gain a
-- fingerprint of the request they answered.

CREATE TABLE right_log (
    client_id   TEXT NOT NULL,
    contact_id  TEXT NOT NULL,
    section     TEXT NOT NULL,
    granted     INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    at          TEXT NOT NULL
);
CREATE INDEX right_log_contact ON right_log(contact_id, section, seq);

CREATE TRIGGER right_log_insert AFTER INSERT ON rights WHEN NEW.granted
BEGIN
    INSERT INTO client_seq (client_id, seq)
        SELECT client_id, 1 FROM contacts WHERE id = NEW.contact_id
        ON CONFLICT (client_id) DO UPDATE SET seq = client_seq.seq + 1;
    INSERT INTO right_log (client_id, contact_id, section, granted, seq, at)
        SELECT c.client_id, NEW.contact_id, NEW.section, TRUE, s.seq, NEW.changed_at
        FROM contacts c JOIN client_seq s ON s.client_id = c.client_id
        WHERE c.id = NEW.contact_id;
END;

CREATE TRIGGER right_log_update AFTER UPDATE OF granted ON rights
    WHEN OLD.granted IS NOT NEW.granted
BEGIN
    INSERT INTO client_seq (client_id, seq)
        SELECT client_id, 1 FROM contacts WHERE id = NEW.contact_id
        ON CONFLICT (client_id) DO UPDATE SET seq = client_seq.seq + 1;
    INSERT INTO right_log (client_id, contact_id, section, granted, seq, at)
        SELECT c.client_id, NEW.contact_id, NEW.section, NEW.granted, s.seq, NEW.changed_at
        FROM contacts c JOIN client_seq s ON s.client_id = c.client_id
        WHERE c.id = NEW.contact_id;
END;

CREATE TRIGGER right_log_delete AFTER DELETE ON rights WHEN OLD.granted
BEGIN
    INSERT INTO client_seq (client_id, seq)
        SELECT client_id, 1 FROM contacts WHERE id = OLD.contact_id
        ON CONFLICT (client_id) DO UPDATE SET seq = client_seq.seq + 1;
    INSERT INTO right_log (client_id, contact_id, section, granted, seq, at)
        SELECT c.client_id, OLD.contact_id, OLD.section, FALSE, s.seq, OLD.changed_at
        FROM contacts c JOIN client_seq s ON s.client_id = c.client_id
        WHERE c.id = OLD.contact_id;
END;

ALTER TABLE idempotency_keys ADD COLUMN request_hash TEXT NOT NULL DEFAULT '';
CREATE INDEX idempotency_keys_created ON idempotency_keys(created_at);

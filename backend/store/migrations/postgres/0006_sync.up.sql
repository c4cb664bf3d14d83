-- Sync: every flip of a contact's section right is logged with a number
-- from the client's change sequence, so the feed can tell a device that
-- held cursor N to purge a withdrawn section or take a granted one in full.
-- A trigger keeps the log whoever writes the rights; it takes the lock on
-- the client's counter row like every other change. Idempotency keys gain
-- a fingerprint of the request they answered.

CREATE TABLE right_log (
    client_id   TEXT NOT NULL,
    contact_id  TEXT NOT NULL,
    section     TEXT NOT NULL,
    granted     BOOLEAN NOT NULL,
    seq         BIGINT NOT NULL,
    at          TEXT NOT NULL
);
CREATE INDEX right_log_contact ON right_log(contact_id, section, seq);

CREATE FUNCTION log_right_flip() RETURNS trigger AS $$
DECLARE
    r       RECORD;
    granted BOOLEAN;
    cid     TEXT;
    n       BIGINT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF NOT OLD.granted THEN RETURN NULL; END IF;
        r := OLD;
        granted := FALSE;
    ELSE
        IF TG_OP = 'INSERT' AND NOT NEW.granted THEN RETURN NULL; END IF;
        IF TG_OP = 'UPDATE' AND OLD.granted = NEW.granted THEN RETURN NULL; END IF;
        r := NEW;
        granted := NEW.granted;
    END IF;

    SELECT client_id INTO cid FROM contacts WHERE id = r.contact_id;
    IF cid IS NULL THEN RETURN NULL; END IF;

    INSERT INTO client_seq (client_id, seq) VALUES (cid, 1)
        ON CONFLICT (client_id) DO UPDATE SET seq = client_seq.seq + 1
        RETURNING seq INTO n;
    INSERT INTO right_log (client_id, contact_id, section, granted, seq, at)
        VALUES (cid, r.contact_id, r.section, granted, n, r.changed_at);
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER right_log_flip AFTER INSERT OR UPDATE OR DELETE ON rights
    FOR EACH ROW EXECUTE FUNCTION log_right_flip();

ALTER TABLE idempotency_keys ADD COLUMN request_hash TEXT NOT NULL DEFAULT '';
CREATE INDEX idempotency_keys_created ON idempotency_keys(created_at);

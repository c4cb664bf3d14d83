-- The agenda and the per-client change sequence that sync reads.

CREATE TABLE client_seq (
    client_id  TEXT PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE changes (
    client_id  TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    section    TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    at         TEXT NOT NULL,
    PRIMARY KEY (client_id, seq)
);
CREATE INDEX changes_entity ON changes(client_id, entity, entity_id);

CREATE TABLE appointments (
    id             TEXT PRIMARY KEY,
    client_id      TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    fhir_id        TEXT,
    source         TEXT NOT NULL,
    author_id      TEXT NOT NULL DEFAULT '',
    title          TEXT NOT NULL,
    description    TEXT NOT NULL DEFAULT '',
    start_at       TEXT NOT NULL,
    end_at         TEXT NOT NULL,
    local_start    TEXT NOT NULL DEFAULT '',
    local_end      TEXT NOT NULL DEFAULT '',
    private        INTEGER NOT NULL DEFAULT 0,
    repeat_freq    TEXT NOT NULL DEFAULT '',
    repeat_until   TEXT NOT NULL DEFAULT '',
    version        INTEGER NOT NULL DEFAULT 1,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    deleted_at     TEXT
);
CREATE INDEX appointments_client_start ON appointments(client_id, start_at);
CREATE UNIQUE INDEX appointments_fhir ON appointments(client_id, fhir_id);

CREATE TABLE appointment_exceptions (
    appointment_id  TEXT NOT NULL REFERENCES appointments(id) ON DELETE CASCADE,
    occurrence      TEXT NOT NULL,
    cancelled       INTEGER NOT NULL DEFAULT 0,
    start_at        TEXT NOT NULL DEFAULT '',
    end_at          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (appointment_id, occurrence)
);

CREATE TABLE idempotency_keys (
    user_id     TEXT NOT NULL,
    key         TEXT NOT NULL,
    status      INTEGER NOT NULL,
    body        BLOB NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
);

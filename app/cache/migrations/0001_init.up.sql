-- The desktop cache. Only ids, timestamps, sort keys and cursors are in
-- clear; every payload is sealed with the installation key.

CREATE TABLE records (
    client_id   TEXT NOT NULL,
    entity      TEXT NOT NULL,
    id          TEXT NOT NULL,
    section     TEXT NOT NULL,
    parent_id   TEXT NOT NULL DEFAULT '',
    sort_key    TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    payload     BLOB NOT NULL,
    PRIMARY KEY (client_id, entity, id)
);
CREATE INDEX records_sorted ON records(client_id, entity, sort_key, id);
CREATE INDEX records_parent ON records(client_id, entity, parent_id, sort_key);
CREATE INDEX records_section ON records(client_id, section);

CREATE TABLE cursors (
    client_id   TEXT PRIMARY KEY,
    cursor      INTEGER NOT NULL DEFAULT 0,
    last_sync   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,
    client_id   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    idem_key    TEXT NOT NULL UNIQUE,
    depends_on  TEXT NOT NULL DEFAULT '',
    state       TEXT NOT NULL DEFAULT 'pending',
    error_code  TEXT NOT NULL DEFAULT '',
    attempts    INTEGER NOT NULL DEFAULT 0,
    result_id   TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    payload     BLOB NOT NULL
);
CREATE INDEX outbox_state ON outbox(state, seq);

CREATE TABLE meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

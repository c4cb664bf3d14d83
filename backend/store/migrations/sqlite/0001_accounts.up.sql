-- Accounts, portals and the sign-in state. Instants are fixed-width UTC text.

CREATE TABLE users (
    id                  TEXT PRIMARY KEY,
    user_name           TEXT NOT NULL,
    user_name_key       TEXT NOT NULL UNIQUE,
    display_name        TEXT NOT NULL,
    email               TEXT NOT NULL DEFAULT '',
    phone               TEXT NOT NULL DEFAULT '',
    password_hash       TEXT NOT NULL DEFAULT '',
    password_issued     INTEGER NOT NULL DEFAULT 0,
    password_issued_at  TEXT,
    sms_after_reset     INTEGER NOT NULL DEFAULT 0,
    last_visit_at       TEXT,
    locked              INTEGER NOT NULL DEFAULT 0,
    language            TEXT NOT NULL DEFAULT 'nl',
    photo               BLOB,
    created_at          TEXT NOT NULL
);

CREATE TABLE clients (
    id               TEXT PRIMARY KEY,
    fhir_id          TEXT UNIQUE,
    name             TEXT NOT NULL,
    given_name       TEXT NOT NULL DEFAULT '',
    family_name      TEXT NOT NULL DEFAULT '',
    birth_date       TEXT NOT NULL DEFAULT '',
    address          TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    email            TEXT NOT NULL DEFAULT '',
    photo            BLOB,
    closed_at        TEXT,
    delete_after     TEXT,
    created_at       TEXT NOT NULL
);

CREATE TABLE contacts (
    id            TEXT PRIMARY KEY,
    client_id     TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    user_id       TEXT REFERENCES users(id),
    fhir_id       TEXT,
    given_name    TEXT NOT NULL DEFAULT '',
    family_name   TEXT NOT NULL DEFAULT '',
    display_name  TEXT NOT NULL,
    gender        TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    locked        INTEGER NOT NULL DEFAULT 0,
    admin         INTEGER NOT NULL DEFAULT 0,
    invitation    TEXT NOT NULL DEFAULT 'none',
    removed_at    TEXT,
    created_at    TEXT NOT NULL
);
CREATE INDEX contacts_client ON contacts(client_id);
CREATE INDEX contacts_user ON contacts(user_id);
CREATE UNIQUE INDEX contacts_fhir ON contacts(client_id, fhir_id);

CREATE TABLE rights (
    contact_id  TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    section     TEXT NOT NULL,
    granted     INTEGER NOT NULL DEFAULT 0,
    changed_at  TEXT NOT NULL,
    PRIMARY KEY (contact_id, section)
);

CREATE TABLE devices (
    id            TEXT PRIMARY KEY,
    user_id       TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash    TEXT NOT NULL UNIQUE,
    last_seen_at  TEXT NOT NULL,
    created_at    TEXT NOT NULL
);

CREATE TABLE kiosks (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    token_hash   TEXT UNIQUE,
    code_hash    TEXT UNIQUE,
    code_expires TEXT,
    enrolled_at  TEXT,
    created_at   TEXT NOT NULL
);

CREATE TABLE sessions (
    token_hash   TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    device_id    TEXT NOT NULL DEFAULT '',
    kiosk_id     TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE challenges (
    token_hash      TEXT PRIMARY KEY,
    user_id         TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    stage           TEXT NOT NULL,
    purpose         TEXT NOT NULL DEFAULT 'sign_in',
    new_phone       TEXT NOT NULL DEFAULT '',
    kiosk_id        TEXT NOT NULL DEFAULT '',
    device_id       TEXT NOT NULL DEFAULT '',
    need_code       INTEGER NOT NULL DEFAULT 0,
    code_hash       TEXT NOT NULL DEFAULT '',
    code_expires_at TEXT,
    code_attempts   INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL,
    expires_at      TEXT NOT NULL
);

CREATE TABLE code_sends (
    user_id  TEXT NOT NULL,
    sent_at  TEXT NOT NULL
);
CREATE INDEX code_sends_user ON code_sends(user_id, sent_at);

CREATE TABLE sign_in_failures (
    subject  TEXT NOT NULL,
    at       TEXT NOT NULL
);
CREATE INDEX sign_in_failures_subject ON sign_in_failures(subject, at);

CREATE TABLE password_resets (
    token_hash  TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    expires_at  TEXT NOT NULL,
    used_at     TEXT
);

CREATE TABLE invitations (
    id           TEXT PRIMARY KEY,
    contact_id   TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    client_id    TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    user_id      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    invited_by   TEXT NOT NULL DEFAULT '',
    state        TEXT NOT NULL DEFAULT 'pending',
    created_at   TEXT NOT NULL,
    answered_at  TEXT
);
CREATE INDEX invitations_user ON invitations(user_id, state);

CREATE TABLE helpdesk_reports (
    id             TEXT PRIMARY KEY,
    invitation_id  TEXT NOT NULL,
    user_id        TEXT NOT NULL,
    client_id      TEXT NOT NULL,
    created_at     TEXT NOT NULL
);

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    user_id    TEXT NOT NULL DEFAULT '',
    client_id  TEXT NOT NULL DEFAULT '',
    section    TEXT NOT NULL DEFAULT '',
    action     TEXT NOT NULL,
    device_id  TEXT NOT NULL DEFAULT '',
    subject    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_client ON audit_log(client_id, at);

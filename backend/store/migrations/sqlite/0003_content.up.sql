-- Portal content: dossier, care team, messages and the bulletin board.

CREATE TABLE care_team (
    id          TEXT PRIMARY KEY,
    client_id   TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    fhir_id     TEXT,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX care_team_fhir ON care_team(client_id, fhir_id);

CREATE TABLE reports (
    id           TEXT PRIMARY KEY,
    client_id    TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    fhir_id      TEXT,
    written_at   TEXT NOT NULL,
    author_name  TEXT NOT NULL DEFAULT '',
    author_role  TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX reports_client_written ON reports(client_id, written_at, id);
CREATE UNIQUE INDEX reports_fhir ON reports(client_id, fhir_id);

CREATE TABLE goals (
    id             TEXT PRIMARY KEY,
    client_id      TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    fhir_id        TEXT,
    title          TEXT NOT NULL,
    care_question  TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT '',
    start_date     TEXT NOT NULL DEFAULT '',
    position       INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL
);
CREATE UNIQUE INDEX goals_fhir ON goals(client_id, fhir_id);

CREATE TABLE goal_actions (
    id          TEXT PRIMARY KEY,
    goal_id     TEXT REFERENCES goals(id) ON DELETE CASCADE,
    client_id   TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    fhir_id     TEXT,
    text        TEXT NOT NULL,
    position    INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX goal_actions_fhir ON goal_actions(client_id, fhir_id);

CREATE TABLE goal_evaluations (
    id          TEXT PRIMARY KEY,
    goal_id     TEXT NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    client_id   TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    fhir_id     TEXT,
    written_at  TEXT NOT NULL,
    text        TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX goal_evaluations_fhir ON goal_evaluations(client_id, fhir_id);

CREATE TABLE documents (
    id           TEXT PRIMARY KEY,
    client_id    TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    fhir_id      TEXT,
    title        TEXT NOT NULL,
    kind         TEXT NOT NULL DEFAULT '',
    written_at   TEXT NOT NULL,
    content_type TEXT NOT NULL DEFAULT 'text/plain',
    content      TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX documents_fhir ON documents(client_id, fhir_id);

CREATE TABLE conversations (
    id          TEXT PRIMARY KEY,
    client_id   TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    author_id   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX conversations_client ON conversations(client_id, updated_at);

CREATE TABLE conversation_members (
    conversation_id  TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    user_id          TEXT NOT NULL,
    read_up_to       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (conversation_id, user_id)
);
CREATE INDEX conversation_members_user ON conversation_members(user_id);

CREATE TABLE messages (
    id               TEXT PRIMARY KEY,
    conversation_id  TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    client_id        TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    author_id        TEXT NOT NULL,
    text             TEXT NOT NULL,
    created_at       TEXT NOT NULL
);
CREATE INDEX messages_conversation ON messages(conversation_id, created_at);

CREATE TABLE posts (
    id          TEXT PRIMARY KEY,
    client_id   TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    parent_id   TEXT REFERENCES posts(id) ON DELETE CASCADE,
    author_id   TEXT NOT NULL,
    text        TEXT NOT NULL,
    photo_id    TEXT,
    created_at  TEXT NOT NULL,
    deleted_at  TEXT,
    deleted_by  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX posts_client ON posts(client_id, created_at);

CREATE TABLE photos (
    id          TEXT PRIMARY KEY,
    client_id   TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    width       INTEGER NOT NULL,
    height      INTEGER NOT NULL,
    image       BLOB NOT NULL,
    thumbnail   BLOB NOT NULL,
    created_at  TEXT NOT NULL
);

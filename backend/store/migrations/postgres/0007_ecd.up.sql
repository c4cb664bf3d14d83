-- The link with the care record: what was imported from the ECD (by FHIR
-- id, with a hash of its content so a repeat import can skip it), what is
-- waiting for its client, the keys of the ECD systems, and the record of
-- deleted portals.

-- ecd_resources maps one imported FHIR resource to the row it became. The
-- data column keeps the few fields other resources look up (a
-- practitioner's name, a role's specialty, a condition's text); never an
-- identifier such as the BSN.
CREATE TABLE ecd_resources (
    resource_type  TEXT NOT NULL,
    fhir_id        TEXT NOT NULL,
    client_id      TEXT REFERENCES clients(id) ON DELETE CASCADE,
    content_hash   TEXT NOT NULL,
    data           TEXT NOT NULL DEFAULT '',
    imported_at    TEXT NOT NULL,
    PRIMARY KEY (resource_type, fhir_id)
);
CREATE INDEX ecd_resources_client ON ecd_resources(client_id);

-- ecd_pending holds resources that name a patient not imported yet (or
-- none at all), stripped of identifiers, until that patient arrives.
CREATE TABLE ecd_pending (
    resource_type  TEXT NOT NULL,
    fhir_id        TEXT NOT NULL,
    patient_ref    TEXT NOT NULL DEFAULT '',
    reason         TEXT NOT NULL,
    resource       TEXT NOT NULL,
    received_at    TEXT NOT NULL,
    PRIMARY KEY (resource_type, fhir_id)
);
CREATE INDEX ecd_pending_patient ON ecd_pending(patient_ref);

-- ecd_keys authenticate the ECD systems that call /api/v1/ecd.
CREATE TABLE ecd_keys (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    key_hash      TEXT NOT NULL UNIQUE,
    created_at    TEXT NOT NULL,
    last_used_at  TEXT,
    revoked_at    TEXT
);

-- deleted_portals is the record that a portal existed and was deleted
-- (ECD-5): the ECD's own patient id, so the organisation can find the
-- person in its own record, and the dates; not the name or any content.
CREATE TABLE deleted_portals (
    client_id     TEXT PRIMARY KEY,
    fhir_id       TEXT NOT NULL DEFAULT '',
    closed_at     TEXT NOT NULL,
    closed_by     TEXT NOT NULL DEFAULT '',
    delete_after  TEXT NOT NULL,
    deleted_at    TEXT NOT NULL
);
CREATE INDEX deleted_portals_fhir ON deleted_portals(fhir_id);

ALTER TABLE clients ADD COLUMN closed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE goals ADD COLUMN care_question_ref TEXT NOT NULL DEFAULT '';

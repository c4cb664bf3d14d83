ALTER TABLE goals DROP COLUMN care_question_ref;
ALTER TABLE clients DROP COLUMN closed_by;
DROP TABLE deleted_portals;
DROP TABLE ecd_keys;
DROP TABLE ecd_pending;
DROP TABLE ecd_resources;

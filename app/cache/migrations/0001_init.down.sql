DROP TABLE meta;
DROP TABLE outbox;
DROP TABLE cursors;
DROP TABLE records;

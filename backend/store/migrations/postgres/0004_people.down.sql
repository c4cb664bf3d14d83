DROP INDEX helpdesk_reports_created;
ALTER TABLE helpdesk_reports DROP COLUMN helpdesk;

DROP INDEX audit_event_key;
ALTER TABLE audit_log DROP COLUMN event_key;

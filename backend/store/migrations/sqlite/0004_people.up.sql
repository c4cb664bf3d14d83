-- People and accounts: app-reported audit entries carry a key so that a
-- repeated report is recorded once, and a helpdesk report keeps the
-- address it was sent to.

ALTER TABLE audit_log ADD COLUMN event_key TEXT;
CREATE UNIQUE INDEX audit_event_key ON audit_log(event_key);

ALTER TABLE helpdesk_reports ADD COLUMN helpdesk TEXT NOT NULL DEFAULT '';
CREATE INDEX helpdesk_reports_created ON helpdesk_reports(created_at);

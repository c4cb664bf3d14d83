-- Indexes for the portal's content reads: the ECD's "changed since"
-- query on portal appointments, replies under a post, and the members of
-- a conversation in order.

CREATE INDEX appointments_source_updated ON appointments(source, updated_at);
CREATE INDEX posts_parent ON posts(parent_id);
CREATE INDEX messages_conversation_order ON messages(conversation_id, created_at, id);

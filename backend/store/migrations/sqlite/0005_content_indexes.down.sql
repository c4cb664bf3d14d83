DROP INDEX messages_conversation_order;
DROP INDEX posts_parent;
DROP INDEX appointments_source_updated;

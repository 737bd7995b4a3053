-- Notifications carry a text key and its values, rendered in the reader's language when shown
-- (older rows keep their stored Chinese title), and a key that makes each event notify once.
ALTER TABLE notification
    ADD COLUMN message_key varchar(60),
    ADD COLUMN params      text[],
    ADD COLUMN dedup_key   varchar(200);
CREATE UNIQUE INDEX notification_dedup_idx ON notification (user_id, dedup_key) WHERE dedup_key IS NOT NULL;
CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL;

-- The language a person last chose for the pages, for what is sent to them (mail copies).
ALTER TABLE user_account ADD COLUMN language varchar(5) NOT NULL DEFAULT 'zh-CN';

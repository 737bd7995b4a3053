-- Matching by meaning (issue 13).
-- 1. The segmentation a listing's words were indexed with: listings indexed by an older one are
--    indexed again in the background (version 2 keeps 5G, GaN and 4H-SiC as one token).
ALTER TABLE listing ADD COLUMN indexed_with smallint NOT NULL DEFAULT 1;

-- 2. Each listing's text embedding (title + keywords + summary), computed in the background by the
--    model named in the row. Every replica rebuilds its in-memory vector index from this table, and
--    keeps it current by reading the rows changed since it last looked (computed_at).
CREATE TABLE listing_embedding (
    listing_id   bigint      PRIMARY KEY REFERENCES listing (id),
    kind         varchar(10) NOT NULL,
    -- Whether the listing is published: replicas keep only active vectors in their index.
    active       boolean     NOT NULL,
    model        varchar(60) NOT NULL,
    -- SHA-256 of the embedded text: an unchanged text is not embedded again.
    content_hash bytea       NOT NULL,
    -- The unit-length vector, float32 big-endian.
    vector       bytea       NOT NULL,
    computed_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX listing_embedding_computed_idx ON listing_embedding (computed_at);
-- Identical texts (a listing copied, an import run twice) share one computation.
CREATE INDEX listing_embedding_hash_idx ON listing_embedding (content_hash);


-- 3. How a person hears of new strong matches: at once (a mail each), or in one daily digest
--    (in the app at once; the mail once a day, listing them all).
ALTER TABLE user_account ADD COLUMN match_digest boolean NOT NULL DEFAULT false;
ALTER TABLE notification ADD COLUMN digest_pending boolean NOT NULL DEFAULT false;
CREATE INDEX notification_digest_idx ON notification (user_id) WHERE digest_pending;

-- A published listing is changed through a revision that staff review while the published version
-- stays visible: the new terms (as the owner sent them), the fields they change, the decision.
CREATE TABLE listing_revision (
    id          bigserial     PRIMARY KEY,
    listing_id  bigint        NOT NULL REFERENCES listing (id),
    kind        varchar(10)   NOT NULL,
    payload     text          NOT NULL,
    changes     text          NOT NULL,
    status      varchar(12)   NOT NULL CHECK (status IN ('PENDING', 'PUBLISHED', 'RETURNED', 'SUPERSEDED')),
    reason      varchar(500),
    author_id   bigint        NOT NULL REFERENCES user_account (id),
    created_at  timestamptz   NOT NULL DEFAULT now(),
    decided_by  bigint        REFERENCES user_account (id),
    decided_at  timestamptz,
    version     bigint        NOT NULL DEFAULT 0
);
-- At most one revision of a listing waits for staff.
CREATE UNIQUE INDEX listing_revision_pending_idx ON listing_revision (listing_id) WHERE status = 'PENDING';
CREATE INDEX listing_revision_queue_idx ON listing_revision (status, created_at);

-- Who on the market staff has taken an item of the staff workbench ("assigned to me"), so that two
-- do not work on the same one. One claim per (queue kind, item id): the primary key decides a race.
-- A claim older than the moment its item (re-)entered its queue is stale and is neither shown nor
-- honoured; taking the item again replaces it.
CREATE TABLE work_claim (
    kind       text        NOT NULL CHECK (kind IN ('LISTING', 'REVISION', 'ORGANISATION', 'MEMBER', 'CONTRACT',
                                                    'APPLICATION', 'PROVIDER', 'REDEMPTION', 'ANOMALY')),
    item_id    bigint      NOT NULL,
    user_id    bigint      NOT NULL REFERENCES user_account (id),
    claimed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, item_id)
);

CREATE INDEX work_claim_user ON work_claim (user_id);

-- Matching: document frequencies for BM25, stored matches with their explanations, the refresh
-- queue (a transactional outbox: written with the listing), notifications, and match cases (对接).

CREATE TABLE search_term_stat (
    kind varchar(10) NOT NULL,
    term text        NOT NULL,
    df   integer     NOT NULL,
    PRIMARY KEY (kind, term)
);

CREATE TABLE search_corpus_stat (
    kind        varchar(10) PRIMARY KEY,
    documents   integer     NOT NULL,
    avg_length  real        NOT NULL,
    computed_at timestamptz NOT NULL
);

CREATE TABLE listing_match (
    need_id     bigint      NOT NULL REFERENCES listing (id),
    result_id   bigint      NOT NULL REFERENCES listing (id),
    score       real        NOT NULL,
    explanation text        NOT NULL,
    computed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (need_id, result_id)
);
CREATE INDEX listing_match_result_idx ON listing_match (result_id, score DESC);
CREATE INDEX listing_match_need_idx ON listing_match (need_id, score DESC);

CREATE TABLE match_refresh (
    listing_id   bigint      PRIMARY KEY REFERENCES listing (id),
    requested_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE notification (
    id         bigserial    PRIMARY KEY,
    user_id    bigint       NOT NULL REFERENCES user_account (id),
    kind       varchar(30)  NOT NULL,
    title      varchar(300) NOT NULL,
    link       varchar(300),
    created_at timestamptz  NOT NULL DEFAULT now(),
    read_at    timestamptz
);
CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC);

CREATE TABLE match_case (
    id             bigserial     PRIMARY KEY,
    need_id        bigint        NOT NULL REFERENCES listing (id),
    result_id      bigint        NOT NULL REFERENCES listing (id),
    status         varchar(20)   NOT NULL,
    decline_reason varchar(20),
    comment        varchar(1000),
    opened_by      bigint        NOT NULL REFERENCES user_account (id),
    score          real,
    created_at     timestamptz   NOT NULL DEFAULT now(),
    updated_at     timestamptz   NOT NULL DEFAULT now(),
    version        bigint        NOT NULL DEFAULT 0
);
-- One open case per pair: a second one while the first runs is refused.
CREATE UNIQUE INDEX match_case_open_pair_idx ON match_case (need_id, result_id)
    WHERE status NOT IN ('AGREED', 'DECLINED');
CREATE INDEX match_case_result_idx ON match_case (result_id);

CREATE TABLE case_message (
    id              bigserial     PRIMARY KEY,
    case_id         bigint        NOT NULL REFERENCES match_case (id),
    author_id       bigint        NOT NULL REFERENCES user_account (id),
    body            varchar(2000) NOT NULL,
    created_at      timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX case_message_case_idx ON case_message (case_id, created_at);

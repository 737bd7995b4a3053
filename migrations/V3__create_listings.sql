-- Technology results (科技成果) and needs (技术需求) share one table: one workflow, one
-- search index, one place for matching to draw candidates from.

CREATE TABLE listing (
    id               bigserial    PRIMARY KEY,
    kind             varchar(10)  NOT NULL CHECK (kind IN ('RESULT', 'NEED')),
    title            varchar(100) NOT NULL,
    summary          varchar(500),
    description      text         NOT NULL CHECK (length(description) <= 10000),
    field            varchar(30)  NOT NULL,
    keywords         text[]       NOT NULL DEFAULT '{}',
    maturity         smallint     NOT NULL CHECK (maturity BETWEEN 1 AND 9),
    modes            text[]       NOT NULL DEFAULT '{}',
    ip_type          varchar(30),
    ip_status        varchar(20),
    patent_numbers   varchar(500),
    price_fen        bigint       CHECK (price_fen > 0),
    budget_min_fen   bigint       CHECK (budget_min_fen >= 0),
    budget_max_fen   bigint       CHECK (budget_max_fen >= 0),
    region_code      varchar(6)   NOT NULL REFERENCES region (code),
    organisation_id  bigint       NOT NULL REFERENCES organisation (id),
    owner_id         bigint       NOT NULL REFERENCES user_account (id),
    contact_name     varchar(50)  NOT NULL,
    contact_phone    varchar(30)  NOT NULL,
    contact_email    varchar(120),
    valid_until      date         NOT NULL,
    status           varchar(20)  NOT NULL,
    status_reason    varchar(500),
    source_key       varchar(64)  UNIQUE,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    submitted_at     timestamptz,
    published_at     timestamptz,
    expiry_notice_at timestamptz,
    version          bigint       NOT NULL DEFAULT 0,
    search_vector    tsvector     NOT NULL DEFAULT ''::tsvector,
    CHECK (budget_min_fen IS NULL OR budget_max_fen IS NULL OR budget_min_fen <= budget_max_fen)
);

CREATE INDEX listing_search_idx ON listing USING gin (search_vector);
CREATE INDEX listing_published_idx ON listing (kind, published_at DESC) WHERE status = 'PUBLISHED';
CREATE INDEX listing_organisation_idx ON listing (organisation_id, kind, status);
CREATE INDEX listing_review_idx ON listing (status, submitted_at);
CREATE INDEX listing_expiry_idx ON listing (valid_until) WHERE status = 'PUBLISHED';

-- 咨询: a logged-in user's question to the owner of a published listing, and the answer.
CREATE TABLE inquiry (
    id                   bigserial     PRIMARY KEY,
    listing_id           bigint        NOT NULL REFERENCES listing (id),
    sender_id            bigint        NOT NULL REFERENCES user_account (id),
    sender_organisation_id bigint      NOT NULL REFERENCES organisation (id),
    message              varchar(2000) NOT NULL,
    reply                varchar(2000),
    replied_by           bigint        REFERENCES user_account (id),
    created_at           timestamptz   NOT NULL DEFAULT now(),
    replied_at           timestamptz
);
CREATE INDEX inquiry_listing_idx ON inquiry (listing_id, created_at);
CREATE INDEX inquiry_sender_idx ON inquiry (sender_id, created_at);

-- One staff upload of collected listings (征集) and its row-by-row report.
CREATE TABLE listing_import (
    id          bigserial    PRIMARY KEY,
    file_name   varchar(200) NOT NULL,
    imported_by bigint       NOT NULL REFERENCES user_account (id),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    total_rows  integer      NOT NULL,
    imported    integer      NOT NULL,
    duplicates  integer      NOT NULL,
    failed      integer      NOT NULL,
    report_csv  text         NOT NULL
);

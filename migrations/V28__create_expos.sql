-- Technology expos (成果博览会): exhibitors, exhibited results, pitch sessions (路演) and deals signed on site.
-- Names and titles are kept as shown at the expo, so an expo's page reads its own tables only.

CREATE TABLE expo (
    id           bigserial    PRIMARY KEY,
    name         varchar(200) NOT NULL,
    starts_on    date         NOT NULL,
    ends_on      date         NOT NULL CHECK (ends_on >= starts_on),
    venue        varchar(200) NOT NULL,
    organiser    varchar(200) NOT NULL,
    description  varchar(2000),
    created_by   bigint       NOT NULL REFERENCES user_account (id),
    created_at   timestamptz  NOT NULL DEFAULT now(),
    updated_at   timestamptz  NOT NULL DEFAULT now(),
    version      bigint       NOT NULL DEFAULT 0
);
CREATE INDEX expo_starts_idx ON expo (starts_on DESC);

CREATE TABLE expo_exhibitor (
    id                 bigserial    PRIMARY KEY,
    expo_id            bigint       NOT NULL REFERENCES expo (id),
    organisation_id    bigint       NOT NULL REFERENCES organisation (id),
    organisation_name  varchar(100) NOT NULL,
    booth              varchar(50),
    added_at           timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (expo_id, organisation_id)
);

CREATE TABLE expo_result (
    id               bigserial    PRIMARY KEY,
    expo_id          bigint       NOT NULL REFERENCES expo (id),
    result_id        bigint       NOT NULL REFERENCES listing (id),
    organisation_id  bigint       NOT NULL REFERENCES organisation (id),
    title            varchar(200) NOT NULL,
    added_at         timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (expo_id, result_id)
);

CREATE TABLE expo_session (
    id                   bigserial    PRIMARY KEY,
    expo_id              bigint       NOT NULL REFERENCES expo (id),
    title                varchar(200) NOT NULL,
    presenter_id         bigint       NOT NULL REFERENCES organisation (id),
    presenter_name       varchar(100) NOT NULL,
    result_id            bigint       REFERENCES listing (id),
    starts_at            timestamp    NOT NULL,
    ends_at              timestamp    NOT NULL CHECK (ends_at > starts_at),
    room                 varchar(100) NOT NULL
);
CREATE INDEX expo_session_idx ON expo_session (expo_id, starts_at);

CREATE TABLE expo_deal (
    id                bigserial    PRIMARY KEY,
    expo_id           bigint       NOT NULL REFERENCES expo (id),
    result_id         bigint       NOT NULL REFERENCES listing (id),
    result_title      varchar(200) NOT NULL,
    seller_id         bigint       NOT NULL REFERENCES organisation (id),
    seller_name       varchar(100) NOT NULL,
    buyer_id          bigint       NOT NULL REFERENCES organisation (id),
    buyer_name        varchar(100) NOT NULL,
    amount_fen        bigint       NOT NULL CHECK (amount_fen > 0),
    signed_on         date         NOT NULL,
    contract_id       bigint       NOT NULL UNIQUE REFERENCES contract (id),
    recorded_by       bigint       NOT NULL REFERENCES user_account (id),
    recorded_at       timestamptz  NOT NULL DEFAULT now(),
    CHECK (buyer_id <> seller_id)
);
CREATE INDEX expo_deal_idx ON expo_deal (expo_id, signed_on);

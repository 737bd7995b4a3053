-- Online trading of results (挂牌交易 / 竞价拍卖): a published result listed for sale with a notice
-- period (公示), the enterprises that declare intent to buy, auctions among several of them with
-- deposits on the ledger (V7, V15), bids in one total order per auction, and the deals concluded.

CREATE TABLE trade (
    id                     bigserial    PRIMARY KEY,
    result_id              bigint       NOT NULL REFERENCES listing (id),
    seller_organisation_id bigint       NOT NULL REFERENCES organisation (id),
    requested_by           bigint       NOT NULL REFERENCES user_account (id),
    title                  varchar(200) NOT NULL,
    asking_price_fen       bigint       NOT NULL CHECK (asking_price_fen > 0 AND asking_price_fen <= 10000000000000),
    terms                  varchar(20)  NOT NULL,
    exclusive              boolean      NOT NULL,
    notice_days            integer      NOT NULL CHECK (notice_days BETWEEN 10 AND 60),
    notice_from            date,
    notice_until           date,
    status                 varchar(20)  NOT NULL,
    reason                 varchar(500),
    created_at             timestamptz  NOT NULL DEFAULT now(),
    updated_at             timestamptz  NOT NULL DEFAULT now(),
    version                bigint       NOT NULL DEFAULT 0,
    CHECK (notice_until IS NULL OR notice_until >= notice_from)
);
-- A result is on sale at most once at a time.
CREATE UNIQUE INDEX trade_live_result_idx ON trade (result_id) WHERE status IN ('REQUESTED', 'NOTICE', 'AUCTION');
CREATE INDEX trade_status_idx ON trade (status, notice_until);
CREATE INDEX trade_seller_idx ON trade (seller_organisation_id);

-- An enterprise's declared intent to buy during the notice period (one per organisation).
CREATE TABLE trade_intent (
    trade_id        bigint      NOT NULL REFERENCES trade (id),
    organisation_id bigint      NOT NULL REFERENCES organisation (id),
    declared_by     bigint      NOT NULL REFERENCES user_account (id),
    declared_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (trade_id, organisation_id)
);

CREATE TABLE auction (
    id                 bigserial   PRIMARY KEY,
    trade_id           bigint      NOT NULL UNIQUE REFERENCES trade (id),
    starting_price_fen bigint      NOT NULL CHECK (starting_price_fen > 0 AND starting_price_fen <= 10000000000000),
    increment_fen      bigint      NOT NULL CHECK (increment_fen > 0 AND increment_fen <= 10000000000000),
    reserve_price_fen  bigint      NOT NULL CHECK (reserve_price_fen >= 0 AND reserve_price_fen <= 10000000000000),
    deposit_fen        bigint      NOT NULL CHECK (deposit_fen > 0 AND deposit_fen <= 10000000000000),
    opens_at           timestamptz NOT NULL,
    scheduled_close_at timestamptz NOT NULL,
    closes_at          timestamptz NOT NULL,
    current_price_fen  bigint,
    leader_bidder_id   bigint,
    bids               integer     NOT NULL DEFAULT 0,
    extensions         integer     NOT NULL DEFAULT 0,
    status             varchar(20) NOT NULL,
    closed_at          timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    version            bigint      NOT NULL DEFAULT 0,
    CHECK (scheduled_close_at > opens_at AND closes_at >= scheduled_close_at)
);
CREATE INDEX auction_due_idx ON auction (closes_at) WHERE status = 'OPEN';

-- A registered bidder, shown to others by its number only (竞买人 n); its deposit's state mirrors the
-- ledger account bidder:{id}:deposit, and each change is one conditional update (so none happens twice).
CREATE TABLE auction_bidder (
    id                bigserial   PRIMARY KEY,
    auction_id        bigint      NOT NULL REFERENCES auction (id),
    organisation_id   bigint      NOT NULL REFERENCES organisation (id),
    registered_by     bigint      NOT NULL REFERENCES user_account (id),
    number            integer     NOT NULL CHECK (number > 0),
    deposit           varchar(20) NOT NULL,
    deposit_reference varchar(60),
    registered_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (auction_id, organisation_id),
    UNIQUE (auction_id, number)
);
ALTER TABLE auction ADD CONSTRAINT auction_leader_fk FOREIGN KEY (leader_bidder_id) REFERENCES auction_bidder (id);

-- Accepted bids in arrival order (the auction's row lock gives the order); never two at one price.
CREATE TABLE auction_bid (
    id         bigserial   PRIMARY KEY,
    auction_id bigint      NOT NULL REFERENCES auction (id),
    bidder_id  bigint      NOT NULL REFERENCES auction_bidder (id),
    sequence   integer     NOT NULL CHECK (sequence > 0),
    amount_fen bigint      NOT NULL CHECK (amount_fen > 0),
    placed_at  timestamptz NOT NULL,
    UNIQUE (auction_id, sequence),
    UNIQUE (auction_id, amount_fen)
);

-- A concluded deal and its transaction confirmation (成交确认书), numbered CJ{year}{sequence}.
CREATE SEQUENCE trade_deal_number_seq;
CREATE TABLE trade_deal (
    id                     bigserial   PRIMARY KEY,
    number                 varchar(20) NOT NULL UNIQUE,
    trade_id               bigint      NOT NULL UNIQUE REFERENCES trade (id),
    auction_id             bigint      REFERENCES auction (id),
    result_id              bigint      NOT NULL REFERENCES listing (id),
    seller_organisation_id bigint      NOT NULL REFERENCES organisation (id),
    buyer_organisation_id  bigint      NOT NULL REFERENCES organisation (id),
    price_fen              bigint      NOT NULL CHECK (price_fen > 0),
    contract_id            bigint      REFERENCES contract (id),
    status                 varchar(20) NOT NULL,
    concluded_at           timestamptz NOT NULL DEFAULT now(),
    settled_at             timestamptz,
    version                bigint      NOT NULL DEFAULT 0
);
CREATE INDEX trade_deal_concluded_idx ON trade_deal (concluded_at);

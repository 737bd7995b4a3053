-- Innovation vouchers (科技创新券): programs, providers, applications, vouchers, service orders,
-- redemptions, and the double-entry ledger that moves their money.

CREATE TABLE voucher_program (
    id                  bigserial    PRIMARY KEY,
    name                varchar(100) NOT NULL,
    year                integer      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    budget_fen          bigint       NOT NULL CHECK (budget_fen > 0),
    face_value_fen      bigint       NOT NULL CHECK (face_value_fen > 0),
    co_funding_percent  integer      NOT NULL CHECK (co_funding_percent BETWEEN 1 AND 100),
    use_deadline        date         NOT NULL,
    redemption_deadline date         NOT NULL CHECK (redemption_deadline >= use_deadline),
    categories          text[]       NOT NULL,
    created_at          timestamptz  NOT NULL DEFAULT now(),
    version             bigint       NOT NULL DEFAULT 0
);

CREATE TABLE provider_registration (
    id              bigserial    PRIMARY KEY,
    organisation_id bigint       NOT NULL UNIQUE REFERENCES organisation (id),
    categories      text[]       NOT NULL,
    status          varchar(20)  NOT NULL,
    reason          varchar(500),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    decided_at      timestamptz,
    version         bigint       NOT NULL DEFAULT 0
);

CREATE TABLE voucher_application (
    id              bigserial    PRIMARY KEY,
    program_id      bigint       NOT NULL REFERENCES voucher_program (id),
    organisation_id bigint       NOT NULL REFERENCES organisation (id),
    applicant_id    bigint       NOT NULL REFERENCES user_account (id),
    purpose         varchar(1000) NOT NULL,
    status          varchar(20)  NOT NULL,
    reason          varchar(500),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    decided_at      timestamptz,
    version         bigint       NOT NULL DEFAULT 0,
    UNIQUE (program_id, organisation_id)
);

CREATE TABLE voucher (
    id              bigserial    PRIMARY KEY,
    code            varchar(20)  NOT NULL UNIQUE,
    program_id      bigint       NOT NULL REFERENCES voucher_program (id),
    organisation_id bigint       NOT NULL REFERENCES organisation (id),
    application_id  bigint       NOT NULL UNIQUE REFERENCES voucher_application (id),
    face_value_fen  bigint       NOT NULL CHECK (face_value_fen > 0),
    status          varchar(20)  NOT NULL,
    issued_at       timestamptz  NOT NULL DEFAULT now(),
    version         bigint       NOT NULL DEFAULT 0
);
CREATE INDEX voucher_organisation_idx ON voucher (organisation_id);

CREATE TABLE service_order (
    id                         bigserial     PRIMARY KEY,
    enterprise_organisation_id bigint        NOT NULL REFERENCES organisation (id),
    provider_organisation_id   bigint        NOT NULL REFERENCES organisation (id),
    category                   varchar(40)   NOT NULL,
    description                varchar(1000) NOT NULL,
    amount_fen                 bigint        NOT NULL CHECK (amount_fen > 0),
    voucher_id                 bigint        REFERENCES voucher (id),
    voucher_amount_fen         bigint        NOT NULL DEFAULT 0 CHECK (voucher_amount_fen >= 0),
    status                     varchar(20)   NOT NULL,
    created_at                 timestamptz   NOT NULL DEFAULT now(),
    delivered_at               timestamptz,
    version                    bigint        NOT NULL DEFAULT 0,
    CHECK (voucher_amount_fen <= amount_fen)
);

CREATE TABLE redemption (
    id                       bigserial    PRIMARY KEY,
    order_id                 bigint       NOT NULL REFERENCES service_order (id),
    voucher_id               bigint       NOT NULL REFERENCES voucher (id),
    provider_organisation_id bigint       NOT NULL REFERENCES organisation (id),
    amount_fen               bigint       NOT NULL CHECK (amount_fen > 0),
    invoice_number           varchar(40)  NOT NULL UNIQUE,
    status                   varchar(20)  NOT NULL,
    reason                   varchar(500),
    created_at               timestamptz  NOT NULL DEFAULT now(),
    decided_at               timestamptz,
    version                  bigint       NOT NULL DEFAULT 0
);
-- One live redemption per order: a second one while the first waits or after it was paid is refused.
CREATE UNIQUE INDEX redemption_live_order_idx ON redemption (order_id) WHERE status <> 'REJECTED';

-- The ledger: accounts with their running balance, transactions, and their entries (summing to zero).
CREATE TABLE ledger_account (
    name             varchar(60) PRIMARY KEY,
    balance_fen      bigint      NOT NULL DEFAULT 0,
    may_be_negative  boolean     NOT NULL DEFAULT false,
    CHECK (may_be_negative OR balance_fen >= 0)
);

CREATE TABLE ledger_transaction (
    id         bigserial   PRIMARY KEY,
    kind       varchar(20) NOT NULL,
    program_id bigint      NOT NULL REFERENCES voucher_program (id),
    voucher_id bigint      REFERENCES voucher (id),
    reference  varchar(60),
    actor      varchar(40) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ledger_entry (
    id             bigserial   PRIMARY KEY,
    transaction_id bigint      NOT NULL REFERENCES ledger_transaction (id),
    account        varchar(60) NOT NULL REFERENCES ledger_account (name),
    amount_fen     bigint      NOT NULL CHECK (amount_fen <> 0)
);
CREATE INDEX ledger_entry_transaction_idx ON ledger_entry (transaction_id);
CREATE INDEX ledger_entry_account_idx ON ledger_entry (account);

-- A money-moving request and its first answer, so that a retry with the same key returns it.
CREATE TABLE idempotency_record (
    user_id      bigint       NOT NULL REFERENCES user_account (id),
    key          varchar(100) NOT NULL,
    request_hash varchar(64)  NOT NULL,
    status       integer      NOT NULL,
    body         text         NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, key)
);

-- Accounts, organisations, GB/T 2260 regions and the audit trail.

CREATE TABLE region (
    code        varchar(6)   PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
    name        varchar(64)  NOT NULL,
    parent_code varchar(6)   REFERENCES region (code),
    level       smallint     NOT NULL CHECK (level BETWEEN 1 AND 3)
);

CREATE TABLE organisation (
    id            bigserial    PRIMARY KEY,
    name          varchar(100) NOT NULL,
    type          varchar(20)  NOT NULL,
    credit_code   varchar(18)  NOT NULL UNIQUE,
    region_code   varchar(6)   NOT NULL REFERENCES region (code),
    contact_name  varchar(50)  NOT NULL,
    contact_phone varchar(30)  NOT NULL,
    contact_email varchar(120),
    status        varchar(20)  NOT NULL,
    status_reason varchar(500),
    created_at    timestamptz  NOT NULL DEFAULT now(),
    verified_at   timestamptz,
    version       bigint       NOT NULL DEFAULT 0
);
CREATE INDEX organisation_status_idx ON organisation (status, created_at);

CREATE TABLE user_account (
    id                  bigserial    PRIMARY KEY,
    username            varchar(40)  NOT NULL UNIQUE,
    password_hash       varchar(100) NOT NULL,
    role                varchar(20)  NOT NULL,
    display_name        varchar(50)  NOT NULL,
    email               varchar(120) NOT NULL,
    phone               varchar(30),
    organisation_id     bigint       NOT NULL REFERENCES organisation (id),
    membership_approved boolean      NOT NULL DEFAULT false,
    enabled             boolean      NOT NULL DEFAULT true,
    failed_logins       integer      NOT NULL DEFAULT 0,
    locked_until        timestamptz,
    created_at          timestamptz  NOT NULL DEFAULT now(),
    version             bigint       NOT NULL DEFAULT 0
);
CREATE INDEX user_account_organisation_idx ON user_account (organisation_id);

CREATE TABLE audit_event (
    id          bigserial    PRIMARY KEY,
    occurred_at timestamptz  NOT NULL DEFAULT now(),
    actor       varchar(40)  NOT NULL,
    entity_type varchar(40)  NOT NULL,
    entity_id   bigint       NOT NULL,
    action      varchar(40)  NOT NULL,
    from_state  varchar(30),
    to_state    varchar(30),
    reason      varchar(1000)
);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, occurred_at);

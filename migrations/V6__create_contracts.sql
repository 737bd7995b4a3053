-- Technology contracts (技术合同) and their registration (认定登记).

CREATE TABLE contract (
    id                      bigserial    PRIMARY KEY,
    type                    varchar(20)  NOT NULL,
    project_name            varchar(200) NOT NULL,
    seller_organisation_id  bigint       NOT NULL REFERENCES organisation (id),
    seller_name             varchar(100) NOT NULL,
    seller_credit_code      varchar(18)  NOT NULL,
    seller_region_code      varchar(6)   NOT NULL REFERENCES region (code),
    seller_entity_type      varchar(20)  NOT NULL,
    buyer_organisation_id   bigint       NOT NULL REFERENCES organisation (id),
    buyer_name              varchar(100) NOT NULL,
    buyer_credit_code       varchar(18)  NOT NULL,
    buyer_region_code       varchar(6)   NOT NULL REFERENCES region (code),
    buyer_entity_type       varchar(20)  NOT NULL,
    signing_date            date         NOT NULL,
    valid_from              date         NOT NULL,
    valid_to                date         NOT NULL CHECK (valid_to >= valid_from),
    contract_amount_fen     bigint       NOT NULL CHECK (contract_amount_fen > 0),
    transaction_amount_fen  bigint       NOT NULL CHECK (transaction_amount_fen > 0),
    equipment_cost_fen      bigint       NOT NULL DEFAULT 0 CHECK (equipment_cost_fen >= 0),
    payment_terms           varchar(1000),
    case_id                 bigint       REFERENCES match_case (id),
    result_id               bigint       REFERENCES listing (id),
    need_id                 bigint       REFERENCES listing (id),
    field                   varchar(30),
    status                  varchar(20)  NOT NULL,
    drafted_by              bigint       NOT NULL REFERENCES user_account (id),
    buyer_confirmed_by      bigint       REFERENCES user_account (id),
    buyer_confirmed_at      timestamptz,
    submitted_at            timestamptz,
    due_date                date,
    decided_by              bigint       REFERENCES user_account (id),
    decided_at              timestamptz,
    decision_reason         varchar(1000),
    registration_number     varchar(16)  UNIQUE CHECK (registration_number ~ '^[0-9]{16}$'),
    approved_amount_fen     bigint       CHECK (approved_amount_fen > 0),
    created_at              timestamptz  NOT NULL DEFAULT now(),
    updated_at              timestamptz  NOT NULL DEFAULT now(),
    version                 bigint       NOT NULL DEFAULT 0,
    CHECK (transaction_amount_fen <= contract_amount_fen)
);
CREATE INDEX contract_seller_idx ON contract (seller_organisation_id, updated_at DESC);
CREATE INDEX contract_buyer_idx ON contract (buyer_organisation_id, updated_at DESC);
CREATE INDEX contract_queue_idx ON contract (status, due_date);

-- The last registration sequence per region and year: one row locked per number, so concurrent
-- approvals take consecutive numbers and a rolled-back approval gives its number back.
CREATE TABLE contract_sequence (
    region_code varchar(6) NOT NULL,
    year        integer    NOT NULL,
    last_value  integer    NOT NULL,
    PRIMARY KEY (region_code, year)
);

CREATE TABLE contract_document (
    contract_id  bigint       PRIMARY KEY REFERENCES contract (id),
    file_name    varchar(200) NOT NULL,
    size_bytes   integer      NOT NULL,
    sha256       varchar(64)  NOT NULL,
    content      bytea        NOT NULL,
    uploaded_by  bigint       NOT NULL REFERENCES user_account (id),
    uploaded_at  timestamptz  NOT NULL DEFAULT now()
);

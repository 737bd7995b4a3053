-- Vouchers, second part: lotteries for oversubscribed programs, proof documents of redemptions,
-- and the ledger write as one database call.

-- A lottery among a program's waiting applications. Ranking is reproducible by anyone from the
-- recorded seed: applications are ordered by sha256(seed || ':' || application id) as hex, then id.
CREATE TABLE voucher_lottery (
    id          bigserial    PRIMARY KEY,
    program_id  bigint       NOT NULL REFERENCES voucher_program (id),
    seed        varchar(64)  NOT NULL,
    places      integer      NOT NULL CHECK (places >= 0),
    entrants    integer      NOT NULL CHECK (entrants >= 0),
    drawn_by    varchar(40)  NOT NULL,
    drawn_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX voucher_lottery_program_idx ON voucher_lottery (program_id);

ALTER TABLE voucher_application ADD COLUMN lottery_id bigint REFERENCES voucher_lottery (id);
ALTER TABLE voucher_application ADD COLUMN lottery_rank integer;
CREATE INDEX voucher_application_program_status_idx ON voucher_application (program_id, status);

-- The provider's proof of a redemption (invoice scan, test report): PDF, PNG or JPEG.
CREATE TABLE redemption_proof (
    redemption_id bigint       PRIMARY KEY REFERENCES redemption (id),
    file_name     varchar(200) NOT NULL,
    content_type  varchar(40)  NOT NULL,
    size_bytes    integer      NOT NULL CHECK (size_bytes > 0),
    sha256        varchar(64)  NOT NULL,
    content       bytea        NOT NULL,
    uploaded_by   bigint       NOT NULL REFERENCES user_account (id),
    uploaded_at   timestamptz  NOT NULL DEFAULT now()
);

CREATE INDEX service_order_enterprise_idx ON service_order (enterprise_organisation_id);
CREATE INDEX service_order_provider_idx ON service_order (provider_organisation_id);
CREATE INDEX redemption_status_idx ON redemption (status, created_at);

-- One ledger transaction in one call: the accounts are created when new, locked in name order,
-- checked (only funding accounts may go below zero), then the transaction, its entries and the new
-- balances are written. Returns the transaction id, or the first account that is short (and writes
-- nothing). Raises when the movements do not sum to zero.
CREATE FUNCTION ledger_post(p_kind varchar, p_program bigint, p_voucher bigint, p_reference varchar,
                            p_actor varchar, p_accounts varchar[], p_amounts bigint[])
    RETURNS TABLE (transaction_id bigint, short_account varchar)
    LANGUAGE plpgsql AS $$
DECLARE
    locked integer;
    short varchar;
    tx bigint;
BEGIN
    IF cardinality(p_accounts) IS DISTINCT FROM cardinality(p_amounts) OR cardinality(p_accounts) < 2
       OR (SELECT sum(a) FROM unnest(p_amounts) a) <> 0 OR 0 = ANY (p_amounts) THEN
        RAISE EXCEPTION 'unbalanced ledger transaction %: % %', p_kind, p_accounts, p_amounts;
    END IF;
    PERFORM 1 FROM ledger_account WHERE name = ANY (p_accounts) ORDER BY name FOR UPDATE;
    GET DIAGNOSTICS locked = ROW_COUNT;
    IF locked < cardinality(p_accounts) THEN
        INSERT INTO ledger_account (name, may_be_negative)
            SELECT n, n LIKE '%:funding' FROM unnest(p_accounts) n ORDER BY n
            ON CONFLICT (name) DO NOTHING;
        PERFORM 1 FROM ledger_account WHERE name = ANY (p_accounts) ORDER BY name FOR UPDATE;
    END IF;
    SELECT a.name INTO short
      FROM ledger_account a JOIN unnest(p_accounts, p_amounts) m(name, amount) ON a.name = m.name
     WHERE NOT a.may_be_negative AND a.balance_fen + m.amount < 0
     ORDER BY a.name LIMIT 1;
    IF short IS NOT NULL THEN
        RETURN QUERY SELECT NULL::bigint, short;
        RETURN;
    END IF;
    INSERT INTO ledger_transaction (kind, program_id, voucher_id, reference, actor)
        VALUES (p_kind, p_program, p_voucher, p_reference, p_actor) RETURNING id INTO tx;
    INSERT INTO ledger_entry (transaction_id, account, amount_fen)
        SELECT tx, m.name, m.amount FROM unnest(p_accounts, p_amounts) m(name, amount);
    UPDATE ledger_account a SET balance_fen = a.balance_fen + m.amount
      FROM unnest(p_accounts, p_amounts) m(name, amount) WHERE a.name = m.name;
    RETURN QUERY SELECT tx, NULL::varchar;
END
$$;

-- Provider registrations wait as SUBMITTED, like the other things staff decide on.
UPDATE provider_registration SET status = 'SUBMITTED' WHERE status = 'PENDING';

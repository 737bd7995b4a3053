-- Ledger accounts get typed columns beside their name (which stays the key every entry refers to):
-- who owns the account (a program or a voucher; an auction or a bidder for the deposits of online
-- trading), which one, and which bucket. They are generated from the name, so every existing
-- account and balance is kept as it is, and no writer can let them disagree; queries read them
-- instead of taking names apart.
ALTER TABLE ledger_account
    ADD COLUMN owner_kind varchar(10) GENERATED ALWAYS AS (split_part(name, ':', 1)) STORED,
    ADD COLUMN owner_id   bigint      GENERATED ALWAYS AS (split_part(name, ':', 2)::bigint) STORED,
    ADD COLUMN bucket     varchar(12) GENERATED ALWAYS AS (split_part(name, ':', 3)) STORED;

ALTER TABLE ledger_account
    ADD CONSTRAINT ledger_account_owner_kind CHECK (owner_kind IN ('program', 'voucher', 'auction', 'bidder')),
    ADD CONSTRAINT ledger_account_bucket CHECK (
        (owner_kind = 'program' AND bucket IN ('funding', 'unissued'))
        OR (owner_kind = 'voucher' AND bucket IN ('available', 'reserved', 'redeemed', 'expired'))
        OR (owner_kind = 'auction' AND bucket IN ('receipts', 'settlement', 'forfeited'))
        OR (owner_kind = 'bidder' AND bucket = 'deposit')),
    ADD CONSTRAINT ledger_account_name_shape CHECK (name = owner_kind || ':' || owner_id || ':' || bucket);

CREATE INDEX ledger_account_owner_idx ON ledger_account (owner_kind, owner_id);

-- Deposit movements belong to an auction, not to a voucher program.
ALTER TABLE ledger_transaction ALTER COLUMN program_id DROP NOT NULL;
ALTER TABLE ledger_transaction ADD CONSTRAINT ledger_transaction_program
    CHECK (program_id IS NOT NULL OR kind LIKE 'DEPOSIT\_%');

-- As in V8; an auction's receipts, like a program's funding, are money from outside and may go below zero.
CREATE OR REPLACE FUNCTION ledger_post(p_kind varchar, p_program bigint, p_voucher bigint, p_reference varchar,
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
            SELECT n, n LIKE '%:funding' OR n LIKE '%:receipts' FROM unnest(p_accounts) n ORDER BY n
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

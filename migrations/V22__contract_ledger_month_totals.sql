-- Registered contracts and voucher money per month, kept in the transaction that changes them (as V19
-- does for listings): the public figures group these rows instead of every contract and ledger entry.
-- Net deltas, written in key order, so two writers wait for each other and never deadlock.

-- Registered contracts by the month of their registration (China time), type, field and seller region.
CREATE TABLE contract_month_total (
    month                date        NOT NULL,
    type                 varchar(20) NOT NULL,
    field                varchar(30) NOT NULL,   -- '' when the contract names none
    region_code          varchar(6)  NOT NULL,
    contracts            bigint      NOT NULL,
    contract_amount_fen  bigint      NOT NULL,
    approved_amount_fen  bigint      NOT NULL,
    brokered             bigint      NOT NULL,   -- of them, from a match case
    brokered_amount_fen  bigint      NOT NULL,
    PRIMARY KEY (month, type, field, region_code)
);

CREATE TYPE contract_month_delta AS (month date, type varchar, field varchar, region_code varchar,
                                     amount bigint, approved bigint, brokered boolean, n int);

CREATE FUNCTION contract_month_apply(changes contract_month_delta[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO contract_month_total AS t (month, type, field, region_code, contracts, contract_amount_fen,
                                          approved_amount_fen, brokered, brokered_amount_fen)
    SELECT d.month, d.type, d.field, d.region_code, sum(d.n), sum(d.n * d.amount), sum(d.n * d.approved),
           coalesce(sum(d.n) FILTER (WHERE d.brokered), 0), coalesce(sum(d.n * d.approved) FILTER (WHERE d.brokered), 0)
      FROM unnest(changes) AS d
     GROUP BY d.month, d.type, d.field, d.region_code
    HAVING sum(d.n) <> 0 OR sum(d.n * d.amount) <> 0 OR sum(d.n * d.approved) <> 0
        OR coalesce(sum(d.n) FILTER (WHERE d.brokered), 0) <> 0
     ORDER BY d.month, d.type, d.field, d.region_code
    ON CONFLICT (month, type, field, region_code) DO UPDATE
       SET contracts = t.contracts + excluded.contracts,
           contract_amount_fen = t.contract_amount_fen + excluded.contract_amount_fen,
           approved_amount_fen = t.approved_amount_fen + excluded.approved_amount_fen,
           brokered = t.brokered + excluded.brokered,
           brokered_amount_fen = t.brokered_amount_fen + excluded.brokered_amount_fen;
$$;

CREATE FUNCTION contract_month_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM contract_month_apply(ARRAY(
        SELECT ROW(listing_month_of(n.decided_at), n.type, coalesce(n.field, ''), n.seller_region_code, n.contract_amount_fen,
                   coalesce(n.approved_amount_fen, n.transaction_amount_fen), n.case_id IS NOT NULL, 1)::contract_month_delta
          FROM new_rows n WHERE n.status = 'REGISTERED'));
    RETURN NULL;
END $$;

CREATE FUNCTION contract_month_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM contract_month_apply(ARRAY(
        SELECT ROW(listing_month_of(n.decided_at), n.type, coalesce(n.field, ''), n.seller_region_code, n.contract_amount_fen,
                   coalesce(n.approved_amount_fen, n.transaction_amount_fen), n.case_id IS NOT NULL, 1)::contract_month_delta
          FROM new_rows n WHERE n.status = 'REGISTERED'
        UNION ALL
        SELECT ROW(listing_month_of(o.decided_at), o.type, coalesce(o.field, ''), o.seller_region_code, o.contract_amount_fen,
                   coalesce(o.approved_amount_fen, o.transaction_amount_fen), o.case_id IS NOT NULL, -1)::contract_month_delta
          FROM old_rows o WHERE o.status = 'REGISTERED'));
    RETURN NULL;
END $$;

CREATE FUNCTION contract_month_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM contract_month_apply(ARRAY(
        SELECT ROW(listing_month_of(o.decided_at), o.type, coalesce(o.field, ''), o.seller_region_code, o.contract_amount_fen,
                   coalesce(o.approved_amount_fen, o.transaction_amount_fen), o.case_id IS NOT NULL, -1)::contract_month_delta
          FROM old_rows o WHERE o.status = 'REGISTERED'));
    RETURN NULL;
END $$;

CREATE TRIGGER contract_month_insert AFTER INSERT ON contract REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION contract_month_inserted();
CREATE TRIGGER contract_month_update AFTER UPDATE ON contract REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION contract_month_updated();
CREATE TRIGGER contract_month_delete AFTER DELETE ON contract REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION contract_month_deleted();

SELECT contract_month_apply(ARRAY(
    SELECT ROW(listing_month_of(c.decided_at), c.type, coalesce(c.field, ''), c.seller_region_code, c.contract_amount_fen,
               coalesce(c.approved_amount_fen, c.transaction_amount_fen), c.case_id IS NOT NULL, 1)::contract_month_delta
      FROM contract c WHERE c.status = 'REGISTERED'));

-- Voucher money moved per month (China time), movement, program and the holder's region (its region when
-- the money moved). The ledger is append-only (V7): new entries are all this follows; a transaction's
-- entries come in one statement (ledger_post), so the rollup is written once per movement.
CREATE TABLE ledger_month_total (
    month        date        NOT NULL,
    kind         varchar(20) NOT NULL,
    program_id   bigint      NOT NULL,
    region_code  varchar(6)  NOT NULL,   -- '' for a program's own movements (FUND)
    transactions bigint      NOT NULL,
    amount_fen   bigint      NOT NULL,
    PRIMARY KEY (month, kind, program_id, region_code)
);

CREATE FUNCTION ledger_month_posted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ledger_month_total AS m (month, kind, program_id, region_code, transactions, amount_fen)
    SELECT listing_month_of(t.created_at), t.kind, t.program_id, coalesce(o.region_code, ''), count(DISTINCT t.id),
           sum(e.amount_fen)
      FROM new_entries e
      JOIN ledger_transaction t ON t.id = e.transaction_id
      LEFT JOIN voucher v ON v.id = t.voucher_id
      LEFT JOIN organisation o ON o.id = v.organisation_id
     WHERE e.amount_fen > 0 AND t.program_id IS NOT NULL
     GROUP BY 1, 2, 3, 4
     ORDER BY 1, 2, 3, 4
    ON CONFLICT (month, kind, program_id, region_code) DO UPDATE
       SET transactions = m.transactions + excluded.transactions, amount_fen = m.amount_fen + excluded.amount_fen;
    RETURN NULL;
END $$;

CREATE TRIGGER ledger_month_post AFTER INSERT ON ledger_entry REFERENCING NEW TABLE AS new_entries
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_month_posted();

-- The app never changes a posted movement; a data fix that moves one in time (a demo or bench loader)
-- moves its amount to the new month.
CREATE FUNCTION ledger_month_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ledger_month_total AS m (month, kind, program_id, region_code, transactions, amount_fen)
    SELECT d.month, d.kind, d.program_id, d.region_code, sum(d.n), sum(d.n * d.amount)
      FROM (SELECT listing_month_of(x.created_at) AS month, x.kind, x.program_id, coalesce(o.region_code, '') AS region_code,
                   1 AS n, (SELECT sum(e.amount_fen) FROM ledger_entry e WHERE e.transaction_id = x.id AND e.amount_fen > 0) AS amount
              FROM new_rows x LEFT JOIN voucher v ON v.id = x.voucher_id LEFT JOIN organisation o ON o.id = v.organisation_id
             WHERE x.program_id IS NOT NULL
            UNION ALL
            SELECT listing_month_of(x.created_at), x.kind, x.program_id, coalesce(o.region_code, ''),
                   -1, (SELECT sum(e.amount_fen) FROM ledger_entry e WHERE e.transaction_id = x.id AND e.amount_fen > 0)
              FROM old_rows x LEFT JOIN voucher v ON v.id = x.voucher_id LEFT JOIN organisation o ON o.id = v.organisation_id
             WHERE x.program_id IS NOT NULL) d
     WHERE d.amount IS NOT NULL
     GROUP BY d.month, d.kind, d.program_id, d.region_code
    HAVING sum(d.n) <> 0 OR sum(d.n * d.amount) <> 0
     ORDER BY d.month, d.kind, d.program_id, d.region_code
    ON CONFLICT (month, kind, program_id, region_code) DO UPDATE
       SET transactions = m.transactions + excluded.transactions, amount_fen = m.amount_fen + excluded.amount_fen;
    RETURN NULL;
END $$;

CREATE TRIGGER ledger_month_move AFTER UPDATE ON ledger_transaction REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_month_moved();

INSERT INTO ledger_month_total (month, kind, program_id, region_code, transactions, amount_fen)
SELECT listing_month_of(t.created_at), t.kind, t.program_id, coalesce(o.region_code, ''), count(DISTINCT t.id),
       sum(e.amount_fen)
  FROM ledger_entry e
  JOIN ledger_transaction t ON t.id = e.transaction_id
  LEFT JOIN voucher v ON v.id = t.voucher_id
  LEFT JOIN organisation o ON o.id = v.organisation_id
 WHERE e.amount_fen > 0 AND t.program_id IS NOT NULL
 GROUP BY 1, 2, 3, 4;

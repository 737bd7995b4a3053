-- The registered contracts of each month once per dimension (contract type, technology field, seller
-- province), kept by the same statement that keeps contract_month_total (V22): the unfiltered figures
-- (no field, no region chosen: most views of /stats and the home page) read a few rows per month here
-- instead of the whole cube, whose month × type × field × region rows grow with the contracts.
-- Written after the cube and in key order, by every writer alike, so writers never deadlock.

CREATE TABLE contract_month_dim (
    month                date        NOT NULL,
    dim                  varchar(10) NOT NULL CHECK (dim IN ('type', 'field', 'province')),
    value                varchar(30) NOT NULL,
    contracts            bigint      NOT NULL,
    contract_amount_fen  bigint      NOT NULL,
    approved_amount_fen  bigint      NOT NULL,
    brokered             bigint      NOT NULL,
    brokered_amount_fen  bigint      NOT NULL,
    PRIMARY KEY (month, dim, value)
);

CREATE OR REPLACE FUNCTION contract_month_apply(changes contract_month_delta[]) RETURNS void LANGUAGE sql AS $$
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
    INSERT INTO contract_month_dim AS t (month, dim, value, contracts, contract_amount_fen, approved_amount_fen,
                                        brokered, brokered_amount_fen)
    SELECT d.month, v.dim, v.value, sum(d.n), sum(d.n * d.amount), sum(d.n * d.approved),
           coalesce(sum(d.n) FILTER (WHERE d.brokered), 0), coalesce(sum(d.n * d.approved) FILTER (WHERE d.brokered), 0)
      FROM unnest(changes) AS d,
           LATERAL (VALUES ('type', d.type), ('field', d.field), ('province', substr(d.region_code, 1, 2))) AS v (dim, value)
     GROUP BY d.month, v.dim, v.value
    HAVING sum(d.n) <> 0 OR sum(d.n * d.amount) <> 0 OR sum(d.n * d.approved) <> 0
        OR coalesce(sum(d.n) FILTER (WHERE d.brokered), 0) <> 0
     ORDER BY d.month, v.dim, v.value
    ON CONFLICT (month, dim, value) DO UPDATE
       SET contracts = t.contracts + excluded.contracts,
           contract_amount_fen = t.contract_amount_fen + excluded.contract_amount_fen,
           approved_amount_fen = t.approved_amount_fen + excluded.approved_amount_fen,
           brokered = t.brokered + excluded.brokered,
           brokered_amount_fen = t.brokered_amount_fen + excluded.brokered_amount_fen;
$$;

INSERT INTO contract_month_dim (month, dim, value, contracts, contract_amount_fen, approved_amount_fen, brokered,
                                brokered_amount_fen)
SELECT c.month, v.dim, v.value, sum(c.contracts), sum(c.contract_amount_fen), sum(c.approved_amount_fen),
       sum(c.brokered), sum(c.brokered_amount_fen)
  FROM contract_month_total c,
       LATERAL (VALUES ('type', c.type), ('field', c.field), ('province', substr(c.region_code, 1, 2))) AS v (dim, value)
 GROUP BY c.month, v.dim, v.value
HAVING sum(c.contracts) <> 0 OR sum(c.approved_amount_fen) <> 0;

-- Listings collected per month (of created_at, China time) by kind, status, field and region, kept
-- by statement triggers on listing in the transaction that changes them (as V17's facet counts):
-- the public figures group these rows instead of every listing. Net deltas only: an edit that
-- changes none of the keys writes nothing; rows are written in key order, so writers never deadlock.

CREATE TABLE listing_month_count (
    month       date        NOT NULL,
    kind        varchar(10) NOT NULL,
    status      varchar(20) NOT NULL,
    field       varchar(30) NOT NULL,
    region_code varchar(6)  NOT NULL,
    listings    bigint      NOT NULL,
    PRIMARY KEY (month, kind, status, field, region_code)
);

CREATE TYPE listing_month_delta AS (month date, kind varchar, status varchar, field varchar,
                                    region_code varchar, delta int);

CREATE FUNCTION listing_month_apply(changes listing_month_delta[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO listing_month_count AS c (month, kind, status, field, region_code, listings)
    SELECT r.month, r.kind, r.status, r.field, r.region_code, sum(r.delta)
      FROM unnest(changes) AS r
     GROUP BY r.month, r.kind, r.status, r.field, r.region_code
    HAVING sum(r.delta) <> 0
     ORDER BY r.month, r.kind, r.status, r.field, r.region_code
    ON CONFLICT (month, kind, status, field, region_code) DO UPDATE SET listings = c.listings + excluded.listings;
$$;

CREATE FUNCTION listing_month_of(t timestamptz) RETURNS date LANGUAGE sql IMMUTABLE AS $$
    SELECT date_trunc('month', t AT TIME ZONE 'Asia/Shanghai')::date
$$;

CREATE FUNCTION listing_month_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM listing_month_apply(ARRAY(
        SELECT ROW(listing_month_of(n.created_at), n.kind, n.status, n.field, n.region_code, 1)::listing_month_delta
          FROM new_rows n));
    RETURN NULL;
END $$;

CREATE FUNCTION listing_month_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM listing_month_apply(ARRAY(
        SELECT ROW(listing_month_of(n.created_at), n.kind, n.status, n.field, n.region_code, 1)::listing_month_delta
          FROM new_rows n
        UNION ALL
        SELECT ROW(listing_month_of(o.created_at), o.kind, o.status, o.field, o.region_code, -1)::listing_month_delta
          FROM old_rows o));
    RETURN NULL;
END $$;

CREATE FUNCTION listing_month_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM listing_month_apply(ARRAY(
        SELECT ROW(listing_month_of(o.created_at), o.kind, o.status, o.field, o.region_code, -1)::listing_month_delta
          FROM old_rows o));
    RETURN NULL;
END $$;

CREATE FUNCTION listing_month_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM listing_month_count;
    RETURN NULL;
END $$;

CREATE TRIGGER listing_month_insert AFTER INSERT ON listing REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION listing_month_inserted();
CREATE TRIGGER listing_month_update AFTER UPDATE ON listing REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION listing_month_updated();
CREATE TRIGGER listing_month_delete AFTER DELETE ON listing REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION listing_month_deleted();
CREATE TRIGGER listing_month_truncate AFTER TRUNCATE ON listing
    FOR EACH STATEMENT EXECUTE FUNCTION listing_month_truncated();

SELECT listing_month_apply(ARRAY(
    SELECT ROW(listing_month_of(l.created_at), l.kind, l.status, l.field, l.region_code, 1)::listing_month_delta
      FROM listing l));

-- The figures' periods: contracts by registration time, ledger movements and cases by their time.
CREATE INDEX contract_registered_idx ON contract (decided_at) WHERE status = 'REGISTERED';
CREATE INDEX ledger_transaction_time_idx ON ledger_transaction (created_at, kind);
CREATE INDEX match_case_created_idx ON match_case (created_at);

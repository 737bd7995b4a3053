-- Facet counts of the published listings of each kind, and a version per kind that changes with
-- anything a public listing page shows. Both are kept by statement triggers on listing (and on an
-- organisation's name), in the transaction that changes them: the unfiltered browse page reads its
-- facets here instead of grouping every published listing, and anonymous pages answer a
-- conditional request with 304 while the version is the same. Every replica reads the same rows.

CREATE TABLE listing_facet_count (
    kind     varchar(10) NOT NULL,
    facet    varchar(10) NOT NULL,
    value    varchar(40) NOT NULL,
    listings bigint      NOT NULL,
    PRIMARY KEY (kind, facet, value)
);

CREATE TABLE listing_change (
    kind       varchar(10) PRIMARY KEY,
    version    bigint      NOT NULL,
    changed_at timestamptz NOT NULL
);
INSERT INTO listing_change (kind, version, changed_at) VALUES ('RESULT', 1, now()), ('NEED', 1, now());

-- The facet values one listing counts for (none unless published). The bands are PriceBand's:
-- ListingFacetCountTest compares these counts with a grouped query using PriceBand.SQL.
CREATE FUNCTION listing_facet_values(p_kind varchar, p_status varchar, p_field varchar, p_maturity smallint,
                                     p_region varchar, p_price bigint, p_modes text[], p_delta int)
RETURNS TABLE (kind varchar, facet varchar, value varchar, delta int) LANGUAGE sql IMMUTABLE AS $$
    SELECT p_kind, f.facet, f.value, p_delta
      FROM (SELECT 'total'::varchar, 'all'::varchar
            UNION ALL SELECT 'field', p_field
            UNION ALL SELECT 'maturity', p_maturity::varchar
            UNION ALL SELECT 'province', substr(p_region, 1, 2)
            UNION ALL SELECT 'band', CASE WHEN p_price IS NULL THEN 'NEGOTIABLE'
                                          WHEN p_price < 10000000 THEN 'UNDER_100K'
                                          WHEN p_price < 50000000 THEN 'FROM_100K_TO_500K'
                                          WHEN p_price < 100000000 THEN 'FROM_500K_TO_1M'
                                          WHEN p_price < 500000000 THEN 'FROM_1M_TO_5M'
                                          ELSE 'OVER_5M' END
            UNION ALL SELECT 'mode', m FROM unnest(p_modes) AS m) AS f (facet, value)
     WHERE p_status = 'PUBLISHED'
$$;

-- One listing row's contribution to the counts of a statement: +1 as it is now, -1 as it was.
CREATE TYPE listing_facet_delta AS (kind varchar, status varchar, field varchar, maturity smallint,
                                    region_code varchar, price bigint, modes text[], delta int);

-- The net change of one statement. A statement that changes no facet of a published listing (an
-- edit of its text, a re-index) writes no count; one that changes anything about a published
-- listing (or publishes, withdraws or deletes one) moves its kind's version. Counts are written in
-- key order, so two writers wait for each other and never deadlock.
CREATE FUNCTION listing_facet_apply(changes listing_facet_delta[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO listing_facet_count AS c (kind, facet, value, listings)
    SELECT f.kind, f.facet, f.value, sum(f.delta)
      FROM unnest(changes) AS r,
           LATERAL listing_facet_values(r.kind, r.status, r.field, r.maturity, r.region_code, r.price,
                                        r.modes, r.delta) AS f
     GROUP BY f.kind, f.facet, f.value
    HAVING sum(f.delta) <> 0
     ORDER BY f.kind, f.facet, f.value
    ON CONFLICT (kind, facet, value) DO UPDATE SET listings = c.listings + excluded.listings;
    UPDATE listing_change SET version = version + 1, changed_at = now()
     WHERE kind IN (SELECT DISTINCT r.kind FROM unnest(changes) AS r WHERE r.status = 'PUBLISHED');
$$;

CREATE FUNCTION listing_facet_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM listing_facet_apply(ARRAY(
        SELECT ROW(n.kind, n.status, n.field, n.maturity, n.region_code, coalesce(n.price_fen, n.budget_max_fen),
                   n.modes, 1)::listing_facet_delta FROM new_rows n WHERE n.status = 'PUBLISHED'));
    RETURN NULL;
END $$;

CREATE FUNCTION listing_facet_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM listing_facet_apply(ARRAY(
        SELECT ROW(n.kind, n.status, n.field, n.maturity, n.region_code, coalesce(n.price_fen, n.budget_max_fen),
                   n.modes, 1)::listing_facet_delta FROM new_rows n WHERE n.status = 'PUBLISHED'
        UNION ALL
        SELECT ROW(o.kind, o.status, o.field, o.maturity, o.region_code, coalesce(o.price_fen, o.budget_max_fen),
                   o.modes, -1)::listing_facet_delta FROM old_rows o WHERE o.status = 'PUBLISHED'));
    RETURN NULL;
END $$;

CREATE FUNCTION listing_facet_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM listing_facet_apply(ARRAY(
        SELECT ROW(o.kind, o.status, o.field, o.maturity, o.region_code, coalesce(o.price_fen, o.budget_max_fen),
                   o.modes, -1)::listing_facet_delta FROM old_rows o WHERE o.status = 'PUBLISHED'));
    RETURN NULL;
END $$;

CREATE FUNCTION listing_facet_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM listing_facet_count;
    UPDATE listing_change SET version = version + 1, changed_at = now();
    RETURN NULL;
END $$;

CREATE TRIGGER listing_facet_insert AFTER INSERT ON listing REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION listing_facet_inserted();
CREATE TRIGGER listing_facet_update AFTER UPDATE ON listing REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION listing_facet_updated();
CREATE TRIGGER listing_facet_delete AFTER DELETE ON listing REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION listing_facet_deleted();
CREATE TRIGGER listing_facet_truncate AFTER TRUNCATE ON listing
    FOR EACH STATEMENT EXECUTE FUNCTION listing_facet_truncated();

-- An organisation's name is on its listings' pages.
CREATE FUNCTION listing_change_organisation_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE listing_change SET version = version + 1, changed_at = now();
    RETURN NULL;
END $$;
CREATE TRIGGER listing_change_organisation_rename AFTER UPDATE OF name ON organisation
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION listing_change_organisation_renamed();

-- A listing's similar listings are on its page; they change when a vector is stored.
CREATE FUNCTION listing_change_vectors_stored() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE listing_change SET version = version + 1, changed_at = now()
     WHERE kind IN (SELECT DISTINCT e.kind FROM stored_rows e);
    RETURN NULL;
END $$;
CREATE TRIGGER listing_change_vectors_insert AFTER INSERT ON listing_embedding REFERENCING NEW TABLE AS stored_rows
    FOR EACH STATEMENT EXECUTE FUNCTION listing_change_vectors_stored();
CREATE TRIGGER listing_change_vectors_update AFTER UPDATE ON listing_embedding REFERENCING NEW TABLE AS stored_rows
    FOR EACH STATEMENT EXECUTE FUNCTION listing_change_vectors_stored();

-- The counts of the listings there are.
SELECT listing_facet_apply(ARRAY(
    SELECT ROW(l.kind, l.status, l.field, l.maturity, l.region_code, coalesce(l.price_fen, l.budget_max_fen),
               l.modes, 1)::listing_facet_delta FROM listing l WHERE l.status = 'PUBLISHED'));

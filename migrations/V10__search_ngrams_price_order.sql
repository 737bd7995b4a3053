-- Characters and character pairs beside the words (药 in 中药材, 锂电 in 锂电池, the
-- organisation's name), as a set without positions: a query part is found by all of its pairs.
-- Filled by the application (its segmenter), for existing rows by a job at start. The set is
-- several times the size of the words and is only read through its GIN index (a query without
-- positions or weights needs no recheck), so it may live out of line (TOAST) and keep the rows
-- that ranking reads small.
ALTER TABLE listing ADD COLUMN ngram_vector tsvector NOT NULL DEFAULT ''::tsvector;
ALTER TABLE listing ALTER COLUMN ngram_vector SET STORAGE EXTENDED;
CREATE INDEX listing_ngram_idx ON listing USING gin (ngram_vector);

-- Sorting by price (a result's price, a need's top budget), negotiable last in both directions.
CREATE INDEX listing_price_asc_idx ON listing (kind, (coalesce(price_fen, budget_max_fen)) ASC NULLS LAST)
    WHERE status = 'PUBLISHED';
CREATE INDEX listing_price_desc_idx ON listing (kind, (coalesce(price_fen, budget_max_fen)) DESC NULLS LAST)
    WHERE status = 'PUBLISHED';

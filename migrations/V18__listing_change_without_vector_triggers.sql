-- A stored vector no longer moves the listing change version: the embedding pass updates its rows
-- before it computes (seconds, a model load on first use), so the version row stayed locked that
-- long and every listing write waited (the expiry job timed out behind it). A listing page's similar
-- listings are validated by the vectors its instance has read instead (ListingPageCaching).
DROP TRIGGER listing_change_vectors_insert ON listing_embedding;
DROP TRIGGER listing_change_vectors_update ON listing_embedding;
DROP FUNCTION listing_change_vectors_stored();

-- Page and API views of each listing per day (the top of the conversion funnel). Each instance counts
-- the views it serves in memory and adds them here every few seconds in one statement
-- (ListingViewCounter): the rows are only ever incremented, so replicas need no lock between them.

CREATE TABLE listing_view_day (
    listing_id bigint NOT NULL REFERENCES listing (id),
    day        date   NOT NULL,
    views      bigint NOT NULL CHECK (views >= 0),
    PRIMARY KEY (listing_id, day)
);
-- The funnel sums a period's views across all listings.
CREATE INDEX listing_view_day_day_idx ON listing_view_day (day);

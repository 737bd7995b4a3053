package org.techmarket.listing;

import java.util.List;

/**
 * The published listings of the same kind closest in meaning to a listing ("相似成果"), for its page.
 * Defined here, implemented by matching (which holds the vectors), so that listing depends on no feature.
 */
public interface SimilarListings {

    /** Closest first; empty while the listing has no vector yet. */
    List<Similar> similarTo(long id, ListingKind kind, int limit);

    /** A time (epoch milliseconds) that moves whenever the answers may, for the validators of the pages showing them. */
    long version();

    record Similar(long id, ListingKind kind, String title, double similarity) {

        public String url() {
            return "/" + kind.path + "/" + id;
        }
    }
}

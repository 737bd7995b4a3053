package org.techmarket.listing;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A published listing as the search index holds it: its structured facts and its words with
 * weighted counts (a word in the title or keywords counts {@value #TITLE_WEIGHT} times, in the
 * summary {@value #SUMMARY_WEIGHT}, in the description once). For matching engines.
 */
public record IndexedListing(long id, ListingKind kind, String title, TechField field, int maturity,
        String regionCode, Long priceFen, Long budgetMinFen, Long budgetMaxFen, OffsetDateTime publishedAt,
        long organisationId, long ownerId, String[] modes, Map<String, Double> termWeights, int length) {

    public static final double TITLE_WEIGHT = 3.0;
    public static final double SUMMARY_WEIGHT = 1.5;
}

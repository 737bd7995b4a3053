package org.techmarket.listing;

/**
 * What a browse or search page shows of one listing, read in one statement with its organisation's
 * name (no entity, no second query): the title, the start of its summary (or description), the facts.
 */
public record ListingCard(long id, ListingKind kind, String title, String excerpt, TechField field, int maturity,
        String regionCode, String organisationName, Long priceFen, Long budgetMaxFen) {

    /** Characters of the summary shown (the query cuts one more, to know whether to add an ellipsis). */
    static final int EXCERPT = 160;
}

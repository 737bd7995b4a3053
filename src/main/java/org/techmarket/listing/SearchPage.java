package org.techmarket.listing;

import java.util.List;

/**
 * One page of hits. {@code total} is exact up to {@link ListingSearch#COUNT_LIMIT}; beyond it
 * {@code totalIsLowerBound} is set, as counting a million matches costs more than it tells.
 */
public record SearchPage(List<Listing> items, long total, boolean totalIsLowerBound, int page, int size) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}

package org.techmarket.listing;

import java.util.Map;
import java.util.Set;

/**
 * The life of a listing: DRAFT → SUBMITTED → PUBLISHED | RETURNED (edit) → SUBMITTED;
 * PUBLISHED → WITHDRAWN by the owner or EXPIRED when its date passes.
 */
public enum ListingStatus {
    DRAFT, SUBMITTED, PUBLISHED, RETURNED, WITHDRAWN, EXPIRED;

    private static final Map<ListingStatus, Set<ListingStatus>> NEXT = Map.of(
            DRAFT, Set.of(SUBMITTED),
            SUBMITTED, Set.of(PUBLISHED, RETURNED),
            RETURNED, Set.of(SUBMITTED),
            PUBLISHED, Set.of(WITHDRAWN, EXPIRED),
            WITHDRAWN, Set.of(),
            EXPIRED, Set.of());

    public boolean canMoveTo(ListingStatus target) {
        return NEXT.get(this).contains(target);
    }

    /** The owner may still change the text. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}

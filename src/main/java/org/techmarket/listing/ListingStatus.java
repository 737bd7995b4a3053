package org.techmarket.listing;

import java.util.Map;
import java.util.Set;
import org.techmarket.common.LabelKeys;

/**
 * The life of a listing: DRAFT → SUBMITTED → PUBLISHED | RETURNED (edit) → SUBMITTED;
 * PUBLISHED → WITHDRAWN by the owner or EXPIRED when its date passes; a withdrawn or expired
 * listing is edited and submitted again. A published one is changed through a {@link ListingRevision}.
 */
@LabelKeys("lstatus")
public enum ListingStatus {
    DRAFT, SUBMITTED, PUBLISHED, RETURNED, WITHDRAWN, EXPIRED;

    private static final Map<ListingStatus, Set<ListingStatus>> NEXT = Map.of(
            DRAFT, Set.of(SUBMITTED),
            SUBMITTED, Set.of(PUBLISHED, RETURNED),
            RETURNED, Set.of(SUBMITTED),
            PUBLISHED, Set.of(WITHDRAWN, EXPIRED),
            WITHDRAWN, Set.of(SUBMITTED),
            EXPIRED, Set.of(SUBMITTED));

    public boolean canMoveTo(ListingStatus target) {
        return NEXT.get(this).contains(target);
    }

    /** The owner may still change the text. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED || this == WITHDRAWN || this == EXPIRED;
    }
}

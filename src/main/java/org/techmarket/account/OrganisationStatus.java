package org.techmarket.account;

import java.util.Map;
import java.util.Set;
import org.techmarket.common.LabelKeys;

/** Verification of an organisation by staff: PENDING → VERIFIED | REJECTED; REJECTED → PENDING after correction. */
@LabelKeys("orgstatus")
public enum OrganisationStatus {
    PENDING, VERIFIED, REJECTED;

    private static final Map<OrganisationStatus, Set<OrganisationStatus>> NEXT = Map.of(
            PENDING, Set.of(VERIFIED, REJECTED),
            REJECTED, Set.of(PENDING),
            VERIFIED, Set.of());

    public boolean canMoveTo(OrganisationStatus target) {
        return NEXT.get(this).contains(target);
    }
}

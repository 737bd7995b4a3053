package org.techmarket.contract;

import java.util.Map;
import java.util.Set;
import org.techmarket.common.LabelKeys;

/** DRAFT → SUBMITTED → REGISTERED | RETURNED (correct, resubmit) | REJECTED (未予登记). */
@LabelKeys("cstatus")
public enum ContractStatus {
    DRAFT, SUBMITTED, REGISTERED, RETURNED, REJECTED;

    private static final Map<ContractStatus, Set<ContractStatus>> NEXT = Map.of(
            DRAFT, Set.of(SUBMITTED),
            RETURNED, Set.of(SUBMITTED),
            SUBMITTED, Set.of(REGISTERED, RETURNED, REJECTED),
            REGISTERED, Set.of(),
            REJECTED, Set.of());

    public boolean canMoveTo(ContractStatus target) {
        return NEXT.get(this).contains(target);
    }

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}

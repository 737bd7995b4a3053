package org.techmarket.voucher;

import java.util.Map;
import java.util.Set;
import org.techmarket.common.LabelKeys;

/**
 * ACTIVE (money available) → EXHAUSTED (all of it redeemed) | EXPIRED (use deadline passed; what was
 * left went to the expired account). Reserved money of an expired voucher is still redeemed or released.
 */
@LabelKeys("voucher")
public enum VoucherStatus {
    ACTIVE, EXHAUSTED, EXPIRED;

    private static final Map<VoucherStatus, Set<VoucherStatus>> NEXT = Map.of(
            ACTIVE, Set.of(EXHAUSTED, EXPIRED),
            EXHAUSTED, Set.of(),
            EXPIRED, Set.of());

    public boolean canMoveTo(VoucherStatus target) {
        return NEXT.get(this).contains(target);
    }
}

package org.techmarket.voucher;

import java.util.Map;
import java.util.Set;
import org.techmarket.common.LabelKeys;

/**
 * OPEN (vouchers may be applied) → DELIVERED (the provider may claim the voucher part) → REDEEMED
 * (paid); an OPEN order may be CANCELLED by the enterprise, which releases what it reserved.
 */
@LabelKeys("order")
public enum OrderStatus {
    OPEN, DELIVERED, REDEEMED, CANCELLED;

    private static final Map<OrderStatus, Set<OrderStatus>> NEXT = Map.of(
            OPEN, Set.of(DELIVERED, CANCELLED),
            DELIVERED, Set.of(REDEEMED),
            REDEEMED, Set.of(),
            CANCELLED, Set.of());

    public boolean canMoveTo(OrderStatus target) {
        return NEXT.get(this).contains(target);
    }
}

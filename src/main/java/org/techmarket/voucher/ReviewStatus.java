package org.techmarket.voucher;

import org.techmarket.common.LabelKeys;

/** What staff decide on: provider registrations, voucher applications, redemptions. SUBMITTED → APPROVED | REJECTED. */
@LabelKeys("review")
public enum ReviewStatus {
    SUBMITTED, APPROVED, REJECTED;

    public boolean canMoveTo(ReviewStatus target) {
        return this == SUBMITTED && target != SUBMITTED;
    }

    public static ReviewStatus decided(boolean approve) {
        return approve ? APPROVED : REJECTED;
    }
}

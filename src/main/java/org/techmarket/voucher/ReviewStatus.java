package org.techmarket.voucher;

/** What staff decide on: provider registrations, voucher applications, redemptions. SUBMITTED → APPROVED | REJECTED. */
public enum ReviewStatus {
    SUBMITTED, APPROVED, REJECTED;

    public boolean canMoveTo(ReviewStatus target) {
        return this == SUBMITTED && target != SUBMITTED;
    }

    public static ReviewStatus decided(boolean approve) {
        return approve ? APPROVED : REJECTED;
    }
}

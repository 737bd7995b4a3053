package org.techmarket.voucher;

import java.time.LocalDate;

/**
 * A voucher is used (money reserved for orders) up to and including its program's use deadline; a
 * delivered order is claimed (redemption submitted) up to and including the redemption deadline;
 * after the use deadline the expiry job moves what is left available to the expired account. The
 * one statement of these days: the reservation, the claim, the expiry job's query ({@link #EXPIRED_JPQL})
 * and the near-deadline flag read them here.
 */
public final class UseDeadlinePolicy {

    /** Programs whose vouchers are past use on day {@code ?2} (JPQL, for the expiry job). */
    static final String EXPIRED_JPQL = "select p.id from VoucherProgram p where p.useDeadline < ?2";

    /** A claim this many days or fewer before the redemption deadline is flagged NEAR_DEADLINE. */
    static final int NEAR_DEADLINE_DAYS = 3;

    private UseDeadlinePolicy() {
    }

    /** Whether voucher money may be reserved for an order on {@code day}. */
    public static boolean usable(LocalDate useDeadline, LocalDate day) {
        return !day.isAfter(useDeadline);
    }

    /** Whether a delivered order may be claimed on {@code day}. */
    public static boolean claimable(LocalDate redemptionDeadline, LocalDate day) {
        return !day.isAfter(redemptionDeadline);
    }

    /** Whether what is left on a voucher expires on {@code day}. */
    public static boolean expired(LocalDate useDeadline, LocalDate day) {
        return day.isAfter(useDeadline);
    }

    /** Whether a claim on {@code day} comes in the last days before the redemption deadline. */
    public static boolean nearDeadline(LocalDate redemptionDeadline, LocalDate day) {
        return claimable(redemptionDeadline, day) && day.isAfter(redemptionDeadline.minusDays(NEAR_DEADLINE_DAYS));
    }
}

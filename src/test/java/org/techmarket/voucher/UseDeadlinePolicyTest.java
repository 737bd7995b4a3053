package org.techmarket.voucher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The days of a voucher: used through the use deadline, claimed through the redemption deadline. */
class UseDeadlinePolicyTest {

    private static final LocalDate USE = LocalDate.of(2026, 12, 31);
    private static final LocalDate REDEEM = LocalDate.of(2027, 3, 31);

    @Test
    void theDeadlineDayItselfStillCounts() {
        assertTrue(UseDeadlinePolicy.usable(USE, USE));
        assertFalse(UseDeadlinePolicy.usable(USE, USE.plusDays(1)));
        assertFalse(UseDeadlinePolicy.expired(USE, USE));
        assertTrue(UseDeadlinePolicy.expired(USE, USE.plusDays(1)));
        assertTrue(UseDeadlinePolicy.claimable(REDEEM, REDEEM));
        assertFalse(UseDeadlinePolicy.claimable(REDEEM, REDEEM.plusDays(1)));
    }

    @Test
    void onlyTheLastDaysBeforeTheRedemptionDeadlineAreNear() {
        assertFalse(UseDeadlinePolicy.nearDeadline(REDEEM, REDEEM.minusDays(UseDeadlinePolicy.NEAR_DEADLINE_DAYS)));
        assertTrue(UseDeadlinePolicy.nearDeadline(REDEEM, REDEEM.minusDays(UseDeadlinePolicy.NEAR_DEADLINE_DAYS - 1)));
        assertTrue(UseDeadlinePolicy.nearDeadline(REDEEM, REDEEM));
        assertFalse(UseDeadlinePolicy.nearDeadline(REDEEM, REDEEM.plusDays(1)));
    }
}

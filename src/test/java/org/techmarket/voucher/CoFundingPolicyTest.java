package org.techmarket.voucher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** 共担比例 in Java (the SQL form is compared with it in {@link VoucherLedgerTest}). */
class CoFundingPolicyTest {

    @Test
    void aVoucherPaysAtMostTheShareRoundedDownToTheFen() {
        assertEquals(5_000_00L, CoFundingPolicy.maxVoucherFen(10_000_00L, 50));
        assertEquals(33L, CoFundingPolicy.maxVoucherFen(101L, 33)); // 33.33 fen → 33
        assertEquals(10_000_00L, CoFundingPolicy.maxVoucherFen(10_000_00L, 100));
        assertThrows(IllegalArgumentException.class, () -> CoFundingPolicy.maxVoucherFen(100, 0));
        assertThrows(IllegalArgumentException.class, () -> CoFundingPolicy.maxVoucherFen(100, 101));
    }

    @Test
    void theRoomShrinksWithWhatTheOrderCarries() {
        assertEquals(2_000_00L, CoFundingPolicy.room(10_000_00L, 50, 3_000_00L));
        assertEquals(0L, CoFundingPolicy.room(10_000_00L, 50, 6_000_00L));
        assertTrue(CoFundingPolicy.allows(10_000_00L, 50, 3_000_00L, 2_000_00L));
        assertFalse(CoFundingPolicy.allows(10_000_00L, 50, 3_000_00L, 2_000_01L));
        assertFalse(CoFundingPolicy.allows(10_000_00L, 50, 0, 0));
    }

    @Test
    void theRefusalSaysHowMuchIsLeftAndTheShare() {
        String refusal = CoFundingPolicy.refusal(10_000_00L, 40, 1_000_00L);
        assertTrue(refusal.contains("300000") && refusal.contains("40%"), refusal);
    }
}

package org.techmarket.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ranking rule: weighted mean on the scale, scaled to 100; mean and spread over complete reviews. */
class RankingTest {

    @Test
    void shouldScaleAWeightedMeanTo100() {
        long sum = Ranking.weightedSum(Map.of(1L, 8, 2L, 4), Map.of(1L, 3, 2L, 1));
        assertEquals(28, sum);
        assertEquals(new BigDecimal("70.00"), Ranking.reviewerScore(sum, 4, 10));
        assertEquals(new BigDecimal("33.33"), Ranking.reviewerScore(1, 3, 1));
    }

    @Test
    void shouldTakeTheMeanAndSpreadOfCompleteReviewsOnly() {
        var scores = Arrays.asList(new BigDecimal("70.00"), null, new BigDecimal("62.50"));
        assertEquals(new BigDecimal("66.25"), Ranking.mean(scores));
        assertEquals(new BigDecimal("7.50"), Ranking.spread(scores));
        assertNull(Ranking.mean(Arrays.asList((BigDecimal) null)));
    }

    @Test
    void shouldFlagASpreadAboveTwentyPoints() {
        assertFalse(Ranking.isFlagged(new BigDecimal("20.00")));
        assertTrue(Ranking.isFlagged(new BigDecimal("20.01")));
        assertFalse(Ranking.isFlagged(null));
    }
}

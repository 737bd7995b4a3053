package org.techmarket.challenge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ranking rule of a challenge review: a reviewer's score of a submission is the weighted mean of their
 * criterion scores on the challenge's scale, scaled to 100 (Σ score×weight / Σ weight / max × 100); a
 * submission's score is the mean over the reviewers whose review is complete; the spread (max − min) tells
 * how far the reviewers disagree, and one above {@link #SPREAD_FLAG} points is flagged for staff to look at.
 */
public final class Ranking {

    /** Points (of 100) between the highest and the lowest reviewer above which staff are asked to look again. */
    public static final BigDecimal SPREAD_FLAG = BigDecimal.valueOf(20);

    private Ranking() {
    }

    /** One reviewer's score on 0..100, two decimals: {@code weightedSum} is Σ score×weight over every criterion. */
    public static BigDecimal reviewerScore(long weightedSum, long totalWeight, int scoreMax) {
        if (totalWeight <= 0 || scoreMax <= 0) {
            throw new IllegalArgumentException("weights and scale must be positive");
        }
        return BigDecimal.valueOf(weightedSum).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(totalWeight * scoreMax), 2, RoundingMode.HALF_UP);
    }

    /** Σ score×weight of one reviewer's scores (criterion id → score) with the criteria's weights. */
    public static long weightedSum(Map<Long, Integer> scores, Map<Long, Integer> weights) {
        long sum = 0;
        for (var e : scores.entrySet()) {
            sum += (long) e.getValue() * weights.getOrDefault(e.getKey(), 0);
        }
        return sum;
    }

    /** The mean of the complete reviews, two decimals; null when there is none yet. */
    public static BigDecimal mean(Collection<BigDecimal> scores) {
        List<BigDecimal> present = scores.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return null;
        }
        return present.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(present.size()), 2, RoundingMode.HALF_UP);
    }

    /** Highest minus lowest complete review; zero with one review, null with none. */
    public static BigDecimal spread(Collection<BigDecimal> scores) {
        List<BigDecimal> present = scores.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return null;
        }
        BigDecimal max = present.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal min = present.stream().min(BigDecimal::compareTo).orElseThrow();
        return max.subtract(min);
    }

    public static boolean isFlagged(BigDecimal spread) {
        return spread != null && spread.compareTo(SPREAD_FLAG) > 0;
    }
}

package org.techmarket.matching;

import java.util.List;
import org.techmarket.common.LabelKeys;

/**
 * Why a result and a need match, in the terms a broker uses: the words they share, the field,
 * whether the result is mature enough, whether its price fits the budget, where both are, and how
 * fresh the listing is. Each part also carries its share of the score.
 */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
public record MatchExplanation(List<String> sharedTerms, double textScore, double wordScore, Double similarity,
        boolean sameField,
        MaturityFit maturityFit, int resultMaturity, int requiredMaturity, BudgetFit budgetFit, RegionFit regionFit,
        long ageDays) {

    /** How close the meanings are, in words a broker uses (null: one of the two has no vector yet). */
    @com.fasterxml.jackson.annotation.JsonProperty("closeness")
    public Closeness closeness() {
        if (similarity == null) {
            return null;
        }
        return similarity >= MatchScorer.CLOSE ? Closeness.CLOSE
                : similarity >= MatchScorer.RELATED ? Closeness.RELATED : Closeness.DISTANT;
    }

    @LabelKeys("closeness")
    public enum Closeness { CLOSE, RELATED, DISTANT }

    @LabelKeys("fit_maturity")
    public enum MaturityFit { MEETS, ONE_BELOW, BELOW }

    @LabelKeys("fit_budget")
    public enum BudgetFit { WITHIN, NEGOTIABLE, NO_BUDGET, ABOVE }

    @LabelKeys("fit_region")
    public enum RegionFit { SAME_PREFECTURE, SAME_PROVINCE, OTHER }
}

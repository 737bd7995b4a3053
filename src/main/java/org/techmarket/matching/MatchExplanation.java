package org.techmarket.matching;

import java.util.List;
import org.techmarket.common.LabelKeys;

/**
 * Why a result and a need match, in the terms a broker uses: the words they share, the field,
 * whether the result is mature enough, whether its price fits the budget, where both are, and how
 * fresh the listing is. Each part also carries its share of the score.
 */
public record MatchExplanation(List<String> sharedTerms, double textScore, boolean sameField, MaturityFit maturityFit,
        int resultMaturity, int requiredMaturity, BudgetFit budgetFit, RegionFit regionFit, long ageDays) {

    @LabelKeys("fit_maturity")
    public enum MaturityFit { MEETS, ONE_BELOW, BELOW }

    @LabelKeys("fit_budget")
    public enum BudgetFit { WITHIN, NEGOTIABLE, NO_BUDGET, ABOVE }

    @LabelKeys("fit_region")
    public enum RegionFit { SAME_PREFECTURE, SAME_PROVINCE, OTHER }
}

package org.techmarket.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmarket.listing.IndexedListing;
import org.techmarket.listing.ListingKind;
import org.techmarket.listing.TechField;
import org.techmarket.listing.TermStatistics;

class MatchScorerTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-28T10:00:00Z");
    private static final TermStatistics STATS = new TermStatistics(ListingKind.RESULT, 1000, 40,
            Map.of("纳滤膜", 3, "废水", 40, "材料", 300, "技术", 600));

    private static IndexedListing need() {
        return new IndexedListing(1, ListingKind.NEED, "高盐废水纳滤膜处理", TechField.RESOURCES_ENVIRONMENT, 6, "620104",
                null, 1_000_000_00L, 5_000_000_00L, NOW, 10, 100, new String[] {"JOINT_DEVELOPMENT"},
                Map.of("纳滤膜", 6.0, "废水", 4.0, "技术", 1.0), 3);
    }

    private static IndexedListing result(long id, Map<String, Double> words, TechField field, int trl, Long price,
            String region) {
        return new IndexedListing(id, ListingKind.RESULT, "r" + id, field, trl, region, price, null, null,
                NOW.minusDays(30), 20 + id, 200 + id, new String[] {"LICENSE"}, words, words.size() * 10);
    }

    @Test
    void shouldRankAClearlyRelevantResultAboveAWeakOneAndNameTheSharedTerms() {
        IndexedListing strong = result(2, Map.of("纳滤膜", 6.0, "废水", 2.0, "材料", 1.0),
                TechField.RESOURCES_ENVIRONMENT, 7, 3_000_000_00L, "620102");
        IndexedListing weak = result(3, Map.of("技术", 3.0, "材料", 2.0), TechField.NEW_MATERIALS, 4, null, "110105");
        Map<String, Double> query = MatchingEngine.queryTerms(need(), STATS);

        List<Match> ranked = MatchScorer.rank(need(), List.of(weak, strong), query, STATS, Map.of(), 10, NOW);

        assertEquals(2L, ranked.get(0).resultId());
        assertTrue(ranked.get(0).score() > ranked.get(1).score() + 0.3);
        MatchExplanation why = ranked.get(0).explanation();
        assertEquals("纳滤膜", why.sharedTerms().get(0), "the rarest shared word explains most");
        assertTrue(why.sharedTerms().contains("废水"));
        assertTrue(why.sameField());
        assertEquals(MatchExplanation.MaturityFit.MEETS, why.maturityFit());
        assertEquals(MatchExplanation.BudgetFit.WITHIN, why.budgetFit());
        assertEquals(MatchExplanation.RegionFit.SAME_PREFECTURE, why.regionFit());
        MatchExplanation weakWhy = ranked.get(1).explanation();
        assertEquals(MatchExplanation.MaturityFit.BELOW, weakWhy.maturityFit());
        assertEquals(MatchExplanation.RegionFit.OTHER, weakWhy.regionFit());
    }

    @Test
    void shouldPreferAResultWithinBudgetWhenTheTextTies() {
        Map<String, Double> words = Map.of("纳滤膜", 6.0, "废水", 2.0);
        IndexedListing cheap = result(4, words, TechField.RESOURCES_ENVIRONMENT, 6, 1_000_000_00L, "620104");
        IndexedListing dear = result(5, words, TechField.RESOURCES_ENVIRONMENT, 6, 90_000_000_00L, "620104");
        List<Match> ranked = MatchScorer.rank(need(), List.of(dear, cheap),
                MatchingEngine.queryTerms(need(), STATS), STATS, Map.of(), 10, NOW);
        assertEquals(4L, ranked.get(0).resultId());
        assertEquals(MatchExplanation.BudgetFit.ABOVE, ranked.get(1).explanation().budgetFit());
    }

    @Test
    void shouldScoreWithinZeroAndOne() {
        IndexedListing r = result(6, Map.of("纳滤膜", 6.0, "废水", 6.0), TechField.RESOURCES_ENVIRONMENT, 9, 1L, "620104");
        Match m = MatchScorer.rank(need(), List.of(r), MatchingEngine.queryTerms(need(), STATS), STATS,
                Map.of(6L, 0.95), 1, NOW).get(0);
        assertTrue(m.score() > 0.8 && m.score() <= 1.0, "score " + m.score());
    }

    @Test
    void shouldGiveAMatchTheSameScoreWhateverTheOtherCandidates() {
        // The score of a weak match must not rise because nothing better is around (it was divided by the best).
        IndexedListing weak = result(7, Map.of("技术", 3.0, "废水", 1.0), TechField.NEW_MATERIALS, 4, null, "110105");
        IndexedListing strong = result(8, Map.of("纳滤膜", 6.0, "废水", 4.0), TechField.RESOURCES_ENVIRONMENT, 7, null,
                "620104");
        Map<String, Double> query = MatchingEngine.queryTerms(need(), STATS);
        double alone = MatchScorer.rank(need(), List.of(weak), query, STATS, Map.of(7L, 0.3), 5, NOW).get(0).score();
        List<Match> both = MatchScorer.rank(need(), List.of(weak, strong), query, STATS, Map.of(7L, 0.3, 8L, 0.8), 5, NOW);
        assertEquals(alone, both.get(1).score());
        assertTrue(alone < 0.45, "a weak match stays weak alone: " + alone);
    }

    @Test
    void shouldRankARelatedMeaningWithoutSharedWordsAboveAnUnrelatedListingSharingOnlyAGenericWord() {
        // 马铃薯脱毒种薯繁育 and 种薯快繁 share no indexed word here; 5G射频芯片 shares only 技术.
        IndexedListing related = result(9, Map.of("种薯", 6.0, "快繁", 3.0), TechField.RESOURCES_ENVIRONMENT, 6, null,
                "620104");
        IndexedListing unrelated = result(10, Map.of("技术", 6.0, "5g", 6.0), TechField.RESOURCES_ENVIRONMENT, 6, null,
                "620104");
        Map<String, Double> query = MatchingEngine.queryTerms(need(), STATS);
        List<Match> ranked = MatchScorer.rank(need(), List.of(unrelated, related), query, STATS,
                Map.of(9L, 0.77, 10L, 0.31), 5, NOW);
        assertEquals(9L, ranked.get(0).resultId());
        assertEquals(MatchExplanation.Closeness.CLOSE, ranked.get(0).explanation().closeness());
        assertEquals(MatchExplanation.Closeness.DISTANT, ranked.get(1).explanation().closeness());
        assertTrue(ranked.get(1).explanation().sharedTerms().isEmpty(), "技术 is never shown as shared");
    }

    @Test
    void shouldTellOnlyMatchesWithCloseMeaningAndEvidence() {
        Map<String, Double> query = MatchingEngine.queryTerms(need(), STATS);
        IndexedListing r = result(11, Map.of("纳滤膜", 6.0, "废水", 6.0), TechField.RESOURCES_ENVIRONMENT, 9, 1L, "620104");
        Match close = MatchScorer.rank(need(), List.of(r), query, STATS, Map.of(11L, 0.85), 1, NOW).get(0);
        Match noVector = MatchScorer.rank(need(), List.of(r), query, STATS, Map.of(), 1, NOW).get(0);
        Match distant = MatchScorer.rank(need(), List.of(r), query, STATS, Map.of(11L, 0.45), 1, NOW).get(0);
        assertTrue(MatchingService.worthTelling(close), "score " + close.score());
        assertTrue(!MatchingService.worthTelling(noVector), "words alone are not evidence enough");
        assertTrue(!MatchingService.worthTelling(distant), "score " + distant.score());
    }
}

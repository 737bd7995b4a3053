package org.techmarket.matching;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.techmarket.listing.IndexedListing;
import org.techmarket.listing.TermStatistics;

/**
 * The matching policy: BM25 over the segmented words (title and keywords weigh three times,
 * the summary one and a half), then structured features. The weights are named here so that a
 * broker can read why one match ranks above another.
 */
public final class MatchScorer {

    static final double TEXT = 0.60;
    static final double FIELD = 0.12;
    static final double MATURITY = 0.10;
    static final double BUDGET = 0.08;
    static final double REGION = 0.05;
    static final double FRESHNESS = 0.05;
    static final double K1 = 1.2;
    static final double B = 0.75;
    static final int SHARED_TERMS_SHOWN = 6;
    private static final long FRESH_DAYS = 365;

    private MatchScorer() {
    }

    /** BM25 of a document for weighted query terms; also the contribution of each shared term. */
    static double bm25(Map<String, Double> query, IndexedListing doc, TermStatistics stats, List<TermShare> shares) {
        double score = 0;
        double norm = K1 * (1 - B + B * doc.length() / stats.averageLength());
        for (Map.Entry<String, Double> q : query.entrySet()) {
            Double tf = doc.termWeights().get(q.getKey());
            if (tf == null) {
                continue;
            }
            double part = q.getValue() * stats.idf(q.getKey()) * tf * (K1 + 1) / (tf + norm);
            score += part;
            if (shares != null) {
                shares.add(new TermShare(q.getKey(), part));
            }
        }
        return score;
    }

    record TermShare(String term, double part) {
    }

    /**
     * Scores the candidates of one listing (a need's results, or a result's needs): the text part
     * is BM25 divided by the best BM25 among the candidates, so that every part lies in 0..1.
     */
    static List<Match> rank(IndexedListing subject, List<IndexedListing> candidates, Map<String, Double> query,
            TermStatistics stats, int limit, OffsetDateTime now) {
        double[] bm = new double[candidates.size()];
        List<List<TermShare>> shares = new ArrayList<>();
        double best = 0;
        for (int i = 0; i < candidates.size(); i++) {
            List<TermShare> s = new ArrayList<>();
            bm[i] = bm25(query, candidates.get(i), stats, s);
            shares.add(s);
            best = Math.max(best, bm[i]);
        }
        boolean subjectIsNeed = subject.kind() == org.techmarket.listing.ListingKind.NEED;
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            IndexedListing other = candidates.get(i);
            double text = best == 0 ? 0 : bm[i] / best;
            matches.add(subjectIsNeed ? combine(subject, other, text, shares.get(i), now)
                    : combine(other, subject, text, shares.get(i), now));
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed()
                .thenComparingLong(m -> subjectIsNeed ? m.resultId() : m.needId()));
        return matches.size() > limit ? new ArrayList<>(matches.subList(0, limit)) : matches;
    }

    /** The whole score of one pair, given the text part in 0..1 and the shared words behind it. */
    static Match combine(IndexedListing need, IndexedListing result, double text, List<TermShare> shares,
            OffsetDateTime now) {
        boolean sameField = need.field() == result.field();
        MatchExplanation.MaturityFit maturityFit = result.maturity() >= need.maturity()
                ? MatchExplanation.MaturityFit.MEETS
                : result.maturity() == need.maturity() - 1 ? MatchExplanation.MaturityFit.ONE_BELOW
                : MatchExplanation.MaturityFit.BELOW;
        MatchExplanation.BudgetFit budgetFit = budgetFit(need, result);
        MatchExplanation.RegionFit regionFit = regionFit(need.regionCode(), result.regionCode());
        OffsetDateTime published = result.publishedAt() == null ? now : result.publishedAt();
        long ageDays = Math.max(0, Duration.between(published, now).toDays());

        double score = TEXT * text
                + FIELD * (sameField ? 1 : 0)
                + MATURITY * switch (maturityFit) {
                    case MEETS -> 1.0;
                    case ONE_BELOW -> 0.5;
                    case BELOW -> 0.0;
                }
                + BUDGET * switch (budgetFit) {
                    case WITHIN -> 1.0;
                    case NEGOTIABLE, NO_BUDGET -> 0.6;
                    case ABOVE -> 0.0;
                }
                + REGION * switch (regionFit) {
                    case SAME_PREFECTURE -> 1.0;
                    case SAME_PROVINCE -> 0.7;
                    case OTHER -> 0.2;
                }
                + FRESHNESS * Math.max(0, 1 - (double) ageDays / FRESH_DAYS);
        // Words first; lone characters (the pieces of 纳滤膜 that HanLP does not know) only when nothing else is
        // shared; generic words (技术, 寻求 …) never.
        List<String> ordered = shares.stream().sorted(Comparator.comparingDouble(TermShare::part).reversed())
                .map(TermShare::term).toList();
        List<String> words = ordered.stream().filter(t -> !MatchingEngine.isSingleCharacter(t) && !GenericWords.contains(t))
                .toList();
        List<String> shared = (words.isEmpty() ? ordered.stream().filter(t -> !GenericWords.contains(t)).toList() : words)
                .stream().limit(SHARED_TERMS_SHOWN).toList();
        return new Match(need.id(), result.id(), Math.round(score * 1000) / 1000.0,
                new MatchExplanation(shared, Math.round(text * 1000) / 1000.0, sameField, maturityFit,
                        result.maturity(), need.maturity(), budgetFit, regionFit, ageDays));
    }

    static MatchExplanation.BudgetFit budgetFit(IndexedListing need, IndexedListing result) {
        if (result.priceFen() == null) {
            return MatchExplanation.BudgetFit.NEGOTIABLE;
        }
        if (need.budgetMaxFen() == null) {
            return MatchExplanation.BudgetFit.NO_BUDGET;
        }
        return result.priceFen() <= need.budgetMaxFen() ? MatchExplanation.BudgetFit.WITHIN
                : MatchExplanation.BudgetFit.ABOVE;
    }

    static MatchExplanation.RegionFit regionFit(String a, String b) {
        if (a == null || b == null) {
            return MatchExplanation.RegionFit.OTHER;
        }
        if (a.substring(0, 4).equals(b.substring(0, 4))) {
            return MatchExplanation.RegionFit.SAME_PREFECTURE;
        }
        return a.substring(0, 2).equals(b.substring(0, 2)) ? MatchExplanation.RegionFit.SAME_PROVINCE
                : MatchExplanation.RegionFit.OTHER;
    }
}

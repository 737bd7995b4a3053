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
 * The matching policy: how close the texts are — in meaning (the embeddings' cosine similarity) and
 * in words (BM25 over the segmented words: title and keywords weigh three times, the summary one and
 * a half) — then structured features. Every part is absolute: a score means the same for every
 * listing, whatever its other candidates. The weights are named here so that a broker can read why
 * one match ranks above another.
 */
public final class MatchScorer {

    /** The score is text × (TEXT + the facts below): the facts move a match by at most 40 %. */
    static final double TEXT = 0.60;
    static final double FIELD = 0.12;
    static final double MATURITY = 0.10;
    static final double BUDGET = 0.08;
    static final double REGION = 0.05;
    static final double FRESHNESS = 0.05;
    /**
     * Of the text part: the share of meaning (the rest is words), when both listings have a vector. Fitted on
     * the dev split (deploy/bench/README.md, quality), from 0 to 1 in steps: 0.3 is the share at which the
     * engine beats plain BM25 in finding the need's source paper (MRR@10) in all three need styles, and in
     * same-discipline precision by far; more meaning (0.5) ranks related papers a little better (P@10 +0.015)
     * but the source paper a little lower; meaning alone (1.0) loses known items, words alone (0) related ones.
     */
    static final double MEANING = 0.3;
    /**
     * Cosine similarities measured on the dev split (300 papers, bge-small-zh; deploy/bench/README.md): a
     * need and a paper of another discipline p50 0.30–0.37, p99 0.47–0.52; of the same discipline p50
     * 0.41–0.46, p99 0.61; a need and the paper it was written from p10 0.50–0.61, p50 0.62–0.70.
     * Below the floor counts as unrelated (0), the ceiling and above as about the same thing (1).
     */
    static final double SIMILARITY_FLOOR = 0.40;
    static final double SIMILARITY_CEILING = 0.80;
    /** From here the meanings are close (内容相近): above 99 % of same-discipline pairs; a strong match needs it. */
    static final double CLOSE = 0.60;
    /** From here related (内容相关): above 90 % of pairs from different disciplines. */
    static final double RELATED = 0.48;
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
     * The BM25 of a listing holding every query word once in its title, at average length: the words'
     * part of a candidate is its BM25 divided by this (capped at 1), which depends on the query only.
     */
    static double idealBm25(Map<String, Double> query, TermStatistics stats) {
        double tf = org.techmarket.listing.IndexedListing.TITLE_WEIGHT;
        double ideal = 0;
        for (Map.Entry<String, Double> q : query.entrySet()) {
            ideal += q.getValue() * stats.idf(q.getKey()) * tf * (K1 + 1) / (tf + K1);
        }
        return ideal;
    }

    /** Cosine similarity on the scale from unrelated (0) to about the same thing (1). */
    static double meaning(double similarity) {
        return Math.max(0, Math.min(1, (similarity - SIMILARITY_FLOOR) / (SIMILARITY_CEILING - SIMILARITY_FLOOR)));
    }

    /**
     * Scores the candidates of one listing (a need's results, or a result's needs) and keeps the best.
     * {@code similarity} holds the cosine similarity of each candidate that has a vector (when the subject
     * has one); without it the text part is the words' part alone.
     */
    static List<Match> rank(IndexedListing subject, List<IndexedListing> candidates, Map<String, Double> query,
            TermStatistics stats, Map<Long, Double> similarity, int limit, OffsetDateTime now) {
        double ideal = idealBm25(query, stats);
        boolean subjectIsNeed = subject.kind() == org.techmarket.listing.ListingKind.NEED;
        List<Match> matches = new ArrayList<>();
        for (IndexedListing other : candidates) {
            List<TermShare> shares = new ArrayList<>();
            double words = ideal == 0 ? 0 : Math.min(1, bm25(query, other, stats, shares) / ideal);
            Double cosine = similarity.get(other.id());
            Double sim = cosine == null || cosine.isNaN() ? null : cosine;
            double text = sim == null ? words : MEANING * meaning(sim) + (1 - MEANING) * words;
            matches.add(subjectIsNeed ? combine(subject, other, text, words, sim, shares, now)
                    : combine(other, subject, text, words, sim, shares, now));
        }
        // Sorted by the exact score (rounded scores tie often, and a tie broken by id would let the order of
        // insertion decide), then rounded for showing.
        matches.sort(Comparator.comparingDouble(Match::score).reversed()
                .thenComparingLong(m -> subjectIsNeed ? m.resultId() : m.needId()));
        return matches.stream().limit(limit)
                .map(m -> new Match(m.needId(), m.resultId(), Math.round(m.score() * 1000) / 1000.0, m.explanation()))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    /** The whole score of one pair, given the text part in 0..1 (and its words' part), the similarity and the shared words. */
    static Match combine(IndexedListing need, IndexedListing result, double text, double wordPart, Double similarity,
            List<TermShare> shares, OffsetDateTime now) {
        boolean sameField = need.field() == result.field();
        MatchExplanation.MaturityFit maturityFit = result.maturity() >= need.maturity()
                ? MatchExplanation.MaturityFit.MEETS
                : result.maturity() == need.maturity() - 1 ? MatchExplanation.MaturityFit.ONE_BELOW
                : MatchExplanation.MaturityFit.BELOW;
        MatchExplanation.BudgetFit budgetFit = budgetFit(need, result);
        MatchExplanation.RegionFit regionFit = regionFit(need.regionCode(), result.regionCode());
        OffsetDateTime published = result.publishedAt() == null ? now : result.publishedAt();
        long ageDays = Math.max(0, Duration.between(published, now).toDays());

        double structure = FIELD * (sameField ? 1 : 0)
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
        // The text decides whether the two are about the same thing; the facts adjust, they never make a match:
        // an unrelated result in the same city, field and budget scores low.
        double score = text * (TEXT + structure);
        // Words first; lone characters (the pieces of 纳滤膜 that HanLP does not know) only when nothing else is
        // shared and there are several (one alone, 多 or 新, says nothing); generic words (技术, 寻求 …) never.
        List<String> ordered = shares.stream().sorted(Comparator.comparingDouble(TermShare::part).reversed())
                .map(TermShare::term).toList();
        List<String> words = ordered.stream().filter(t -> !MatchingEngine.isSingleCharacter(t) && !GenericWords.contains(t)
                && !t.chars().allMatch(Character::isDigit)).toList();
        List<String> pieces = ordered.stream().filter(t -> !GenericWords.contains(t)).toList();
        List<String> shared = (!words.isEmpty() ? words : pieces.size() > 1 ? pieces : List.<String>of())
                .stream().limit(SHARED_TERMS_SHOWN).toList();
        return new Match(need.id(), result.id(), score,
                new MatchExplanation(shared, Math.round(text * 1000) / 1000.0, Math.round(wordPart * 1000) / 1000.0,
                        similarity == null ? null : Math.round(similarity * 1000) / 1000.0, sameField, maturityFit,
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

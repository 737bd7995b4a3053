package org.techmarket.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.techmarket.listing.IndexedListing;
import org.techmarket.listing.ListingKind;
import org.techmarket.listing.ListingService;
import org.techmarket.listing.TermStatistics;

/**
 * Ranks the other side of the market for one published listing. Candidates come from both sides:
 * the search index (every listing sharing the listing's most telling words, ranked) and the vector
 * index (the listings closest in meaning); {@link MatchScorer} then scores the union in Java with a
 * score that means the same for every listing.
 */
@ApplicationScoped
public class MatchingEngine {

    /** Candidates drawn from the index per listing; the re-ranking reads each one's words. */
    static final int CANDIDATES = 50;
    /** The words of a listing that score candidates: the most telling ones (weight by place × rarity). */
    static final int QUERY_WORDS = 24;
    /** Of those, the ones sent to the index to draw candidates. */
    static final int CANDIDATE_WORDS = 8;
    /**
     * The most listings the words drawing candidates may match together: all of them are ranked, so
     * that the best match never depends on when it was stored. A word found in more listings than
     * this draws none (the vectors and the other words find its listings), unless it is all there is.
     */
    static final int CANDIDATE_BUDGET = 2_500;
    /** Candidates drawn by meaning (the nearest vectors). */
    static final int NEIGHBOURS = 50;

    @Inject
    ListingService listings;

    @Inject
    ListingVectors vectors;

    public List<Match> rank(IndexedListing subject, int limit) {
        return rank(subject, limit, Mode.BOTH);
    }

    /** Which candidates and evidence a ranking uses: both (the product), or one alone (quality evaluation). */
    public enum Mode {
        BOTH, WORDS, MEANING;

        /** The {@code evidence} query parameter: BOTH when absent, a 400 naming it when unknown. */
        static Mode parse(String evidence) {
            return evidence == null ? BOTH
                    : org.techmarket.common.InvalidInputException.parseEnum(Mode.class, "evidence", evidence);
        }
    }

    public List<Match> rank(IndexedListing subject, int limit, Mode mode) {
        ListingKind other = subject.kind() == ListingKind.NEED ? ListingKind.RESULT : ListingKind.NEED;
        TermStatistics stats = listings.statistics(other);
        Map<String, Double> query = queryTerms(subject, stats);
        float[] meaning = mode == Mode.WORDS ? null : vectors.vector(subject.id(), subject.kind());
        Set<Long> ids = new LinkedHashSet<>();
        if (mode != Mode.MEANING && !query.isEmpty()) {
            ids.addAll(listings.candidates(other, probeWords(query.keySet(), stats), CANDIDATES));
        }
        vectors.nearest(other, meaning, NEIGHBOURS, subject.id()).forEach(n -> ids.add(n.id()));
        if (ids.isEmpty()) {
            return List.of();
        }
        List<IndexedListing> candidates = listings.indexed(List.copyOf(ids), query.keySet()).stream()
                .filter(c -> c.organisationId() != subject.organisationId()).toList();
        Map<Long, Double> similarity = new HashMap<>();
        if (meaning != null) {
            candidates.forEach(c -> similarity.put(c.id(), vectors.similarity(meaning, c.id(), other)));
        }
        if (mode == Mode.MEANING) {
            // The vectors alone: by similarity, nothing else (the evaluation's third system).
            List<Match> all = MatchScorer.rank(subject, candidates, Map.of(), stats, similarity, candidates.size(),
                    OffsetDateTime.now());
            return all.stream().filter(m -> m.explanation().similarity() != null)
                    .sorted(Comparator.comparingDouble((Match m) -> similarity.get(subject.kind() == ListingKind.NEED
                            ? m.resultId() : m.needId())).reversed())
                    .limit(limit).toList();
        }
        return MatchScorer.rank(subject, candidates, query, stats, similarity, limit, OffsetDateTime.now());
    }

    /**
     * The words that draw candidates: the most telling ones whose listings are few enough to rank them
     * all ({@value #CANDIDATE_BUDGET} together), never a generic word (寻求, 团队 and 希望 are rare in papers,
     * so by their rarity alone a need's wording took the candidate slots from its subject). When every
     * telling word is too frequent, the rarest one alone (the index samples its listings at random).
     */
    static Set<String> probeWords(Set<String> telling, TermStatistics stats) {
        Set<String> probe = new LinkedHashSet<>();
        long total = 0;
        String rarest = null;
        for (String term : telling) {
            if (GenericWords.contains(term)) {
                continue;
            }
            int df = stats.df().getOrDefault(term, 0);
            if (rarest == null || df < stats.df().getOrDefault(rarest, 0)) {
                rarest = term;
            }
            if (probe.size() < CANDIDATE_WORDS && total + df <= CANDIDATE_BUDGET) {
                probe.add(term);
                total += df;
            }
        }
        if (probe.isEmpty() && rarest != null) {
            probe.add(rarest);
        }
        if (probe.isEmpty()) {
            telling.stream().findFirst().ifPresent(probe::add);
        }
        return probe;
    }

    /**
     * The query of a listing: each word weighted by where it stands in the listing (title and
     * keywords most) and kept if it tells something (its inverse document frequency); most telling first.
     */
    static Map<String, Double> queryTerms(IndexedListing subject, TermStatistics stats) {
        Map<String, Double> weighted = new HashMap<>();
        subject.termWeights().forEach((term, weight) -> weighted.put(term, Math.min(weight, 6.0) * stats.idf(term)
                * termFactor(term)));
        Set<String> kept = weighted.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(QUERY_WORDS).map(Map.Entry::getKey).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, Double> query = new java.util.LinkedHashMap<>();
        for (String term : kept) {
            // The query weight is where the word stands (not its idf, which BM25 applies again).
            query.put(term, Math.min(subject.termWeights().get(term), 6.0) / 3.0 * termFactor(term));
        }
        return query;
    }

    /** A lone character counts half, a generic word a tenth ({@link GenericWords}). */
    static double termFactor(String term) {
        return GenericWords.contains(term) ? GenericWords.WEIGHT : isSingleCharacter(term) ? 0.5 : 1.0;
    }

    /** A lone Chinese character (纳, 膜) says less than a word; it counts half. */
    static boolean isSingleCharacter(String term) {
        return term.codePointCount(0, term.length()) == 1 && Character.isIdeographic(term.codePointAt(0));
    }
}

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
 * Ranks the other side of the market for one published listing: candidates come from the search
 * index (any of the listing's most telling words), then {@link MatchScorer} re-ranks them in Java.
 */
@ApplicationScoped
public class MatchingEngine {

    /** Candidates drawn from the index per listing; the re-ranking reads each one's words. */
    static final int CANDIDATES = 100;
    /** The words of a listing that score candidates: the most telling ones (weight by place × rarity). */
    static final int QUERY_WORDS = 24;
    /** Of those, the ones sent to the index to draw candidates. */
    static final int CANDIDATE_WORDS = 8;

    @Inject
    ListingService listings;

    public List<Match> rank(IndexedListing subject, int limit) {
        ListingKind other = subject.kind() == ListingKind.NEED ? ListingKind.RESULT : ListingKind.NEED;
        TermStatistics stats = listings.statistics(other);
        Map<String, Double> query = queryTerms(subject, stats);
        if (query.isEmpty()) {
            return List.of();
        }
        Set<String> probe = probeWords(query.keySet());
        List<Long> ids = listings.candidates(other, probe, CANDIDATES);
        List<IndexedListing> candidates = listings.indexed(ids, query.keySet()).stream()
                .filter(c -> c.organisationId() != subject.organisationId()).toList();
        return MatchScorer.rank(subject, candidates, query, stats, limit, OffsetDateTime.now());
    }

    /**
     * The words that draw candidates: the most telling ones, never a generic word (寻求, 团队 and 希望 are rare
     * in papers, so by their rarity alone a need's wording took the candidate slots from its subject).
     */
    static Set<String> probeWords(Set<String> telling) {
        Set<String> probe = telling.stream().filter(t -> !GenericWords.contains(t)).limit(CANDIDATE_WORDS)
                .collect(Collectors.toCollection(LinkedHashSet::new));
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

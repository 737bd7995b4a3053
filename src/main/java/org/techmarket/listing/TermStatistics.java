package org.techmarket.listing;

import java.util.Map;

/** Document frequencies of the words of one kind of published listing, for BM25-style scoring. */
public record TermStatistics(ListingKind kind, int documents, double averageLength, Map<String, Integer> df) {

    /** Inverse document frequency (BM25, never negative); a word never seen counts as rare. */
    public double idf(String term) {
        int n = df.getOrDefault(term, 1);
        return Math.log(1 + (documents - n + 0.5) / (n + 0.5));
    }
}

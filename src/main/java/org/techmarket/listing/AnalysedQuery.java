package org.techmarket.listing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A search query segmented once: each part as typed with its words and its character n-grams. The
 * search, its facets and the highlighting of a page all read this, so HanLP runs once per part and
 * request (a browse page segmented the same query about seven times).
 */
public record AnalysedQuery(String text, List<Part> parts) {

    public static final AnalysedQuery EMPTY = new AnalysedQuery("", List.of());

    /** One part of a query (between spaces or punctuation): lower-cased as typed, its words and its n-grams. */
    public record Part(String typed, List<String> words, List<String> grams) {

        boolean isOneCharacter() {
            return typed.codePointCount(0, typed.length()) == 1;
        }
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The parts with words, as phrases whose words must stand next to each other. */
    public List<List<String>> phrases() {
        return parts.stream().map(Part::words).filter(w -> !w.isEmpty()).toList();
    }

    /** What to mark in a text shown for the query: each part as typed, and its words of two or more characters. */
    public Set<String> highlightTerms() {
        Set<String> terms = new LinkedHashSet<>();
        for (String part : text.trim().split(Segmenter.QUERY_SEPARATORS)) {
            if (!part.isBlank()) {
                terms.add(part);
            }
        }
        phrases().forEach(words -> words.stream().filter(w -> w.length() > 1).forEach(terms::add));
        return terms;
    }

    static AnalysedQuery of(String text, Segmenter segmenter) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        List<Part> parts = new ArrayList<>();
        for (String part : text.trim().split(Segmenter.QUERY_SEPARATORS)) {
            List<String> words = segmenter.words(part);
            List<String> grams = segmenter.queryNgrams(part);
            if (!words.isEmpty() || !grams.isEmpty()) {
                parts.add(new Part(part.strip().toLowerCase(Locale.ROOT), List.copyOf(words), List.copyOf(grams)));
            }
        }
        return new AnalysedQuery(text, List.copyOf(parts));
    }
}

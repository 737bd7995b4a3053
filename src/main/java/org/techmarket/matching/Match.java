package org.techmarket.matching;

/** A ranked pair of a technology need and a technology result, with its explanation. Score in 0..1. */
public record Match(long needId, long resultId, double score, MatchExplanation explanation) {
}

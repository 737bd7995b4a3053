package org.techmarket.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.techmarket.listing.IndexedListing;
import org.techmarket.listing.ListingKind;
import org.techmarket.listing.ListingService;
import org.techmarket.listing.SimilarListings;

/** Similar listings from the same vectors as matching: the nearest published neighbours of the same kind. */
@ApplicationScoped
public class VectorSimilarListings implements SimilarListings {

    /**
     * Below this a neighbour is not similar enough to show. Two results' texts are closer than a need and a
     * result (both long and written alike): on the dev split, papers of different disciplines p99 0.58, of the
     * same discipline p90 0.59 and p99 0.71 — so from 0.62 a neighbour is about the same thing.
     */
    static final double SHOWN_FROM = 0.62;

    @Inject
    ListingVectors vectors;

    @Inject
    ListingService listings;

    @Override
    public long version() {
        return vectors.seenUpTo().toEpochMilli();
    }

    @Override
    public List<Similar> similarTo(long id, ListingKind kind, int limit) {
        float[] v = vectors.vector(id, kind);
        if (v == null) {
            return List.of();
        }
        List<VectorIndex.Neighbour> near = vectors.nearest(kind, v, limit * 2, id).stream()
                .filter(n -> n.similarity() >= SHOWN_FROM).toList();
        java.util.Map<Long, Double> similarity = new java.util.HashMap<>();
        near.forEach(n -> similarity.put(n.id(), n.similarity()));
        // Published ones only (the index may still hold one withdrawn a moment ago), in the neighbours' order.
        List<IndexedListing> published = listings.indexed(near.stream().map(VectorIndex.Neighbour::id).toList(), java.util.Set.of());
        return published.stream().limit(limit)
                .map(l -> new Similar(l.id(), l.kind(), l.title(), Math.round(similarity.get(l.id()) * 1000) / 1000.0))
                .toList();
    }
}

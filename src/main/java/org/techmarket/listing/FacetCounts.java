package org.techmarket.listing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The facet counts of all published listings of a kind, kept by the database's statement triggers
 * on listing (V17) in the transaction of every change, so they are exact and the same on every
 * replica; the unfiltered browse page reads them (one indexed read instead of grouping every listing).
 */
@ApplicationScoped
public class FacetCounts {

    @Inject
    EntityManager em;

    /** The facets with the number of published listings of the kind. */
    public record Counted(Facets facets, long total) {
    }

    public Facets of(ListingKind kind) {
        return counted(kind).facets();
    }

    public Counted counted(ListingKind kind) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT facet, value, listings FROM listing_facet_count WHERE kind = :kind AND listings > 0")
                .setParameter("kind", kind.name()).getResultList();
        Map<String, Map<String, Long>> byFacet = new HashMap<>();
        for (Object[] row : rows) {
            byFacet.computeIfAbsent((String) row[0], k -> new HashMap<>()).put((String) row[1],
                    ((Number) row[2]).longValue());
        }
        long total = byFacet.getOrDefault("total", Map.of()).getOrDefault("all", 0L);
        return new Counted(new Facets(sorted(byFacet.get("field")), sorted(byFacet.get("maturity")),
                sorted(byFacet.get("province")), sorted(byFacet.get("band")), sorted(byFacet.get("mode")), false), total);
    }

    /** Most listings first, then by value, so equal counts always come in the same order. */
    static Map<String, Long> sorted(Map<String, Long> counts) {
        if (counts == null) {
            return Map.of();
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}

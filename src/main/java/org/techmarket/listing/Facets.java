package org.techmarket.listing;

import java.util.Map;

/** Counts of matching listings per facet value: field, maturity, province, price band, mode. */
public record Facets(Map<String, Long> field, Map<String, Long> maturity, Map<String, Long> province,
        Map<String, Long> priceBand, Map<String, Long> mode, boolean sampled) {
}

package org.techmarket.listing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.techmarket.common.Segmenter;

/**
 * Search in PostgreSQL: HanLP words in a 'simple' tsvector with a GIN index. Title and keywords
 * weigh most (A), the summary next (B), the description least (C). A query's parts must all
 * match; the words of one part must stand next to each other (纳滤膜 is 纳 <-> 滤 <-> 膜).
 */
@ApplicationScoped
public class PostgresListingSearch implements ListingSearch {

    /** Facets are counted over at most this many of the best matches; beyond, they are a sample. */
    static final int FACET_SAMPLE = 20_000;

    @Inject
    EntityManager em;

    @Inject
    Segmenter segmenter;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void index(Listing listing) {
        em.flush();
        em.createNativeQuery("""
                UPDATE listing SET search_vector =
                    setweight(to_tsvector('simple', :title), 'A')
                 || setweight(to_tsvector('simple', :keywords), 'A')
                 || setweight(to_tsvector('simple', :summary), 'B')
                 || setweight(to_tsvector('simple', :body), 'C')
                 WHERE id = :id""")
                .setParameter("title", segmenter.indexText(listing.title))
                .setParameter("keywords", segmenter.indexText(String.join("，", listing.keywords)))
                .setParameter("summary", segmenter.indexText(listing.summary))
                .setParameter("body", segmenter.indexText(listing.description))
                .setParameter("id", listing.id)
                .executeUpdate();
    }

    @Override
    public SearchPage search(SearchQuery query) {
        Filter filter = filter(query);
        String order = filter.tsQuery != null && query.sort() == SearchQuery.Sort.RELEVANCE
                ? " ORDER BY ts_rank(search_vector, to_tsquery('simple', :tsq), 1) DESC, published_at DESC, id DESC"
                : " ORDER BY published_at DESC, id DESC";
        Query ids = em.createNativeQuery("SELECT id FROM listing" + filter.where + order + " LIMIT :limit OFFSET :offset",
                Long.class);
        filter.bind(ids);
        ids.setParameter("limit", query.size());
        ids.setParameter("offset", (long) query.page() * query.size());
        @SuppressWarnings("unchecked")
        List<Long> pageIds = ids.getResultList();

        Query count = em.createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM listing" + filter.where
                + " LIMIT " + (COUNT_LIMIT + 1) + ") matched", Long.class);
        filter.bind(count);
        long total = ((Number) count.getSingleResult()).longValue();
        return new SearchPage(load(pageIds), Math.min(total, COUNT_LIMIT), total > COUNT_LIMIT, query.page(),
                query.size());
    }

    @Override
    public Facets facets(SearchQuery query) {
        Filter filter = filter(query);
        String order = filter.tsQuery != null
                ? " ORDER BY ts_rank(search_vector, to_tsquery('simple', :tsq), 1) DESC" : " ORDER BY published_at DESC";
        String sql = "WITH m AS (SELECT field, maturity, substr(region_code, 1, 2) AS province, "
                + PriceBand.SQL + " AS band, modes FROM listing" + filter.where + order + " LIMIT "
                + (FACET_SAMPLE + 1) + ") "
                + "SELECT 'field', field, count(*) FROM m GROUP BY field "
                + "UNION ALL SELECT 'maturity', maturity::text, count(*) FROM m GROUP BY maturity "
                + "UNION ALL SELECT 'province', province, count(*) FROM m GROUP BY province "
                + "UNION ALL SELECT 'band', band, count(*) FROM m GROUP BY band "
                + "UNION ALL SELECT 'mode', mode, count(*) FROM m, unnest(modes) AS mode GROUP BY mode "
                + "UNION ALL SELECT 'total', 'all', count(*) FROM m";
        Query facets = em.createNativeQuery(sql);
        filter.bind(facets);
        Map<String, Map<String, Long>> byFacet = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = facets.getResultList();
        for (Object[] row : rows) {
            byFacet.computeIfAbsent((String) row[0], k -> new LinkedHashMap<>())
                    .put(String.valueOf(row[1]), ((Number) row[2]).longValue());
        }
        long counted = byFacet.getOrDefault("total", Map.of()).getOrDefault("all", 0L);
        return new Facets(sorted(byFacet.get("field")), sorted(byFacet.get("maturity")),
                sorted(byFacet.get("province")), sorted(byFacet.get("band")), sorted(byFacet.get("mode")),
                counted > FACET_SAMPLE);
    }

    @Override
    public List<Long> candidates(ListingKind kind, Set<String> words, int limit) {
        if (words.isEmpty()) {
            return List.of();
        }
        String tsq = words.stream().map(PostgresListingSearch::quote).collect(Collectors.joining(" | "));
        @SuppressWarnings("unchecked")
        List<Long> ids = em.createNativeQuery("""
                SELECT id FROM listing
                 WHERE kind = :kind AND status = 'PUBLISHED' AND search_vector @@ to_tsquery('simple', :tsq)
                 ORDER BY ts_rank(search_vector, to_tsquery('simple', :tsq), 1) DESC, published_at DESC
                 LIMIT :limit""", Long.class)
                .setParameter("kind", kind.name())
                .setParameter("tsq", tsq)
                .setParameter("limit", limit)
                .getResultList();
        return ids;
    }

    /** The query's words as a tsquery: parts joined by AND, words within a part by FOLLOWED BY. */
    String tsQuery(String text) {
        List<List<String>> phrases = segmenter.queryPhrases(text);
        if (phrases.isEmpty()) {
            return null;
        }
        return phrases.stream()
                .map(words -> words.stream().map(PostgresListingSearch::quote).collect(Collectors.joining(" <-> ")))
                .map(p -> "(" + p + ")")
                .collect(Collectors.joining(" & "));
    }

    private List<Listing> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Listing> byId = em.createQuery("SELECT l FROM Listing l WHERE l.id IN :ids", Listing.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(l -> l.id, Function.identity()));
        List<Listing> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> {
            if (byId.containsKey(id)) {
                ordered.add(byId.get(id));
            }
        });
        return ordered;
    }

    private Filter filter(SearchQuery q) {
        Filter f = new Filter();
        StringBuilder where = new StringBuilder(" WHERE kind = :kind AND status = 'PUBLISHED'");
        f.params.put("kind", q.kind().name());
        if (q.hasText()) {
            f.tsQuery = tsQuery(q.text());
            if (f.tsQuery != null) {
                where.append(" AND search_vector @@ to_tsquery('simple', :tsq)");
                f.params.put("tsq", f.tsQuery);
            }
        }
        if (q.field() != null) {
            where.append(" AND field = :field");
            f.params.put("field", q.field().name());
        }
        if (q.maturity() != null) {
            where.append(" AND maturity = :maturity");
            f.params.put("maturity", q.maturity().shortValue());
        }
        if (q.province() != null && q.province().matches("[0-9]{2}")) {
            where.append(" AND region_code LIKE :province");
            f.params.put("province", q.province() + "%");
        }
        if (q.priceBand() != null) {
            where.append(" AND ").append(PriceBand.SQL).append(" = :band");
            f.params.put("band", q.priceBand().name());
        }
        if (q.mode() != null) {
            where.append(" AND :mode = ANY (modes)");
            f.params.put("mode", q.mode().name());
        }
        f.where = where.toString();
        return f;
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        if (counts == null) {
            return Map.of();
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "") + "'";
    }

    private static final class Filter {
        String where;
        String tsQuery;
        final Map<String, Object> params = new LinkedHashMap<>();

        void bind(Query query) {
            params.forEach(query::setParameter);
        }
    }
}

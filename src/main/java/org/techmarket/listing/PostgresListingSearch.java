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
import java.util.stream.Collectors;

/**
 * Search in PostgreSQL: HanLP words in a 'simple' tsvector with a GIN index. Title and keywords
 * weigh most (A), the summary next (B), the description least (C). A query's parts must all
 * match; the words of one part must stand next to each other (纳滤膜 is 纳 <-> 滤 <-> 膜).
 */
@ApplicationScoped
public class PostgresListingSearch implements ListingSearch {

    /** Facets are counted over at most this many of the best matches; beyond, they are a sample. */
    static final int FACET_SAMPLE = 5_000;

    @Inject
    EntityManager em;

    @Inject
    Segmenter segmenter;

    @Inject
    FacetCounts facetCounts;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void index(Listing listing) {
        em.flush();
        String organisation = (String) em.createNativeQuery("SELECT name FROM organisation WHERE id = :id")
                .setParameter("id", listing.organisationId).getResultStream().findFirst().orElse("");
        em.createNativeQuery("""
                UPDATE listing SET search_vector =
                    setweight(to_tsvector('simple', :title), 'A')
                 || setweight(to_tsvector('simple', :keywords), 'A')
                 || setweight(to_tsvector('simple', :summary), 'B')
                 || setweight(to_tsvector('simple', :body), 'C'),
                       ngram_vector = array_to_tsvector(array_remove(string_to_array(:ngrams, ' '), '')),
                       indexed_with = :version
                 WHERE id = :id""")
                .setParameter("version", Segmenter.VERSION)
                .setParameter("title", segmenter.indexText(listing.title))
                .setParameter("keywords", segmenter.indexText(String.join("，", listing.keywords)))
                .setParameter("summary", segmenter.indexText(listing.summary))
                .setParameter("body", segmenter.indexText(listing.description))
                .setParameter("ngrams", ngramText(listing, organisation))
                .setParameter("id", listing.id)
                .executeUpdate();
    }

    /** The n-grams of everything a listing is found by: its texts and its organisation's name. */
    String ngramText(Listing listing, String organisation) {
        return ngramText(listing.title, String.join("，", listing.keywords), listing.summary, listing.description,
                organisation);
    }

    String ngramText(String title, String keywords, String summary, String description, String organisation) {
        return segmenter.ngramText(java.util.stream.Stream.of(title, keywords, summary, description, organisation)
                .filter(java.util.Objects::nonNull).collect(Collectors.joining("\n")));
    }

    /**
     * Relevance is computed over a bounded window of matches, so that a term found in a fifth of
     * a million listings costs no more than a rare one: up to {@value #TITLE_WINDOW} matches in
     * titles and keywords (the strongest), plus up to {@value #BODY_WINDOW} others, are ranked.
     * A query that broad is refined by users long before they page that far.
     */
    static final int TITLE_WINDOW = 300;
    /** What a part found verbatim in the title adds to the words' rank (which is mostly below 1). */
    static final double TITLE_BONUS = 0.2;
    static final int BODY_WINDOW = 600;
    /**
     * For a one-part query, the GIN index hands back a random sample of about this many of the
     * matches of a very frequent term instead of all of them (PostgreSQL's gin_fuzzy_search_limit):
     * the ranking window then costs the same for 模型 as for 纳滤膜. Queries of several parts
     * intersect exactly, as sampling each part would lose matches.
     * <p>Decision (kept, measured): at 1M listings a one-part relevance query for 模型 or 系统 takes
     * 180–330 ms without the sample and 30–64 ms with it. The sample only changes anything for a term
     * with more than about this many matches; such an answer always says "1,000+" ({@code more}), so
     * its first page is a good sample of a broad term that users refine, not an exhaustive list, and
     * two requests may show different listings. Everything else is deterministic: the order is total
     * (rank, then newest, then id), so the same matches always give the same page and pages do not
     * overlap (ListingSearchTest).
     */
    static final int FREQUENT_TERM_SAMPLE = 5000;

    /**
     * A second pass asks the character index (and takes a part's words apart) when the words find
     * fewer than this many listings for a one-part query (锂电 in 锂电池, 兰州大学 as an organisation,
     * 微波陶瓷 in 微波介质陶瓷), or none for a query of several parts; a part of one character or of
     * function words only asks it in the first pass. A query whose words find what it asks for costs
     * what it cost before the characters existed.
     */
    static final int CHARACTER_FALLBACK = 20;

    @Override
    @Transactional
    public SearchPage search(SearchQuery query) {
        return page(query, search(query, segmenter.analyse(query.text()), false).hits());
    }

    @Override
    @Transactional
    public BrowsePage browse(SearchQuery query, AnalysedQuery analysed) {
        Searched searched = search(query, analysed, true);
        Hits hits = searched.hits();
        // The maintained counts make the unfiltered total exact however large ("65,634", not "1,000+").
        boolean exact = hits.exact();
        return new BrowsePage(cards(hits.ids()), exact ? hits.total() : Math.min(hits.total(), COUNT_LIMIT),
                !exact && hits.total() > COUNT_LIMIT, query.page(), query.size(), searched.facets());
    }

    /** The hits of a search and (when asked) its facets, in one transaction, counted with the filter the hits used. */
    private record Searched(Hits hits, Facets facets) {
    }

    private SearchPage page(SearchQuery query, Hits hits) {
        return new SearchPage(load(hits.ids()), Math.min(hits.total(), COUNT_LIMIT), hits.total() > COUNT_LIMIT,
                query.page(), query.size());
    }

    private Searched search(SearchQuery query, AnalysedQuery analysed, boolean withFacets) {
        Filter filter = filter(query, analysed, false);
        // Nothing filters: the maintained counts give the facets and the total (no count statement).
        FacetCounts.Counted counted = filter.unfiltered && withFacets ? facetCounts.counted(filter.kind) : null;
        Hits hits = hits(query, filter, counted == null ? null : counted.total());
        if (filter.charactersWouldAdd && hits.total() < (filter.parts == 1 ? CHARACTER_FALLBACK : 1)) {
            filter = filter(query, analysed, true);
            hits = hits(query, filter, null);
        }
        return new Searched(hits, !withFacets ? null : counted != null ? counted.facets() : facets(filter));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ListingCard> latest(ListingKind kind, int limit) {
        return cards(longs(em.createNativeQuery("""
                SELECT id FROM listing WHERE status = 'PUBLISHED' AND kind = :kind
                 ORDER BY published_at DESC, id DESC LIMIT :limit""")
                .setParameter("kind", kind.name()).setParameter("limit", limit)));
    }

    /**
     * The cards of a page in its order, with their organisations' names, in one statement; the ids go as one
     * text parameter (the statement is the same for every page, so its plan is cached).
     */
    private List<ListingCard> cards(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT l.id, l.kind, l.title, left(coalesce(l.summary, l.description), :excerpt), l.field, l.maturity,
                       l.region_code, o.name, l.price_fen, l.budget_max_fen
                  FROM unnest(CAST(:ids AS bigint[])) WITH ORDINALITY AS p (id, n)
                  JOIN listing l ON l.id = p.id JOIN organisation o ON o.id = l.organisation_id
                 ORDER BY p.n""")
                .setParameter("ids", idArray(ids))
                .setParameter("excerpt", ListingCard.EXCERPT + 1).getResultList();
        List<ListingCard> cards = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String excerpt = (String) r[3];
            if (excerpt.codePointCount(0, excerpt.length()) > ListingCard.EXCERPT) {
                excerpt = excerpt.substring(0, excerpt.offsetByCodePoints(0, ListingCard.EXCERPT)) + "…";
            }
            cards.add(new ListingCard(((Number) r[0]).longValue(), ListingKind.valueOf((String) r[1]), (String) r[2],
                    excerpt, TechField.valueOf((String) r[4]), ((Number) r[5]).intValue(), (String) r[6], (String) r[7],
                    asLong(r[8]), asLong(r[9])));
        }
        return cards;
    }

    /** The ids of a page of matches in order, and how many matched (up to the count limit + 1, unless exact). */
    private record Hits(List<Long> ids, long total, boolean exact) {
    }

    private Hits hits(SearchQuery query, Filter filter, Long knownTotal) {
        if (filter.text) {
            // Matches come from the GIN index; a sequential scan would read every vector. A one-part query
            // ranked by relevance samples a very frequent word's matches (see FREQUENT_TERM_SAMPLE).
            preferIndex(filter.parts == 1 && query.sort() == SearchQuery.Sort.RELEVANCE ? FREQUENT_TERM_SAMPLE : 0);
        }
        Long total = knownTotal;
        List<Long> pageIds;
        if (filter.text && query.sort() == SearchQuery.Sort.RELEVANCE && filter.parts > 1) {
            // Several parts intersect to a small set: rank all of it (up to the count limit) from one index scan.
            Query ranked = em.createNativeQuery("WITH matched AS MATERIALIZED (SELECT id, published_at, search_vector, title"
                    + " FROM listing" + filter.where + " LIMIT " + (COUNT_LIMIT + 1) + ")"
                    + " SELECT id, (SELECT count(*) FROM matched) FROM matched"
                    + " ORDER BY " + filter.rank("") + " DESC, published_at DESC, id DESC"
                    + " LIMIT :limit OFFSET :offset");
            List<Object[]> rows = rankedRows(ranked, filter, query);
            pageIds = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
            total = rows.isEmpty() ? null : ((Number) rows.get(0)[1]).longValue();
        } else if (filter.text && query.sort() == SearchQuery.Sort.RELEVANCE) {
            // One part: the matches (sampled for a frequent word, capped for the count) are read once; the
            // ranked window is the title matches plus the first of them, and the count comes with the page.
            String titleWindow = filter.tsQueryTitle == null ? "" : "(SELECT id FROM listing" + filter.where
                    + " AND search_vector @@ to_tsquery('simple', :tsqTitle) LIMIT " + TITLE_WINDOW + ") UNION ";
            Query ranked = em.createNativeQuery("WITH matched AS MATERIALIZED (SELECT id FROM listing" + filter.where
                    + " LIMIT " + (COUNT_LIMIT + 1) + "), window_ids AS ("
                    + titleWindow + "(SELECT id FROM matched LIMIT " + BODY_WINDOW + "))"
                    + " SELECT l.id, (SELECT count(*) FROM matched) FROM listing l JOIN window_ids w ON w.id = l.id"
                    + " ORDER BY " + filter.rank("l.") + " DESC, l.published_at DESC, l.id DESC LIMIT :limit OFFSET :offset");
            if (filter.tsQueryTitle != null) {
                ranked.setParameter("tsqTitle", filter.tsQueryTitle);
            }
            List<Object[]> rows = rankedRows(ranked, filter, query);
            pageIds = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
            total = rows.isEmpty() ? null : ((Number) rows.get(0)[1]).longValue();
        } else {
            Query ids = em.createNativeQuery("SELECT id FROM listing" + filter.where
                    + " ORDER BY " + order(query.sort()) + " LIMIT :limit OFFSET :offset");
            filter.bind(ids);
            ids.setParameter("limit", query.size());
            ids.setParameter("offset", (long) query.page() * query.size());
            pageIds = longs(ids);
        }
        if (total == null) {
            Query count = em.createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM listing" + filter.where
                    + " LIMIT " + (COUNT_LIMIT + 1) + ") matched");
            filter.bind(count);
            total = ((Number) count.getSingleResult()).longValue();
        }
        return new Hits(pageIds, total, knownTotal != null);
    }

    /** A ranked page's rows (id, capped count of all matches), the filter's and the page's parameters bound. */
    private static List<Object[]> rankedRows(Query ranked, Filter filter, SearchQuery query) {
        filter.bind(ranked);
        filter.bindRank(ranked);
        ranked.setParameter("limit", query.size());
        ranked.setParameter("offset", (long) query.page() * query.size());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = ranked.getResultList();
        return rows;
    }

    /** The order of a listing page sorted other than by relevance; negotiable prices come last either way. */
    private static String order(SearchQuery.Sort sort) {
        return switch (sort) {
            case PRICE -> "coalesce(price_fen, budget_max_fen) ASC NULLS LAST, published_at DESC, id DESC";
            case PRICE_DESC -> "coalesce(price_fen, budget_max_fen) DESC NULLS LAST, published_at DESC, id DESC";
            default -> "published_at DESC, id DESC";
        };
    }

    /**
     * For this transaction, in one statement: take matches from the GIN index, with room for its bitmap to
     * stay exact; plan each execution (a statement the driver has prepared five times gets a generic plan,
     * which cannot see how few listings a word query matches: at 1M it ANDed a bitmap of every published
     * result, 164 of 193 ms); and, when {@code ginSample} > 0, let the index hand back a sample of that many
     * matches of a very frequent word (0: all of them).
     */
    private void preferIndex(int ginSample) {
        em.createNativeQuery("SELECT set_config('enable_seqscan', 'off', true), set_config('plan_cache_mode',"
                + " 'force_custom_plan', true), set_config('work_mem', '32MB', true), set_config('gin_fuzzy_search_limit', '"
                + ginSample + "', true)").getSingleResult();
    }

    @Override
    @Transactional
    public Facets facets(SearchQuery query) {
        AnalysedQuery analysed = segmenter.analyse(query.text());
        Filter filter = filter(query, analysed, false);
        if (filter.text) {
            preferIndex(0);
        }
        if (filter.charactersWouldAdd) {
            // The same choice as the search: characters too when the words find few listings.
            int fallback = filter.parts == 1 ? CHARACTER_FALLBACK : 1;
            Query count = em.createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM listing" + filter.where
                    + " LIMIT " + fallback + ") matched");
            filter.bind(count);
            if (((Number) count.getSingleResult()).longValue() < fallback) {
                filter = filter(query, analysed, true);
            }
        }
        return facets(filter);
    }

    /** Facet counts of the listings a filter passes: maintained counts when nothing filters, else one grouped query. */
    private Facets facets(Filter filter) {
        if (filter.unfiltered) {
            return facetCounts.of(filter.kind);
        }
        String order = filter.text ? "" : " ORDER BY published_at DESC";
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

    /**
     * Candidates for matching: all published listings sharing any of the words, ranked; the caller
     * chooses words whose matches are few enough to rank them all (the best match must not depend on
     * when it was stored). Should the statistics be stale, the index samples at most
     * {@value #CANDIDATE_SAMPLE} matches (at random, not the oldest).
     */
    static final int CANDIDATE_SAMPLE = 20_000;

    @Override
    @Transactional
    public List<Long> candidates(ListingKind kind, Set<String> words, int limit) {
        if (words.isEmpty()) {
            return List.of();
        }
        preferIndex(CANDIDATE_SAMPLE);
        String tsq = words.stream().map(PostgresListingSearch::quote).collect(Collectors.joining(" | "));
        return longs(em.createNativeQuery("SELECT id FROM listing"
                + " WHERE kind = :kind AND status = 'PUBLISHED' AND search_vector @@ to_tsquery('simple', :tsq)"
                + " ORDER BY ts_rank(search_vector, to_tsquery('simple', :tsq), 1) DESC, id DESC LIMIT :limit")
                .setParameter("kind", kind.name())
                .setParameter("tsq", tsq)
                .setParameter("limit", limit));
    }

    String tsQuery(String text) {
        return tsQuery(text, "", false);
    }

    private static final java.time.Duration STATISTICS_TTL = java.time.Duration.ofMinutes(10);
    private final Map<ListingKind, TermStatistics> statistics = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<ListingKind, java.time.Instant> statisticsLoaded = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public List<IndexedListing> documents(List<Long> ids) {
        return documents(ids, null);
    }

    @Override
    public List<IndexedListing> documents(List<Long> ids, Set<String> onlyTerms) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // The structured facts, and the vector's size (distinct words) for BM25's length normalisation.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, kind, title, field, maturity, region_code, price_fen, budget_min_fen, budget_max_fen,
                       published_at, organisation_id, owner_id, array_to_string(modes, ','), length(search_vector)
                  FROM listing WHERE id IN (:ids) AND status = 'PUBLISHED'""")
                .setParameter("ids", ids).getResultList();
        // The words with their weights: all of them, only those a matcher scores with, or none (facts only).
        List<Object[]> wordRows = List.of();
        if (onlyTerms == null || !onlyTerms.isEmpty()) {
            String words = "SELECT l.id, u.lexeme, array_to_string(u.weights, '') FROM listing l, unnest(l.search_vector) u"
                    + " WHERE l.id IN (:ids)" + (onlyTerms == null ? "" : " AND u.lexeme IN (:terms)");
            Query wordQuery = em.createNativeQuery(words).setParameter("ids", ids);
            if (onlyTerms != null) {
                wordQuery.setParameter("terms", onlyTerms);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> found = wordQuery.getResultList();
            wordRows = found;
        }
        Map<Long, Map<String, Double>> weightsById = new HashMap<>();
        for (Object[] w : wordRows) {
            double weight = 0;
            for (char c : ((String) w[2]).toCharArray()) {
                weight += c == 'A' ? IndexedListing.TITLE_WEIGHT : c == 'B' ? IndexedListing.SUMMARY_WEIGHT : 1.0;
            }
            weightsById.computeIfAbsent(((Number) w[0]).longValue(), k -> new HashMap<>()).put((String) w[1], weight);
        }
        Map<Long, IndexedListing> byId = new HashMap<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            String modes = (String) r[12];
            byId.put(id, new IndexedListing(id, ListingKind.valueOf((String) r[1]), (String) r[2],
                    TechField.valueOf((String) r[3]), ((Number) r[4]).intValue(), (String) r[5], asLong(r[6]),
                    asLong(r[7]), asLong(r[8]), toOffset(r[9]), ((Number) r[10]).longValue(),
                    ((Number) r[11]).longValue(), modes == null || modes.isEmpty() ? new String[0] : modes.split(","),
                    weightsById.getOrDefault(id, Map.of()), ((Number) r[13]).intValue()));
        }
        List<IndexedListing> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> {
            if (byId.containsKey(id)) {
                ordered.add(byId.get(id));
            }
        });
        return ordered;
    }

    @Override
    public TermStatistics statistics(ListingKind kind) {
        java.time.Instant loaded = statisticsLoaded.get(kind);
        if (loaded == null || loaded.isBefore(java.time.Instant.now().minus(STATISTICS_TTL))) {
            statistics.put(kind, loadStatistics(kind));
            statisticsLoaded.put(kind, java.time.Instant.now());
        }
        return statistics.get(kind);
    }

    @Override
    @Transactional
    public TermStatistics refreshStatistics(ListingKind kind) {
        // One refresh of a kind at a time, on every instance (the half-hourly job and a staff recomputation
        // met here: both deleted, then both inserted the same words).
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('search-term-stat'), :kind)")
                .setParameter("kind", kind.ordinal()).getSingleResult();
        em.createNativeQuery("DELETE FROM search_term_stat WHERE kind = :kind").setParameter("kind", kind.name())
                .executeUpdate();
        // ts_stat takes its query as text; the kind is one of our enum names, never user input.
        String corpus = "SELECT search_vector FROM listing WHERE status = 'PUBLISHED' AND kind = '" + kind.name() + "'";
        em.createNativeQuery("INSERT INTO search_term_stat (kind, term, df) SELECT :kind, word, ndoc FROM ts_stat(:corpus)"
                + " WHERE ndoc > 1").setParameter("kind", kind.name()).setParameter("corpus", corpus).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO search_corpus_stat (kind, documents, avg_length, computed_at)
                SELECT :kind, count(*), coalesce(avg(length(search_vector)), 0), now()
                  FROM listing WHERE status = 'PUBLISHED' AND kind = :kind
                ON CONFLICT (kind) DO UPDATE SET documents = excluded.documents, avg_length = excluded.avg_length,
                       computed_at = excluded.computed_at""").setParameter("kind", kind.name()).executeUpdate();
        TermStatistics fresh = loadStatistics(kind);
        statistics.put(kind, fresh);
        statisticsLoaded.put(kind, java.time.Instant.now());
        return fresh;
    }

    private TermStatistics loadStatistics(ListingKind kind) {
        @SuppressWarnings("unchecked")
        List<Object[]> corpus = em.createNativeQuery(
                "SELECT documents, avg_length FROM search_corpus_stat WHERE kind = :kind")
                .setParameter("kind", kind.name()).getResultList();
        if (corpus.isEmpty()) {
            // Not computed yet: every word counts as rare until the statistics job has run.
            long documents = ((Number) em.createNativeQuery(
                    "SELECT count(*) FROM listing WHERE status = 'PUBLISHED' AND kind = :kind")
                    .setParameter("kind", kind.name()).getSingleResult()).longValue();
            return new TermStatistics(kind, (int) Math.max(documents, 1), 100, Map.of());
        }
        Map<String, Integer> df = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> terms = em.createNativeQuery("SELECT term, df FROM search_term_stat WHERE kind = :kind")
                .setParameter("kind", kind.name()).getResultList();
        for (Object[] t : terms) {
            df.put((String) t[0], ((Number) t[1]).intValue());
        }
        Object[] c = corpus.get(0);
        return new TermStatistics(kind, Math.max(((Number) c[0]).intValue(), 1),
                Math.max(((Number) c[1]).doubleValue(), 1), df);
    }

    /**
     * A native query's single column as longs. Native queries here never name a result class: Hibernate 7.2
     * keys its plan cache on the result mapping, and a class-typed mapping never equals its cached copy, so
     * each execution added an entry with the same hash until lookups walked a tree of thousands (most of a
     * browse page's CPU).
     */
    static List<Long> longs(Query query) {
        @SuppressWarnings("unchecked")
        List<Object> rows = query.getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }

    /** Ids as one PostgreSQL array literal, bound as text and cast in the statement (whose text stays the same). */
    static String idArray(java.util.Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private static Long asLong(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    private static java.time.OffsetDateTime toOffset(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt;
        }
        if (o instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        if (o instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return java.time.OffsetDateTime.parse(o.toString());
    }

    /** The query's words as a tsquery: parts joined by AND, each part as {@link #partQuery}. */
    String tsQuery(String text, String weight, boolean loose) {
        return tsQuery(segmenter.queryPhrases(text), weight, loose);
    }

    private static String tsQuery(List<List<String>> phrases, String weight, boolean loose) {
        if (phrases.isEmpty()) {
            return null;
        }
        return phrases.stream().map(words -> partQuery(words, weight, loose)).collect(Collectors.joining(" & "));
    }

    /**
     * The words of the query, any of them, for ranking only (the filter has already required every
     * part): ts_rank of an OR query weighs each word by where it stands (title, summary, body) and how
     * often, in time linear in the words; ranking by the phrase query itself costs several times more
     * per match (it also measures the distances between every pair of positions, 52–65 ms instead of
     * 23–25 ms for a four-part query over 1,001 matches at 1M listings). Null when HanLP keeps no word.
     */
    String rankQuery(String text) {
        return rankQuery(segmenter.queryPhrases(text));
    }

    private static String rankQuery(List<List<String>> phrases) {
        java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>();
        phrases.forEach(words::addAll);
        return words.isEmpty() ? null : words.stream().map(PostgresListingSearch::quote).collect(Collectors.joining(" | "));
    }

    /**
     * One part of a query: its words next to each other; loosely (the second pass, with characters),
     * words of two or more characters each anywhere (微波 陶瓷 finds 微波介质陶瓷), while a part HanLP
     * cuts into single characters (纳 滤膜) stays a phrase, since loose characters match almost anything.
     */
    static String partQuery(List<String> words, String weight, boolean loose) {
        boolean apart = loose && words.stream().allMatch(w -> w.codePointCount(0, w.length()) > 1);
        return "(" + words.stream().map(w -> quote(w) + weight).collect(Collectors.joining(apart ? " & " : " <-> ")) + ")";
    }

    /**
     * The listings of a page in its order, in one statement whose text is the same for any number of ids
     * (the ids as one array parameter: its translation is cached; an HQL {@code IN :ids} was translated
     * again for every page size, a multi-load built its select anew on every call). Read-only: shown,
     * never changed, so no snapshot is kept and the commit does not dirty-check them.
     */
    private List<Listing> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Listing> found = em.createNativeQuery("SELECT * FROM listing WHERE id = ANY (CAST(:ids AS bigint[]))",
                Listing.class).setParameter("ids", idArray(ids))
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).getResultList();
        Map<Long, Listing> byId = found.stream().collect(Collectors.toMap(l -> l.id, l -> l));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private Filter filter(SearchQuery q, AnalysedQuery analysed, boolean characters) {
        Filter f = new Filter();
        f.kind = q.kind();
        StringBuilder where = new StringBuilder(" WHERE kind = :kind AND status = 'PUBLISHED'");
        f.params.put("kind", q.kind().name());
        if (!analysed.isEmpty()) {
            // Each part is found by its words or (with characters, or when it is one character or
            // function words only) by its characters (药 in 中药材, 锂电 in 锂电池, an organisation's
            // name); the ranking reads the words.
            List<String> parts = new ArrayList<>();
            // Parts found by their words alone go into one tsquery: GIN intersects them in one scan
            // (a condition per part would build and AND a bitmap per part, each as big as its word).
            List<String> wordsOnly = new ArrayList<>();
            for (AnalysedQuery.Part part : analysed.parts()) {
                List<String> words = part.words();
                List<String> grams = part.grams();
                int i = parts.size();
                parts.add(part.typed());
                boolean byCharacters = !grams.isEmpty() && (characters || words.isEmpty() || part.isOneCharacter());
                if (!grams.isEmpty() && !byCharacters) {
                    f.charactersWouldAdd = true;
                }
                if (!byCharacters) {
                    wordsOnly.add(partQuery(words, "", characters));
                    continue;
                }
                List<String> found = new ArrayList<>();
                if (!words.isEmpty()) {
                    found.add("search_vector @@ to_tsquery('simple', :w" + i + ")");
                    f.params.put("w" + i, partQuery(words, "", characters));
                }
                found.add("ngram_vector @@ CAST(:c" + i + " AS tsquery)");
                f.params.put("c" + i, grams.stream().map(PostgresListingSearch::quote).collect(Collectors.joining(" & ")));
                where.append(" AND (").append(String.join(" OR ", found)).append(')');
            }
            if (!wordsOnly.isEmpty()) {
                where.append(" AND search_vector @@ to_tsquery('simple', :words)");
                f.params.put("words", String.join(" & ", wordsOnly));
            }
            f.text = true;
            // Null when HanLP keeps no word (function words only): ranked by the title bonus alone.
            f.tsQuery = rankQuery(analysed.phrases());
            f.tsQueryTitle = tsQuery(analysed.phrases(), ":A", characters);
            f.parts = parts.size();
            f.typed = parts;
        }
        f.unfiltered = !f.text && q.field() == null && q.maturity() == null && q.province() == null
                && q.priceBand() == null && q.mode() == null;
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
        return FacetCounts.sorted(counts);
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "") + "'";
    }

    private static final class Filter {
        ListingKind kind;
        String where;
        /** Nothing but the kind: the maintained facet counts answer. */
        boolean unfiltered;
        String tsQuery;
        /** The same query restricted to title and keywords (weight A). */
        String tsQueryTitle;
        /** Whether the query has text to match (words, characters or both). */
        boolean text;
        /** Whether some part was matched by its words alone though its characters could find more. */
        boolean charactersWouldAdd;
        int parts;
        /** The query's parts as typed (lower-cased), for the title bonus. */
        List<String> typed = List.of();
        final Map<String, Object> params = new LinkedHashMap<>();

        /**
         * Relevance: the words' rank, plus a bonus for each part found in the title as typed, so
         * that a listing found by characters alone (兰州大学 as its organisation) still ranks a
         * title containing the query first.
         */
        String rank(String alias) {
            StringBuilder rank = new StringBuilder(tsQuery == null ? "(0.0"
                    : "(ts_rank(" + alias + "search_vector, to_tsquery('simple', :tsq), 1)");
            for (int i = 0; i < typed.size(); i++) {
                rank.append(" + CASE WHEN strpos(lower(").append(alias).append("title), :t").append(i)
                        .append(") > 0 THEN ").append(TITLE_BONUS).append(" ELSE 0 END");
            }
            return rank.append(')').toString();
        }

        void bindRank(Query query) {
            if (tsQuery != null) {
                query.setParameter("tsq", tsQuery);
            }
            for (int i = 0; i < typed.size(); i++) {
                query.setParameter("t" + i, typed.get(i));
            }
        }

        void bind(Query query) {
            params.forEach(query::setParameter);
        }
    }
}

package org.techmarket.listing;

import java.util.List;
import java.util.Set;

/**
 * Full-text search over listings. The PostgreSQL implementation keeps the index in the listing
 * table itself (written in the listing's own transaction); a cluster may put another engine
 * behind this interface.
 */
public interface ListingSearch {

    int COUNT_LIMIT = 1_000;

    /** Writes the listing's search index entry; call in the transaction that changed it. */
    void index(Listing listing);

    SearchPage search(SearchQuery query);

    Facets facets(SearchQuery query);

    /** A page of a search with its facets, for a page that shows both: one transaction, the query segmented once. */
    BrowsePage browse(SearchQuery query, AnalysedQuery analysed);

    /** A page of hits (as cards) and the facet counts of all the matches. */
    record BrowsePage(List<ListingCard> cards, long total, boolean totalIsLowerBound, int page, int size, Facets facets) {

        /** Pages go as far as the count limit (deep offsets cost a scan; a browser refines the search instead). */
        public boolean hasNext() {
            return (long) (page + 1) * size < Math.min(total, COUNT_LIMIT);
        }
    }

    /** The newest published listings of a kind as cards (the home page's lists). */
    List<ListingCard> latest(ListingKind kind, int limit);

    /** Ids of published listings of a kind matching any of the words, best first (matching draws candidates here). */
    List<Long> candidates(ListingKind kind, Set<String> words, int limit);

    /** The indexed form of published listings, in the order of the ids. */
    List<IndexedListing> documents(List<Long> ids);

    /** The same with only the given words kept (what a matcher scores with); lengths still count all words. */
    List<IndexedListing> documents(List<Long> ids, Set<String> onlyTerms);

    /** The current word statistics of a kind (recomputed by {@link #refreshStatistics}). */
    TermStatistics statistics(ListingKind kind);

    /** Recomputes the word statistics of published listings of a kind from the index. */
    TermStatistics refreshStatistics(ListingKind kind);
}

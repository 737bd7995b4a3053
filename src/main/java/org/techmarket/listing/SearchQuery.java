package org.techmarket.listing;

/** A search over published listings of one kind, with facet filters, sorting and paging. */
public record SearchQuery(ListingKind kind, String text, TechField field, Integer maturity, String province,
        PriceBand priceBand, TransferMode mode, Sort sort, int page, int size) {

    public static final int MAX_SIZE = 100;

    /** Relevance, newest first, price (a result's price, a need's budget) low to high or high to low. */
    public enum Sort {
        RELEVANCE, NEWEST, PRICE, PRICE_DESC;

        /** The name a client may also use: {@code date} for newest, {@code price_asc} for price. */
        static String alias(String sort) {
            if (sort == null) {
                return null;
            }
            String upper = sort.strip().toUpperCase(java.util.Locale.ROOT);
            return switch (upper) {
                case "DATE" -> "NEWEST";
                case "PRICE_ASC" -> "PRICE";
                default -> upper;
            };
        }
    }

    public SearchQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
        sort = sort == null ? (text == null || text.isBlank() ? Sort.NEWEST : Sort.RELEVANCE) : sort;
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    public SearchQuery newestFirst() {
        return new SearchQuery(kind, text, field, maturity, province, priceBand, mode, Sort.NEWEST, page, size);
    }

    public SearchQuery withPage(int newPage, int newSize) {
        return new SearchQuery(kind, text, field, maturity, province, priceBand, mode, sort, newPage, newSize);
    }
}

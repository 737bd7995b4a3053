package org.techmarket.listing;

import org.techmarket.common.InvalidInputException;

/** Parsing of the search parameters shared by the JSON API and the pages. */
final class ListingRequests {

    private ListingRequests() {
    }

    record ReviewRequest(ListingService.Decision decision, String reason) {
    }

    static SearchQuery query(ListingKind kind, String q, String field, Integer maturity, String region,
            String priceBand, String mode, String sort, Integer page, Integer size) {
        if (q != null && q.length() > 200) {
            throw InvalidInputException.of("q", "a search may have at most 200 characters");
        }
        if (maturity != null && (maturity < 1 || maturity > 9)) {
            throw InvalidInputException.of("maturity", "TRL is between 1 and 9");
        }
        if (region != null && !region.isBlank() && !region.matches("[0-9]{2}|[0-9]{6}")) {
            throw InvalidInputException.of("region", "a province (2 digits) or region code (6 digits)");
        }
        if (size != null && (size < 1 || size > SearchQuery.MAX_SIZE)) {
            throw InvalidInputException.of("size", "between 1 and " + SearchQuery.MAX_SIZE);
        }
        if (page != null && (page < 0 || page > 10_000)) {
            throw InvalidInputException.of("page", "between 0 and 10000");
        }
        String province = region == null || region.isBlank() ? null : region.substring(0, 2);
        return new SearchQuery(kind, q == null ? null : q.strip(), InvalidInputException.parseEnum(TechField.class, "field", field), maturity,
                province, InvalidInputException.parseEnum(PriceBand.class, "priceBand", priceBand), InvalidInputException.parseEnum(TransferMode.class, "mode", mode),
                InvalidInputException.parseEnum(SearchQuery.Sort.class, "sort", SearchQuery.Sort.alias(sort)),
                page == null ? 0 : page, size == null ? 20 : size);
    }
}

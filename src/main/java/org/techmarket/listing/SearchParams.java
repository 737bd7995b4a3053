package org.techmarket.listing;

import jakarta.ws.rs.QueryParam;
import org.techmarket.common.InvalidInputException;

/**
 * The query parameters of a listing search, as the pages, the API, the facets and the export take
 * them ({@code @BeanParam}); {@link #query} checks them (each error names its parameter).
 */
public class SearchParams {

    @QueryParam("q")
    public String q;
    @QueryParam("field")
    public String field;
    @QueryParam("maturity")
    public Integer maturity;
    @QueryParam("region")
    public String region;
    @QueryParam("priceBand")
    public String priceBand;
    @QueryParam("mode")
    public String mode;
    @QueryParam("sort")
    public String sort;
    @QueryParam("page")
    public Integer page;
    @QueryParam("size")
    public Integer size;

    /** The search these parameters ask for; {@code size} when the request names none. */
    SearchQuery query(ListingKind kind, int defaultSize) {
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
        return new SearchQuery(kind, q == null ? null : q.strip(),
                InvalidInputException.parseEnum(TechField.class, "field", field), maturity, province,
                InvalidInputException.parseEnum(PriceBand.class, "priceBand", priceBand),
                InvalidInputException.parseEnum(TransferMode.class, "mode", mode),
                InvalidInputException.parseEnum(SearchQuery.Sort.class, "sort", SearchQuery.Sort.alias(sort)),
                page == null ? 0 : page, size == null ? defaultSize : size);
    }

    /** The same search, one page of {@code size} from the first (facets, export). */
    SearchQuery firstPage(ListingKind kind, int size) {
        SearchParams copy = new SearchParams();
        copy.q = q;
        copy.field = field;
        copy.maturity = maturity;
        copy.region = region;
        copy.priceBand = priceBand;
        copy.mode = mode;
        copy.sort = sort;
        copy.size = size;
        return copy.query(kind, size);
    }
}

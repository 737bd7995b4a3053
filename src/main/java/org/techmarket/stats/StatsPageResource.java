package org.techmarket.stats;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.techmarket.common.Region;
import org.techmarket.common.RegionDirectory;
import org.techmarket.listing.ListingStatus;
import org.techmarket.listing.TechField;

/** The public dashboard ({@code /stats}): the market's figures as charts, each with its table. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StatsPageResource {

    /** How many years back the period selector offers. */
    static final int YEARS_OFFERED = 10;

    @Inject
    MarketFigures figures;

    @Inject
    RegionDirectory regions;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance stats(MarketFigures.Figures figures, Selection selection);
    }

    /** A listing status with how many results and needs of the period hold it now. */
    public record StatusRow(ListingStatus status, long results, long needs) {
    }

    /** A region of the breakdown, and where its own breakdown is (null for a county). */
    public record RegionLink(MarketFigures.RegionRow row, String href) {
    }

    /** What the selector shows and the links the page needs. */
    public record Selection(Period period, StatsFilter filter, List<Integer> years, List<TechField> fields,
            List<Region> regionOptions, String regionName, String upHref, List<StatusRow> statuses, List<RegionLink> regions,
            long fieldContracts) {

        public boolean hasMonths(MarketFigures.Figures f) {
            return !f.months().isEmpty();
        }
    }

    @GET
    @Path("stats")
    public TemplateInstance stats(@QueryParam("year") String year, @QueryParam("quarter") String quarter,
            @QueryParam("field") String field, @QueryParam("region") String region) {
        LocalDate today = LocalDate.now(Period.MARKET_ZONE);
        Period period = Period.parse(year, quarter, today);
        StatsFilter filter = StatsFilter.parse(field, region, regions);
        MarketFigures.Figures f = figures.figures(period, filter);
        List<Integer> years = new ArrayList<>();
        for (int y = today.getYear(); y > today.getYear() - YEARS_OFFERED && y >= Period.FIRST_YEAR; y--) {
            years.add(y);
        }
        List<StatusRow> statuses = new ArrayList<>();
        for (ListingStatus s : ListingStatus.values()) {
            long r = f.results().byStatus().getOrDefault(s.name(), 0L);
            long n = f.needs().byStatus().getOrDefault(s.name(), 0L);
            if (r + n > 0) {
                statuses.add(new StatusRow(s, r, n));
            }
        }
        String base = query(period, filter.field());
        List<RegionLink> links = f.regions().stream()
                .map(r -> new RegionLink(r, filter.regionLevel() >= 2 ? null : "/stats?" + base + "region=" + r.code))
                .toList();
        return Templates.stats(f, new Selection(period, filter, years, List.of(TechField.values()),
                regionOptions(filter),
                filter.regionCode() == null ? null : regions.fullName(filter.regionCode()), upHref(filter, base), statuses, links,
                f.fields().stream().mapToLong(r -> r.contracts).sum()));
    }

    /** The provinces, and the prefectures of the chosen region's province. */
    private List<Region> regionOptions(StatsFilter filter) {
        List<Region> options = new ArrayList<>();
        String province = filter.regionCode() == null ? null : RegionDirectory.provinceOf(filter.regionCode());
        for (Region p : regions.provinces()) {
            options.add(p);
            if (p.code.equals(province)) {
                options.addAll(regions.childrenOf(p.code));
            }
        }
        return options;
    }

    private String upHref(StatsFilter filter, String base) {
        if (filter.regionCode() == null) {
            return null;
        }
        return regions.find(filter.regionCode())
                .map(r -> r.parentCode == null ? "/stats?" + base : "/stats?" + base + "region=" + r.parentCode)
                .map(h -> h.endsWith("&") || h.endsWith("?") ? h.substring(0, h.length() - 1) : h)
                .orElse(null);
    }

    /** The period and field as a query string prefix ending in "&" (or empty). */
    private static String query(Period period, TechField field) {
        StringJoiner q = new StringJoiner("&", "", "&").setEmptyValue("");
        if (period.year() != null) {
            q.add("year=" + period.year());
        }
        if (period.quarter() != null) {
            q.add("quarter=" + period.quarter());
        }
        if (field != null) {
            q.add("field=" + URLEncoder.encode(field.name(), StandardCharsets.UTF_8));
        }
        return q.toString();
    }
}

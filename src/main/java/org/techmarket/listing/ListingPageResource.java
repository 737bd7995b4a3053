package org.techmarket.listing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.techmarket.account.OrganisationService;
import org.techmarket.common.AuditEvent;
import org.techmarket.common.Caller;
import org.techmarket.common.Flash;
import org.techmarket.common.Htmx;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.RegionDirectory;

/** The public pages: browse and search results and needs with facets, and each listing's page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ListingPageResource {

    @Inject
    ListingService listings;

    @Inject
    ContactPolicy contacts;

    @Inject
    InquiryService inquiries;

    @Inject
    OrganisationService organisations;

    @Inject
    RegionDirectory regions;

    @Inject
    Segmenter segmenter;

    @Inject
    SecurityIdentity identity;

    /** One row of a search result page. */
    public record Hit(ListingCard listing, String regionName, RawString title, RawString excerpt, String href) {
    }

    /** One value of a facet as the page shows it: its label (a message key, or a name), count and link. */
    public record FacetValue(String labelKey, String name, long count, String href, boolean active) {
    }

    /** A facet: its values, and the link that clears it when one is chosen. */
    public record Facet(List<FacetValue> values, String clearHref) {
    }

    /**
     * The current search as the page shows it, with links that change one facet. The facet rows and their
     * links are made here once, so that the template reads plain values (a page has a hundred of them).
     */
    public record Browse(ListingKind kind, SearchQuery query, String q, List<Hit> hits, ListingSearch.BrowsePage page,
            Facets facets, Map<String, String> provinceNames) {

        public Facet field() {
            return facet("field", facets.field(), ListingKeys::field, null);
        }

        public Facet maturity() {
            return facet("maturity", facets.maturity(), null, v -> "TRL " + v);
        }

        public Facet region() {
            return facet("region", facets.province(), null, p -> provinceNames.getOrDefault(p, p));
        }

        public Facet priceBand() {
            return facet("priceBand", facets.priceBand(), ListingKeys::band, null);
        }

        public Facet mode() {
            return facet("mode", facets.mode(), ListingKeys::mode, null);
        }

        private Facet facet(String name, Map<String, Long> counts, java.util.function.UnaryOperator<String> key,
                java.util.function.UnaryOperator<String> label) {
            List<FacetValue> values = new java.util.ArrayList<>(counts.size());
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                values.add(new FacetValue(key == null ? null : key.apply(e.getKey()),
                        label == null ? null : label.apply(e.getKey()), e.getValue(), link(name, e.getKey()),
                        isActive(name, e.getKey())));
            }
            return new Facet(values, isActive(name) ? link(name, "") : null);
        }

        private boolean isActive(String name) {
            return switch (name) {
                case "field" -> query.field() != null;
                case "maturity" -> query.maturity() != null;
                case "region" -> query.province() != null;
                case "priceBand" -> query.priceBand() != null;
                case "mode" -> query.mode() != null;
                default -> false;
            };
        }

        public String link(String name, String value) {
            StringBuilder url = new StringBuilder("/" + kind.path + "?");
            append(url, "q", q);
            append(url, "field", "field".equals(name) ? value : name(query.field()));
            append(url, "maturity", "maturity".equals(name) ? value
                    : query.maturity() == null ? null : query.maturity().toString());
            append(url, "region", "region".equals(name) ? value : query.province());
            append(url, "priceBand", "priceBand".equals(name) ? value : name(query.priceBand()));
            append(url, "mode", "mode".equals(name) ? value : name(query.mode()));
            append(url, "sort", "sort".equals(name) ? value : query.sort().name());
            if ("page".equals(name)) {
                append(url, "page", value);
            }
            return url.toString();
        }

        public boolean isActive(String name, String value) {
            return value != null && value.equals(switch (name) {
                case "field" -> name(query.field());
                case "maturity" -> query.maturity() == null ? null : query.maturity().toString();
                case "region" -> query.province();
                case "priceBand" -> name(query.priceBand());
                case "mode" -> name(query.mode());
                default -> null;
            });
        }

        public String nextPageLink() {
            return link("page", String.valueOf(page.page() + 1));
        }

        public String previousPageLink() {
            return link("page", String.valueOf(page.page() - 1));
        }

        private static String name(Enum<?> e) {
            return e == null ? null : e.name();
        }

        private static void append(StringBuilder url, String key, String value) {
            if (value != null && !value.isBlank()) {
                url.append(key).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8))
                        .append('&');
            }
        }
    }

    /** Similar listings shown on a listing's page. */
    static final int SIMILAR_SHOWN = 5;

    @Inject
    SimilarListings similar;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance browse(Browse browse);

        /** The facets and hits of a browse page, for a facet, sort or pager link followed in place (htmx). */
        static native TemplateInstance browse$results(Browse browse);

        /** The page's title, sent with the part replaced in place so the browser's title follows the search (htmx). */
        static native TemplateInstance browse$pageTitle(Browse browse);

        static native TemplateInstance detail(Listing listing, String organisationName, String regionName,
                RawString title, RawString summary, RawString description, String q, boolean canAsk,
                boolean owner, boolean showContact, List<AuditEvent> events, Map<String, String> errors,
                List<SimilarListings.Similar> similar);
    }

    @Inject
    ListingPageCaching caching;

    /** Counts a 200 and a 304 alike, in memory (see the class). */
    @Inject
    ListingViewCounter views;

    @GET
    @Path("results")
    public Response results(@BeanParam SearchParams params, @Context Request request, @Context HttpHeaders headers) {
        return browsePage(ListingKind.RESULT, params, request, headers);
    }

    @GET
    @Path("needs")
    public Response needs(@BeanParam SearchParams params, @Context Request request, @Context HttpHeaders headers) {
        return browsePage(ListingKind.NEED, params, request, headers);
    }

    @GET
    @Path("results/{id}")
    public Response result(@PathParam("id") long id, @QueryParam("q") String q, @Context Request request) {
        // Found (or 404) before any 304: a tag never stands for a listing that is not there.
        Optional<Caller> caller = Caller.optional(identity);
        Listing listing = listings.getVisible(id, ListingKind.RESULT, caller);
        Response page = caching.listingPage(ListingKind.RESULT, request, () -> detail(listing, q, Map.of()));
        views.viewed(listing, caller);
        return page;
    }

    @GET
    @Path("needs/{id}")
    public Response need(@PathParam("id") long id, @QueryParam("q") String q, @Context Request request) {
        // Found (or 404) before any 304: a tag never stands for a listing that is not there.
        Optional<Caller> caller = Caller.optional(identity);
        Listing listing = listings.getVisible(id, ListingKind.NEED, caller);
        Response page = caching.listingPage(ListingKind.NEED, request, () -> detail(listing, q, Map.of()));
        views.viewed(listing, caller);
        return page;
    }

    @POST
    @Path("results/{id}/inquiries")
    @Authenticated
    public Response askAboutResult(@PathParam("id") long id, @RestForm String message) {
        return ask(ListingKind.RESULT, id, message);
    }

    @POST
    @Path("needs/{id}/inquiries")
    @Authenticated
    public Response askAboutNeed(@PathParam("id") long id, @RestForm String message) {
        return ask(ListingKind.NEED, id, message);
    }

    private Response ask(ListingKind kind, long id, String message) {
        try {
            inquiries.send(Caller.of(identity), id, message);
            return Flash.redirect("/" + kind.path + "/" + id, "flash_inquiry_sent");
        } catch (InvalidInputException e) {
            return Response.status(400).entity(detail(listings.getVisible(id, kind, Caller.optional(identity)), null,
                    e.fieldErrors())).build();
        }
    }

    private Response browsePage(ListingKind kind, SearchParams params, Request request, HttpHeaders headers) {
        if (Htmx.isPartial(headers)) {
            Browse browse = browse(kind, params);
            return Htmx.fragment(200, Templates.browse$pageTitle(browse).render() + Templates.browse$results(browse).render());
        }
        return caching.page(kind, request, () -> Templates.browse(browse(kind, params)));
    }

    private Browse browse(ListingKind kind, SearchParams params) {
        // The page shows 20 a page; a size in its address is ignored.
        params.size = null;
        SearchQuery query = params.query(kind, 20);
        String q = params.q;
        AnalysedQuery analysed = segmenter.analyse(query.text());
        ListingSearch.BrowsePage found = listings.browse(query, analysed);
        Facets facets = found.facets();
        Set<String> words = analysed.highlightTerms();
        String typed = q == null ? "" : q.strip();
        String suffix = typed.isEmpty() ? "" : "?q=" + java.net.URLEncoder.encode(typed, java.nio.charset.StandardCharsets.UTF_8);
        List<Hit> hits = found.cards().stream().map(c -> new Hit(c, regions.fullName(c.regionCode()),
                Highlighter.highlight(c.title(), words), Highlighter.highlight(c.excerpt(), words),
                "/" + kind.path + "/" + c.id() + suffix)).toList();
        Map<String, String> provinces = new java.util.LinkedHashMap<>();
        facets.province().keySet().forEach(p -> provinces.put(p, regions.name(p + "0000", org.techmarket.common.ProblemText.currentLanguage())));
        return new Browse(kind, query, typed, hits, found, facets, provinces);
    }

    private TemplateInstance detail(Listing listing, String q, Map<String, String> errors) {
        Optional<Caller> caller = Caller.optional(identity);
        boolean owner = caller.map(c -> c.isMemberOf(listing.organisationId)).orElse(false);
        boolean staff = caller.map(Caller::isStaff).orElse(false);
        Set<String> words = segmenter.highlightTerms(q);
        return Templates.detail(listing, organisations.namesOf(List.of(listing.organisationId)).get(listing.organisationId),
                regions.fullName(listing.regionCode), Highlighter.highlight(listing.title, words),
                Highlighter.highlight(listing.summary, words), Highlighter.highlight(listing.description, words),
                q == null ? "" : q, caller.isPresent() && !owner && listing.isPublished(), owner,
                contacts.mayViewOnPage(listing, caller), staff || owner ? listings.history(listing.id) : List.of(), errors,
                listing.isPublished() ? similar.similarTo(listing.id, listing.kind, SIMILAR_SHOWN) : List.of());
    }
}

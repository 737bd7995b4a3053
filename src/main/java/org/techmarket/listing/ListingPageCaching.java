package org.techmarket.listing;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.techmarket.common.Flash;
import org.techmarket.common.Hashes;
import org.techmarket.common.Language;

/**
 * Conditional requests for the public listing pages as anonymous visitors see them. The validator
 * is the kind's change version (V17: moved in the transaction of every change a public listing page
 * shows: a listing published, edited or withdrawn, an organisation renamed), for a listing's page also
 * the newest vector its instance has read (its similar listings), the page's language and the build,
 * so a browser or a shared cache in front of the replicas asks again
 * and gets 304 from one indexed read until something changed, on any replica. Shared caches may keep
 * such a page {@value #SHARED_SECONDS} s; browsers revalidate each time. Signed-in pages and pages
 * showing a one-time notice are private and never stored.
 */
@ApplicationScoped
public class ListingPageCaching {

    static final int SHARED_SECONDS = 10;
    static final String PUBLIC = "public, max-age=0, s-maxage=" + SHARED_SECONDS + ", must-revalidate";
    static final String PRIVATE = "private, no-cache";
    /** The same address answers htmx with a fragment of the page (see {@link org.techmarket.common.Htmx}). */
    static final String VARY = "Cookie, " + org.techmarket.common.Htmx.VARY;

    /** The build: a new deployment (new templates) changes every tag. */
    private static final String BUILD = org.techmarket.common.Build.ID;

    @Inject
    EntityManager em;

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest current;

    @Inject
    SimilarListings similar;

    /** The page, or 304 when the visitor's copy is current; anonymous visitors' pages carry a validator. */
    public Response page(ListingKind kind, Request request, Supplier<Object> render) {
        return page(kind, request, render, false);
    }

    /** The same for a listing's page, which also shows its similar listings. */
    public Response listingPage(ListingKind kind, Request request, Supplier<Object> render) {
        return page(kind, request, render, true);
    }

    private Response page(ListingKind kind, Request request, Supplier<Object> render, boolean withSimilar) {
        var routing = current.getCurrent();
        boolean shared = identity.isAnonymous() && routing != null && routing.request().getCookie(Flash.COOKIE) == null;
        if (!shared) {
            return Response.ok(render.get(), jakarta.ws.rs.core.MediaType.TEXT_HTML_TYPE).header("Cache-Control", PRIVATE)
                    .header("Vary", VARY).build();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT version, changed_at FROM listing_change WHERE kind = :kind")
                .setParameter("kind", kind.name()).getResultList();
        if (rows.isEmpty()) {
            return Response.ok(render.get(), jakarta.ws.rs.core.MediaType.TEXT_HTML_TYPE).header("Cache-Control", PRIVATE)
                    .header("Vary", VARY).build();
        }
        String similarVersion = withSimilar ? "-s" + Long.toString(similar.version(), 36) : "";
        EntityTag tag = new EntityTag(kind.name().charAt(0) + String.valueOf(rows.get(0)[0]) + similarVersion + "-"
                + Language.of(routing).tag + "-" + BUILD, true);
        java.time.Instant changed = toInstant(rows.get(0)[1]);
        if (withSimilar && similar.version() > changed.toEpochMilli()) {
            changed = java.time.Instant.ofEpochMilli(similar.version());
        }
        Date modified = Date.from(changed.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(modified, tag);
        Response.ResponseBuilder answer = unchanged != null ? unchanged : Response.ok(render.get(), jakarta.ws.rs.core.MediaType.TEXT_HTML_TYPE);
        return answer.tag(tag).lastModified(modified).header("Cache-Control", PUBLIC).header("Vary", VARY).build();
    }

    private static java.time.Instant toInstant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.time.Instant instant) {
            return instant;
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}

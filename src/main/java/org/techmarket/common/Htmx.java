package org.techmarket.common;

import io.quarkus.qute.Engine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Partial page updates: whether a request came from htmx asking for part of a page, and the answer to it. A page
 * answers such a request with a fragment instead of the whole page, and a form with the changed part (and the flash
 * a redirect would have shown) instead of a redirect; without JavaScript the same address serves the whole page, so
 * every answer that differs carries {@code Vary: HX-Request}.
 */
@ApplicationScoped
public class Htmx {

    public static final String REQUEST = "HX-Request";
    public static final String VARY = REQUEST;

    /**
     * The status of a fragment that shows field errors: the layout's htmx configuration swaps a 422 in place, where
     * it leaves other 4xx (whole error pages) out of a row.
     */
    public static final int INVALID = 422;

    @Inject
    Engine engine;

    /** An htmx request for part of a page; a history restore (the back button after a cache miss) wants it all. */
    public static boolean isPartial(HttpHeaders headers) {
        return headers != null && "true".equals(headers.getHeaderString(REQUEST))
                && !"true".equals(headers.getHeaderString("HX-History-Restore-Request"));
    }

    /** The changed part of a page. */
    public static Response fragment(int status, String html) {
        return Response.status(status).entity(html).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Vary", VARY).header("Cache-Control", "no-store").build();
    }

    /** The changed part of a page after a form succeeded, with its flash message (a message key) shown out of band. */
    public Response changed(String html, String flashKey) {
        return fragment(200, html + engine.getTemplate("tags/flashOob").data("key", flashKey).render());
    }

    /** A form's field errors where the flash goes, the form left as it was (nothing else is swapped). */
    public Response invalid(java.util.Map<String, String> errors) {
        Response answer = fragment(INVALID, engine.getTemplate("tags/errorsOob").data("errors", errors.values()).render());
        return Response.fromResponse(answer).header("HX-Reswap", "none").build();
    }
}

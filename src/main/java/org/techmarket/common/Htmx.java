package org.techmarket.common;

import jakarta.ws.rs.core.HttpHeaders;

/**
 * Partial page updates: whether a request came from htmx asking for part of a page. A page answers such a request
 * with a fragment instead of the whole page, and a form with the changed part instead of a redirect; without
 * JavaScript the same address serves the whole page, so every response that differs carries {@code Vary: HX-Request}.
 */
public final class Htmx {

    public static final String REQUEST = "HX-Request";
    public static final String VARY = REQUEST;

    /**
     * The status of a fragment that shows field errors: the layout's htmx configuration swaps a 422 in place, where
     * it leaves other 4xx (whole error pages) out of a row.
     */
    public static final int INVALID = 422;

    private Htmx() {
    }

    /** An htmx request for part of a page; a history restore (the back button after a cache miss) wants it all. */
    public static boolean isPartial(HttpHeaders headers) {
        return headers != null && "true".equals(headers.getHeaderString(REQUEST))
                && !"true".equals(headers.getHeaderString("HX-History-Restore-Request"));
    }
}

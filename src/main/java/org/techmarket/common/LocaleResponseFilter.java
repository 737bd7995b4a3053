package org.techmarket.common;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Marks every page with its language and consumes the one-time flash message once a page showed it. */
public class LocaleResponseFilter {

    @Inject
    CurrentVertxRequest request;

    @ServerResponseFilter
    public void markPage(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type == null || !type.isCompatible(MediaType.TEXT_HTML_TYPE) || request.getCurrent() == null) {
            return;
        }
        response.getHeaders().putSingle("Content-Language", Language.of(request.getCurrent()).tag);
        if (request.getCurrent().request().getCookie(Flash.COOKIE) != null && response.getStatus() == 200) {
            response.getHeaders().add("Set-Cookie", Flash.cleared().toString());
        }
    }
}

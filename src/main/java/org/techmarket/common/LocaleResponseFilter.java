package org.techmarket.common;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Renders every page in the user's language (zh-CN unless they switched to English) and consumes the flash message. */
public class LocaleResponseFilter {

    @Inject
    CurrentVertxRequest request;

    @ServerResponseFilter
    public void localise(ContainerResponseContext response) {
        if (response.getEntity() instanceof TemplateInstance page) {
            page.setLocale(Language.of(request.getCurrent()).locale);
            response.getHeaders().putSingle("Content-Language", Language.of(request.getCurrent()).tag);
            if (request.getCurrent().request().getCookie(Flash.COOKIE) != null) {
                response.getHeaders().add("Set-Cookie", Flash.cleared().toString());
            }
        }
    }
}

package org.techmarket.common;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Pages are in Chinese unless the user chose English with the switch, whatever the browser
 * asks for: the chosen language replaces Accept-Language before Qute picks a message bundle. An API
 * client that asks for a language (and has no switch cookie) gets what it asked for.
 */
@ApplicationScoped
public class LanguageRouteFilter {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(context -> {
            boolean apiAsking = context.request().path().startsWith("/api/")
                    && context.request().getHeader("Accept-Language") != null
                    && context.request().getCookie(Language.COOKIE) == null;
            if (!apiAsking) {
                context.request().headers().set("Accept-Language", Language.of(context).tag);
            }
            context.next();
        });
    }
}

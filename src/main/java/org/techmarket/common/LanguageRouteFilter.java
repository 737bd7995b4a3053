package org.techmarket.common;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Pages are in Chinese unless the user chose English with the switch, whatever the browser
 * asks for: the chosen language replaces Accept-Language before Qute picks a message bundle.
 */
@ApplicationScoped
public class LanguageRouteFilter {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(context -> {
            context.request().headers().set("Accept-Language", Language.of(context).tag);
            context.next();
        });
    }
}

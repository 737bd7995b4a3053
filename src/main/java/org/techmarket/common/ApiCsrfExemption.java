package org.techmarket.common;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CSRF protects credentials a browser sends by itself (the session cookie). An API client that
 * authenticates every request with its own Authorization header and sends no session cookie
 * cannot be forged by another site, yet multipart uploads would still meet the CSRF filter; for
 * such requests under /api this handler supplies a matching one-off token pair before it runs
 * (and before anything reads the cookies, which Vert.x parses once). A browser that cached Basic
 * credentials would send them cross-site too, so a request carrying another site's Origin is
 * never exempted.
 */
@ApplicationScoped
public class ApiCsrfExemption {

    private static final SecureRandom RANDOM = new SecureRandom();

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String csrfCookie;

    @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN")
    String csrfHeader;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String sessionCookie;

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 50).handler(context -> {
            var request = context.request();
            String cookies = request.getHeader(HttpHeaders.COOKIE);
            boolean hasSession = cookies != null && cookies.contains(sessionCookie + "=");
            String origin = request.getHeader(HttpHeaders.ORIGIN);
            boolean sameOrigin = origin == null || origin.endsWith("://" + request.authority());
            if (request.getHeader(HttpHeaders.AUTHORIZATION) != null && !hasSession && sameOrigin) {
                byte[] bytes = new byte[16];
                RANDOM.nextBytes(bytes);
                String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                request.headers().set(csrfHeader, token);
                request.headers().set(HttpHeaders.COOKIE, csrfCookie + "=" + token);
            }
            context.next();
        });
    }
}

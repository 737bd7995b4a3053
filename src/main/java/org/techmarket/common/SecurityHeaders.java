package org.techmarket.common;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;


/**
 * Headers on every response, pages, API, static files and errors alike: a Content-Security-Policy
 * without inline script or style, no framing, nosniff, a strict referrer policy; behind TLS also
 * HSTS. Every cookie is HttpOnly and SameSite=Lax (no script of ours reads one), and Secure behind TLS
 * ({@code techmarket.http.secure-cookies=true} when TLS ends at a proxy in front of the app). Also the
 * name of the instance that answered ({@link InstanceId#HEADER}).
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Inject
    TechMarketConfig config;

    @Inject
    InstanceId instance;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        boolean tls = config.http().secureCookies() || context.request().isSSL();
        context.addHeadersEndHandler(ignored -> {
            HttpServerResponse response = context.response();
            var headers = response.headers();
            headers.set("Content-Security-Policy", CSP);
            headers.set("X-Frame-Options", "DENY");
            headers.set("X-Content-Type-Options", "nosniff");
            // The browsers' old XSS auditor is off (OWASP): it opened leaks of its own; the CSP does its work.
            headers.set("X-XSS-Protection", "0");
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            // Which replica answered (behind a load balancer): for operators and the cluster check.
            headers.set(InstanceId.HEADER, instance.get());
            if (tls) {
                headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
            // Every cookie this response sets (by Vert.x or as a header) is HttpOnly and SameSite, and Secure behind TLS.
            for (Cookie cookie : context.request().cookies()) {
                if (cookie instanceof io.vertx.core.http.impl.ServerCookie set && set.isChanged()) {
                    cookie.setHttpOnly(true);
                    if (cookie.getSameSite() == null) {
                        cookie.setSameSite(CookieSameSite.LAX);
                    }
                    if (tls) {
                        cookie.setSecure(true);
                    }
                }
            }
            List<String> setCookies = headers.getAll("Set-Cookie");
            if (!setCookies.isEmpty()) {
                headers.remove("Set-Cookie");
                setCookies.forEach(c -> headers.add("Set-Cookie", harden(c, tls)));
            }
        });
        context.next();
    }

    /** A Set-Cookie header value with HttpOnly and SameSite=Lax (unless it says otherwise), and Secure behind TLS. */
    static String harden(String setCookie, boolean tls) {
        String lower = setCookie.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(setCookie);
        if (!ATTRIBUTE_HTTPONLY.matcher(lower).find()) {
            out.append("; HttpOnly");
        }
        if (!lower.contains("samesite=")) {
            out.append("; SameSite=Lax");
        }
        if (tls && !ATTRIBUTE_SECURE.matcher(lower).find()) {
            out.append("; Secure");
        }
        return out.toString();
    }

    private static final Pattern ATTRIBUTE_HTTPONLY = Pattern.compile(";\\s*httponly\\s*(;|$)");
    private static final Pattern ATTRIBUTE_SECURE = Pattern.compile(";\\s*secure\\s*(;|$)");
}

package org.techmarket.common;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fingerprinted static files: pages link {@code /css/app.css?v=<hash of its content>}, and a request
 * carrying the current hash is answered as cacheable for a year (immutable); a new build changes the
 * hash and so the address. Other responses without a policy of their own are not stored by shared
 * caches ({@code private, no-cache}): most pages show who is logged in. A response that a shared cache
 * may store sets no cookie.
 */
@Named("assets")
@ApplicationScoped
public class StaticAssets {

    static final String YEAR = "public, max-age=31536000, immutable";
    private static final List<String> FILES = List.of("/css/app.css", "/css/certificate.css", "/js/charts.js", "/js/app.js");
    /** Web jars carry their version in the path, so their files never change under one address. */
    private static final String WEBJARS = "/webjars/";

    private final Map<String, String> fingerprints = new HashMap<>();
    private final String csrfCookie = org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getOptionalValue("quarkus.rest-csrf.cookie-name", String.class).orElse("csrf-token");
    private final String echarts;
    private final String htmx;

    public StaticAssets() {
        echarts = WEBJARS + "echarts/" + webjarVersion("org.webjars.npm", "echarts") + "/dist/echarts.min.js";
        htmx = WEBJARS + "htmx.org/" + webjarVersion("org.webjars.npm", "htmx.org") + "/dist/htmx.min.js";
        for (String file : FILES) {
            try (InputStream in = StaticAssets.class.getResourceAsStream("/META-INF/resources" + file)) {
                if (in == null) {
                    throw new IllegalStateException("static file missing: " + file);
                }
                fingerprints.put(file, Hashes.sha256(in.readAllBytes()).substring(0, 12));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The address of the site's style sheet, with its fingerprint. */
    public String getCss() {
        return url("/css/app.css");
    }

    public String getCertificateCss() {
        return url("/css/certificate.css");
    }

    public String getChartsJs() {
        return url("/js/charts.js");
    }

    /** The site's own small enhancements (every page works without them). */
    public String getAppJs() {
        return url("/js/app.js");
    }

    /** htmx from its web jar: partial page updates where a full reload gets in the way. */
    public String getHtmx() {
        return htmx;
    }

    /** ECharts from its web jar (the version is in the address). */
    public String getEcharts() {
        return echarts;
    }

    private static String webjarVersion(String group, String artifact) {
        String file = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = StaticAssets.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("web jar missing: " + artifact);
            }
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String file) {
        return file + "?v=" + fingerprints.get(file);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 11).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String path = context.normalizedPath();
        String fingerprint = fingerprints.get(path);
        boolean current = fingerprint != null && fingerprint.equals(context.request().getParam("v"));
        context.addHeadersEndHandler(ignored -> {
            var headers = context.response().headers();
            if ((current || path.startsWith(WEBJARS)) && context.response().getStatusCode() == 200) {
                headers.set("Cache-Control", YEAR);
            } else if (fingerprint != null) {
                // A fingerprinted file asked for by its bare name or an old hash: revalidate (Quarkus's static
                // handler would call it immutable for a day, and a deployment would not reach that browser).
                headers.set("Cache-Control", "no-cache");
            } else if (!headers.contains("Cache-Control")) {
                headers.set("Cache-Control", "private, no-cache");
            } else if (headers.get("Cache-Control").startsWith("public")) {
                // A copy a shared cache may hand to every visitor sets no cookie (the CSRF filter's token
                // cookie would be shared with them all); the visitor gets one on the first page with a form.
                headers.remove("Set-Cookie");
                context.response().removeCookies(csrfCookie, false);
            }
        });
        context.next();
    }
}

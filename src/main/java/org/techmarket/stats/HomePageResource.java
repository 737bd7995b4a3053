package org.techmarket.stats;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.ConcurrentHashMap;
import org.techmarket.common.Build;
import org.techmarket.common.Flash;
import org.techmarket.common.Language;

/** The front page: a search box, the market's headline figures and what is new on it. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePageResource {

    /** Anonymous visitors' copies may be shared by caches for as long as an instance keeps its reading. */
    static final String SHARED = "public, max-age=0, s-maxage=10, must-revalidate";

    @Inject
    HomeFigures home;

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest current;

    /** The anonymous home page as rendered for the current reading, per language. */
    private final ConcurrentHashMap<String, String> rendered = new ConcurrentHashMap<>();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(HomeFigures.Home home);
    }

    @GET
    public Response home(@Context Request request) {
        HomeFigures.Home content = home.current();
        var routing = current.getCurrent();
        boolean shared = identity.isAnonymous() && routing != null && routing.request().getCookie(Flash.COOKIE) == null;
        if (!shared) {
            return Response.ok(Templates.home(content), MediaType.TEXT_HTML_TYPE)
                    .header("Cache-Control", "private, no-cache").build();
        }
        Language language = Language.of(routing);
        String key = content.tag() + "-" + language.tag;
        EntityTag tag = new EntityTag(key + "-" + Build.ID, true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).header("Cache-Control", SHARED).header("Vary", "Cookie").build();
        }
        Object page;
        if ("/".equals(routing.request().uri())) {
            // Every anonymous visitor of "/" sees the same page in a language until the content is read again.
            if (!rendered.containsKey(key)) {
                rendered.keySet().removeIf(k -> !k.startsWith(content.tag()));
            }
            page = rendered.computeIfAbsent(key, k -> Templates.home(content).setLocale(language.locale).render());
        } else {
            page = Templates.home(content);
        }
        Response.ResponseBuilder answer = Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        return answer.tag(tag).header("Cache-Control", SHARED).header("Vary", "Cookie").build();
    }
}

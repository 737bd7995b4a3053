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
        EntityTag tag = new EntityTag(content.tag() + "-" + Language.of(routing).tag + "-" + Build.ID, true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = unchanged != null ? unchanged
                : Response.ok(Templates.home(content), MediaType.TEXT_HTML_TYPE);
        return answer.tag(tag).header("Cache-Control", SHARED).header("Vary", "Cookie").build();
    }
}

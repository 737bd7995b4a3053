package org.techmarket.common;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The language switch in the page header. */
@Path("/lang")
public class LanguageResource {

    @GET
    @Path("/{tag}")
    public Response switchTo(@PathParam("tag") String tag, @QueryParam("next") String next) {
        Language language = Language.fromTag(tag);
        NewCookie cookie = new NewCookie.Builder(Language.COOKIE)
                .value(language.tag).path("/").maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(SafeRedirect.localPath(next))).cookie(cookie).build();
    }
}

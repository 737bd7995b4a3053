package org.techmarket.common;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The language switch in the page header; a logged-in person's choice is also kept for what is sent to them. */
@Path("/lang")
public class LanguageResource {

    @jakarta.inject.Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    @jakarta.transaction.Transactional
    void remember(Language language) {
        if (!identity.isAnonymous()) {
            em.createNativeQuery("UPDATE user_account SET language = :tag WHERE username = :name AND language <> :tag")
                    .setParameter("tag", language.tag).setParameter("name", IdentityAttributes.username(identity))
                    .executeUpdate();
        }
    }

    @GET
    @Path("/{tag}")
    public Response switchTo(@PathParam("tag") String tag, @QueryParam("next") String next) {
        Language language = Language.fromTag(tag);
        remember(language);
        NewCookie cookie = new NewCookie.Builder(Language.COOKIE)
                .value(language.tag).path("/").maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(SafeRedirect.localPath(next))).cookie(cookie).build();
    }
}

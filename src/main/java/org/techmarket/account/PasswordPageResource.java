package org.techmarket.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.techmarket.common.Flash;
import org.techmarket.common.InvalidInputException;

/** Forgotten password pages: ask for a mailed link, then set a new password with it. */
@Path("/password")
@Produces(MediaType.TEXT_HTML)
public class PasswordPageResource {

    @Inject
    PasswordResetService resets;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance forgot();

        static native TemplateInstance reset(String token, Map<String, String> errors);
    }

    @GET
    @Path("forgot")
    public TemplateInstance forgotPage() {
        return Templates.forgot();
    }

    @POST
    @Path("forgot")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response forgot(@FormParam("username") String username, @Context UriInfo uri) {
        resets.requestByMail(username, uri.getBaseUri().toString());
        return Flash.redirect("/login", "flash_reset_requested");
    }

    @GET
    @Path("reset")
    public TemplateInstance resetPage(@QueryParam("token") String token) {
        return Templates.reset(token == null ? "" : token, Map.of());
    }

    @POST
    @Path("reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reset(@FormParam("token") String token, @FormParam("newPassword") String newPassword) {
        try {
            resets.redeem(token, newPassword);
            return Flash.redirect("/login", "flash_password_changed");
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.reset(token == null ? "" : token, e.fieldErrors())).build();
        }
    }
}

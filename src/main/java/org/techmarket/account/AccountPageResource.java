package org.techmarket.account;

import org.techmarket.common.RegionDirectory;
import org.techmarket.common.Region;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.techmarket.common.AuditEvent;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.Caller;
import org.techmarket.common.Flash;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.SafeRedirect;

/** Login, logout, self-registration and the user's own account page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountPageResource {

    @Inject
    AccountService accounts;

    @Inject
    OrganisationService organisations;

    @Inject
    RegionDirectory regions;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean error, boolean registered);

        static native TemplateInstance logout();

        static native TemplateInstance register(RegistrationForm form, Map<String, String> errors,
                List<Region> gansu);

        static native TemplateInstance account(UserAccount user, Organisation organisation, String regionName,
                List<UserAccount> members, List<AuditEvent> events);
    }

    @GET
    @Path("login")
    public Response loginPage(@QueryParam("error") String error, @QueryParam("registered") String registered,
            @QueryParam("next") String next, @Context UriInfo uri) {
        Response.ResponseBuilder page = Response.ok(Templates.login(error != null, registered != null));
        String local = SafeRedirect.localPath(next);
        if (!"/".equals(local)) {
            // Form authentication sends the user back to this location after a successful login.
            String absolute = uri.getBaseUri().resolve(local.substring(1)).toString();
            page.cookie(new NewCookie.Builder("quarkus-redirect-location").value(absolute).path("/")
                    .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build());
        }
        return page.build();
    }

    /** Logging out is a POST (with the CSRF token) behind a confirmation page, so no other site can do it. */
    @GET
    @Path("logout")
    public TemplateInstance logoutPage() {
        return Templates.logout();
    }

    @POST
    @Path("logout")
    public Response logout() {
        if (!identity.isAnonymous()) {
            FormAuthenticationMechanism.logout(identity);
        }
        return Flash.redirect("/", "flash_logged_out");
    }

    @GET
    @Path("register")
    public TemplateInstance registerPage() {
        return Templates.register(new RegistrationForm(), Map.of(), regions.childrenTree("620000"));
    }

    @POST
    @Path("register")
    public Response register(@BeanParam RegistrationForm form) {
        try {
            accounts.register(form.toRegistration());
            return Flash.redirect("/login?registered=true", "flash_registered");
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach((field, message) -> errors.put(RegistrationForm.pageField(field), message));
            form.password = null;
            return Response.status(400).entity(Templates.register(form, errors, regions.childrenTree("620000")))
                    .build();
        }
    }

    @GET
    @Path("account")
    @Authenticated
    public TemplateInstance account() {
        Caller caller = Caller.of(identity);
        UserAccount user = accounts.get(caller.userId());
        Organisation organisation = organisations.get(user.organisationId);
        return Templates.account(user, organisation, regions.fullName(organisation.regionCode),
                organisations.members(organisation.id), audit.history(OrganisationService.ENTITY, organisation.id));
    }
}

package org.techmarket.account;

import org.techmarket.common.RegionDirectory;
import org.techmarket.common.RegionPicker;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.PathParam;
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
import org.techmarket.common.OwnAccount;
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
    ApiTokenService tokens;

    @Inject
    OrganisationService organisations;

    @Inject
    RegionDirectory regions;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityIdentity identity;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String error, boolean registered);

        static native TemplateInstance logout();

        static native TemplateInstance register(RegistrationForm form, Map<String, String> errors,
                RegionPicker region);

        static native TemplateInstance account(UserAccount user, Organisation organisation, String regionName,
                List<UserAccount> members, List<UserAccount> joiners, List<AuditEvent> events,
                List<ApiToken> tokens, String newSecret, Map<String, String> errors);
    }

    @GET
    @Path("login")
    public Response loginPage(@QueryParam("error") String error, @QueryParam("registered") String registered,
            @QueryParam("next") String next, @Context UriInfo uri) {
        Response.ResponseBuilder page = Response.ok(Templates.login(error == null ? "" : error, registered != null));
        String local = SafeRedirect.localPath(next);
        if (!"/".equals(local)) {
            // Form authentication sends the user back to this location after a successful login.
            String absolute = uri.getBaseUri().resolve(local).toString();
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

    /** Ends the session everywhere: the cookie is cleared here, and any copy of it stops working. */
    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        if (!identity.isAnonymous()) {
            accounts.endSessions(Caller.account(identity).userId(), false);
        }
        return Response.fromResponse(Flash.redirect("/", "flash_logged_out")).cookie(clearedSession()).build();
    }

    @GET
    @Path("register")
    public TemplateInstance registerPage() {
        return Templates.register(new RegistrationForm(), Map.of(), regions.picker(RegionDirectory.GANSU, null, null));
    }

    @POST
    @Path("register")
    public Response register(@BeanParam RegistrationForm form) {
        RegionPicker region = regions.picker(form.regionProvince, form.regionCity, form.regionCode);
        form.regionCode = region.code();
        if (form.regionStep != null) {
            form.password = null;
            return Response.ok(Templates.register(form, Map.of(), region)).build();
        }
        try {
            accounts.register(form.toRegistration());
            // The login page says so itself (a flash as well would show twice, and again after logging in).
            return Response.seeOther(java.net.URI.create("/login?registered=true")).build();
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach((field, message) -> errors.put(RegistrationForm.pageField(field), message));
            form.password = null;
            return Response.status(400).entity(Templates.register(form, errors, region)).build();
        }
    }

    @GET
    @Path("account")
    @Authenticated
    @OwnAccount
    public TemplateInstance account() {
        return accountPage(Map.of());
    }

    /** A member approves someone joining their organisation (staff do it from the organisation page). */
    @POST
    @Path("account/members/{id}/approval")
    @Authenticated
    public Response approveJoiner(@PathParam("id") long userId) {
        accounts.approveMembership(userId, Caller.of(identity));
        return Flash.redirect("/account", "flash_member_approved");
    }

    @POST
    @Path("account/password")
    @Authenticated
    @OwnAccount
    public Response changePassword(@FormParam("currentPassword") String currentPassword,
            @FormParam("newPassword") String newPassword) {
        try {
            accounts.changePassword(Caller.account(identity), currentPassword, newPassword);
        } catch (InvalidInputException e) {
            return Response.status(400).entity(accountPage(e.fieldErrors())).build();
        }
        return Response.fromResponse(Flash.redirect("/login", "flash_password_changed")).cookie(clearedSession()).build();
    }

    /** Clears the session cookie in this browser (the session itself has ended everywhere). */
    private NewCookie clearedSession() {
        return new NewCookie.Builder(sessionCookie).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    /** A new personal API token; its secret is on this one answer only. */
    @POST
    @Path("account/tokens")
    @Authenticated
    @OwnAccount
    public Response createToken(@FormParam("name") String name, @FormParam("tokenPassword") String password) {
        try {
            ApiTokenService.Created created = tokens.create(Caller.account(identity), password, name, null);
            return Response.ok(accountPage(Map.of(), created.secret())).build();
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach((field, message) -> errors.put("currentPassword".equals(field) ? "tokenPassword" : field,
                    message));
            return Response.status(400).entity(accountPage(errors)).build();
        }
    }

    @POST
    @Path("account/tokens/{id}/revocation")
    @Authenticated
    @OwnAccount
    public Response revokeToken(@PathParam("id") long id) {
        tokens.revoke(Caller.account(identity), id);
        return Flash.redirect("/account", "flash_token_revoked");
    }

    private TemplateInstance accountPage(Map<String, String> errors) {
        return accountPage(errors, null);
    }

    private TemplateInstance accountPage(Map<String, String> errors, String newSecret) {
        Caller caller = Caller.account(identity);
        UserAccount user = accounts.get(caller.userId());
        Organisation organisation = organisations.get(user.organisationId);
        boolean member = caller.standing().actsForOrganisation();
        return Templates.account(user, organisation, regions.fullName(organisation.regionCode),
                member ? organisations.members(organisation.id) : List.of(),
                member ? accounts.awaitingApproval(organisation.id) : List.of(),
                member && caller.isStaff() ? audit.history(OrganisationService.ENTITY, organisation.id) : List.of(),
                tokens.list(caller), newSecret, errors);
    }
}

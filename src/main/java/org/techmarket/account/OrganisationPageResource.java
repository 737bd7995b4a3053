package org.techmarket.account;

import org.techmarket.common.RegionDirectory;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.techmarket.common.AuditEvent;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.Caller;
import org.techmarket.common.Flash;
import org.techmarket.common.Htmx;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.Roles;

/** Staff pages: the organisation verification queue, one organisation with its audit trail; admin: staff accounts. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class OrganisationPageResource {

    @Inject
    OrganisationService organisations;

    @Inject
    AccountService accounts;

    @Inject
    UserAccountRepository users;

    @Inject
    RegionDirectory regions;

    @Inject
    AuditTrail audit;

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @Inject
    Htmx htmx;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance organisations(List<Organisation> organisations, String status,
                List<UserAccount> awaiting);

        /** One organisation of the queue after its decision, replacing its row in place (htmx). */
        static native TemplateInstance organisations$row(Organisation o);

        /** One member awaiting approval after it, replacing its line in place (htmx). */
        static native TemplateInstance organisations$member(UserAccount u);

        static native TemplateInstance organisation(Organisation organisation, String regionName,
                List<UserAccount> members, List<AuditEvent> events, Map<String, String> errors);

        static native TemplateInstance staff(List<UserAccount> staff, Map<String, String> errors,
                Map<String, String> values);
    }

    @GET
    @Path("staff/organisations")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public TemplateInstance list(@QueryParam("status") String status) {
        OrganisationStatus wanted = status == null || status.isBlank() ? OrganisationStatus.PENDING
                : "ALL".equals(status) ? null : parse(status);
        return Templates.organisations(organisations.listByStatus(wanted), wanted == null ? "ALL" : wanted.name(),
                users.listAwaitingMembership());
    }

    @GET
    @Path("staff/organisations/{id}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public TemplateInstance show(@PathParam("id") long id) {
        return page(organisations.get(id), Map.of());
    }

    @POST
    @Path("staff/organisations/{id}/decision")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response decide(@PathParam("id") long id, @RestForm String decision, @RestForm String reason,
            @Context HttpHeaders headers) {
        OrganisationService.Decision parsed = "VERIFY".equals(decision) ? OrganisationService.Decision.VERIFY
                : "REJECT".equals(decision) ? OrganisationService.Decision.REJECT : null;
        try {
            organisations.decide(id, parsed, reason);
            if (Htmx.isPartial(headers)) {
                return htmx.changed(Templates.organisations$row(organisations.get(id)).render(), "flash_decided");
            }
            return Flash.redirect("/staff/organisations/" + id, "flash_decided");
        } catch (InvalidInputException e) {
            if (Htmx.isPartial(headers)) {
                return htmx.invalid(e.fieldErrors());
            }
            return Response.status(400).entity(page(organisations.get(id), e.fieldErrors())).build();
        }
    }

    @POST
    @Path("staff/users/{id}/membership-approval")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response approveMember(@PathParam("id") long userId, @Context HttpHeaders headers) {
        UserAccount user = accounts.approveMembership(userId, Caller.of(identity));
        if (Htmx.isPartial(headers)) {
            return htmx.changed(Templates.organisations$member(user).render(), "flash_member_approved");
        }
        return Flash.redirect("/staff/organisations/" + user.organisationId, "flash_member_approved");
    }

    @GET
    @Path("admin/staff")
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance staffPage() {
        return Templates.staff(staffAccounts(), Map.of(), Map.of());
    }

    @POST
    @Path("admin/staff")
    @RolesAllowed(Roles.ADMIN)
    public Response createStaff(@RestForm String username, @RestForm String password, @RestForm String displayName,
            @RestForm String email) {
        try {
            accounts.createStaff(new StaffAccount(username, password, displayName, email));
            return Flash.redirect("/admin/staff", "flash_staff_created");
        } catch (InvalidInputException e) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("username", username == null ? "" : username);
            values.put("displayName", displayName == null ? "" : displayName);
            values.put("email", email == null ? "" : email);
            return Response.status(400).entity(Templates.staff(staffAccounts(), e.fieldErrors(), values)).build();
        }
    }

    private List<UserAccount> staffAccounts() {
        return organisations.members(organisations.marketOrganisation().id);
    }

    private TemplateInstance page(Organisation organisation, Map<String, String> errors) {
        return Templates.organisation(organisation, regions.fullName(organisation.regionCode),
                organisations.members(organisation.id), audit.history(OrganisationService.ENTITY, organisation.id),
                errors);
    }

    private static OrganisationStatus parse(String status) {
        try {
            return OrganisationStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "one of PENDING, VERIFIED, REJECTED, ALL");
        }
    }
}

package org.techmarket.account;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techmarket.account.AccountApi.AuditView;
import org.techmarket.account.AccountApi.DecisionRequest;
import org.techmarket.account.AccountApi.MemberView;
import org.techmarket.account.AccountApi.OrganisationView;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.Caller;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.OwnAccount;
import org.techmarket.common.RegionDirectory;
import org.techmarket.common.Roles;

/** Organisations over JSON: staff see all and verify them; members see their own. */
@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Organisations on the market: staff verify them, members see their own.")
public class OrganisationResource {

    @Inject
    OrganisationService organisations;

    @Inject
    RegionDirectory regions;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "List organisations",
            description = "All organisations by name, or those with the given `status` (PENDING, VERIFIED or "
                    + "REJECTED). Staff only.")
    public List<OrganisationView> list(@QueryParam("status") String status) {
        OrganisationStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = OrganisationStatus.valueOf(status.trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("status", "one of PENDING, VERIFIED, REJECTED");
            }
        }
        return organisations.listByStatus(wanted).stream().map(o -> OrganisationView.of(o, regions)).toList();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @OwnAccount
    @Operation(summary = "Get an organisation",
            description = "The caller's own organisation, also while it awaits verification or was rejected; staff "
                    + "see any (404 otherwise). Approved members and staff.")
    public OrganisationView get(@PathParam("id") long id) {
        return OrganisationView.of(organisations.getVisibleTo(id, Caller.registrant(identity)), regions);
    }

    @GET
    @Path("/{id}/members")
    @Authenticated
    @Operation(summary = "List an organisation's members",
            description = "The people of the organisation, those awaiting approval included. Members of that "
                    + "organisation and staff (404 otherwise).")
    public List<MemberView> members(@PathParam("id") long id) {
        return organisations.members(organisations.getVisibleTo(id, Caller.of(identity)).id).stream().map(MemberView::of).toList();
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Verify or reject an organisation",
            description = "`decision` VERIFY, or REJECT with a reason of at most 500 characters that the members "
                    + "see; they are notified. Staff only.")
    public OrganisationView decide(@PathParam("id") long id, DecisionRequest request) {
        if (request == null) {
            throw InvalidInputException.of("decision", "VERIFY or REJECT");
        }
        return OrganisationView.of(organisations.decide(id, request.decision(), request.reason()), regions);
    }

    @POST
    @Path("/{id}/resubmit")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @OwnAccount
    @Operation(summary = "Resubmit a rejected organisation",
            description = "Sends the caller's rejected organisation back to staff for verification (PENDING). "
                    + "Approved members of that organisation.")
    public OrganisationView resubmit(@PathParam("id") long id) {
        return OrganisationView.of(organisations.resubmit(id, Caller.registrant(identity).organisationId()), regions);
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Get an organisation's audit history",
            description = "Every recorded step of the organisation (registration, decisions, resubmission) with "
                    + "time, actor, states and reason. Staff only.")
    public List<AuditView> audit(@PathParam("id") long id) {
        organisations.get(id);
        return audit.history(OrganisationService.ENTITY, id).stream()
                .map(e -> new AuditView(e.occurredAt, e.actor, e.action, e.fromState, e.toState,
                        org.techmarket.common.AuditText.reason(e.reason, org.techmarket.common.ProblemText.currentLanguage())))
                .toList();
    }
}

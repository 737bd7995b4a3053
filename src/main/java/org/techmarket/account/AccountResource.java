package org.techmarket.account;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techmarket.account.AccountApi.MemberView;
import org.techmarket.account.AccountApi.UserView;
import org.techmarket.common.Caller;
import org.techmarket.common.OwnAccount;
import org.techmarket.common.RegionDirectory;
import org.techmarket.common.Roles;

/** Registration, the logged-in user, and staff accounts over JSON. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Registration, the logged-in person, staff accounts, and approving people who "
        + "join an organisation.")
public class AccountResource {

    @Inject
    AccountService accounts;

    @Inject
    OrganisationService organisations;

    @Inject
    RegionDirectory regions;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/me")
    @Authenticated
    @OwnAccount
    @Operation(summary = "Get the logged-in person",
            description = "The caller's account with role, standing and organisation. Any logged-in person, whatever "
                    + "their standing.")
    public UserView me() {
        UserAccount user = accounts.get(Caller.account(identity).userId());
        return UserView.of(user, organisations.get(user.organisationId), regions);
    }

    @POST
    @Path("/registrations")
    @PermitAll
    @Operation(summary = "Register a person (and their organisation)",
            description = "A new credit code registers the organisation, pending staff verification, with the person "
                    + "as first member; a known one makes them a member awaiting approval. Public.")
    @APIResponse(responseCode = "201", description = "The new account",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    public Response register(AccountApi.RegistrationRequest registration) {
        UserAccount user = accounts.register(registration);
        return Response.created(URI.create("/api/v1/me"))
                .entity(UserView.of(user, organisations.get(user.organisationId), regions)).build();
    }

    @POST
    @Path("/staff-accounts")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a staff account",
            description = "Creates a STAFF account in the market's own organisation. Admins only.")
    @APIResponse(responseCode = "201", description = "The new staff account",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    public Response createStaff(StaffAccount staff) {
        UserAccount user = accounts.createStaff(staff);
        return Response.created(URI.create("/api/v1/users/" + user.id)).entity(MemberView.of(user)).build();
    }

    @POST
    @Path("/users/{id}/membership-approval")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @Operation(summary = "Approve a person joining an organisation",
            description = "Makes a person waiting to join an organisation a member; members approve joiners of their "
                    + "own organisation, staff anyone (404 otherwise).")
    public MemberView approveMembership(@PathParam("id") long userId) {
        return MemberView.of(accounts.approveMembership(userId, Caller.of(identity)));
    }
}

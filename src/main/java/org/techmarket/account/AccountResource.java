package org.techmarket.account;

import org.techmarket.common.RegionDirectory;
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
import org.techmarket.account.AccountViews.MemberView;
import org.techmarket.account.AccountViews.UserView;
import org.techmarket.common.Caller;
import org.techmarket.common.OwnAccount;
import org.techmarket.common.Roles;

/** Registration, the logged-in user, and staff accounts over JSON. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
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
    public UserView me() {
        UserAccount user = accounts.get(Caller.account(identity).userId());
        return UserView.of(user, organisations.get(user.organisationId), regions);
    }

    @POST
    @Path("/registrations")
    @PermitAll
    public Response register(Registration registration) {
        UserAccount user = accounts.register(registration);
        return Response.created(URI.create("/api/v1/me"))
                .entity(UserView.of(user, organisations.get(user.organisationId), regions)).build();
    }

    @POST
    @Path("/staff-accounts")
    @RolesAllowed(Roles.ADMIN)
    public Response createStaff(StaffAccount staff) {
        UserAccount user = accounts.createStaff(staff);
        return Response.created(URI.create("/api/v1/users/" + user.id)).entity(MemberView.of(user)).build();
    }

    @POST
    @Path("/users/{id}/membership-approval")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    public MemberView approveMembership(@PathParam("id") long userId) {
        return MemberView.of(accounts.approveMembership(userId, Caller.of(identity)));
    }
}

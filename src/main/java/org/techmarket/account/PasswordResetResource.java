package org.techmarket.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techmarket.common.Caller;
import org.techmarket.common.Roles;

/** Password reset over JSON: ask for a mailed link, set a new password with a token, staff issue a token. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Password resets", description = "Resetting a forgotten password: a mailed link, or a one-time token "
        + "issued by staff.")
public class PasswordResetResource {

    @Inject
    PasswordResetService resets;

    @Inject
    SecurityIdentity identity;




    @POST
    @Path("/password-resets")
    @PermitAll
    @Operation(summary = "Ask for a password-reset link by mail",
            description = "Mails a reset link when the account exists, is enabled, had no reset in the last minute "
                    + "and mail is configured; the answer is the same in every case. Public.")
    @APIResponse(responseCode = "202", description = "Accepted, whether or not a link was mailed")
    public Response request(AccountApi.ResetRequest request, @Context UriInfo uri) {
        resets.requestByMail(request == null ? null : request.username(), uri.getBaseUri().toString());
        return Response.accepted().build();
    }

    @POST
    @Path("/password-resets/redemption")
    @PermitAll
    @Operation(summary = "Set a new password with a reset token",
            description = "Sets a new password with a valid one-time reset token; every session of the account ends. "
                    + "Public.")
    @APIResponse(responseCode = "204", description = "The password was changed")
    public Response redeem(AccountApi.NewPasswordRequest redemption) {
        resets.redeem(redemption == null ? null : redemption.token(), redemption == null ? null : redemption.newPassword());
        return Response.noContent().build();
    }

    @POST
    @Path("/users/{id}/password-resets")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Issue a one-time password-reset token",
            description = "Issues a reset token valid for one hour for a person, who is notified; a staff or admin "
                    + "account's only by an admin (404 otherwise). Staff only.")
    @APIResponse(responseCode = "201", description = "The token and the reset link to hand over",
            content = @Content(schema = @Schema(implementation = AccountApi.IssuedView.class)))
    public Response issue(@PathParam("id") long userId) {
        PasswordResetService.Issued issued = resets.issueByStaff(Caller.of(identity), userId);
        return Response.created(URI.create("/password/reset"))
                .entity(new AccountApi.IssuedView(issued.userId(), issued.token(), issued.link(), issued.expiresAt())).build();
    }
}

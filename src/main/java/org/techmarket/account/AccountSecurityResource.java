package org.techmarket.account;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techmarket.common.Caller;
import org.techmarket.common.OwnAccount;

/** The logged-in person's own credentials: password change, ending sessions, personal API tokens. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@OwnAccount
@Tag(name = "Account security", description = "The logged-in person's own credentials: password, sessions and "
        + "personal API tokens.")
// The three ways to authenticate; ApiDocumentFilter lets every protected operation accept each of them.
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "HTTP Basic with username and password.")
@SecurityScheme(securitySchemeName = "session", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE,
        apiKeyName = "techmarket-session",
        description = "The encrypted session cookie set by the form login (POST /j_security_check); it lapses "
                + "after two hours without use.")
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token (tm_…) made with POST /api/v1/me/tokens, sent as "
                + "Authorization: Bearer <secret>.")
public class AccountSecurityResource {

    @Inject
    AccountService accounts;

    @Inject
    ApiTokenService tokens;

    @Inject
    SecurityIdentity identity;





    @POST
    @Path("/me/password")
    @Operation(summary = "Change my password",
            description = "Changes the password, given the current one; every session (this one included) ends and "
                    + "every API token is revoked. Any logged-in person.")
    @APIResponse(responseCode = "204", description = "The password was changed")
    public Response changePassword(AccountApi.PasswordChangeRequest change) {
        accounts.changePassword(Caller.account(identity), change == null ? null : change.currentPassword(),
                change == null ? null : change.newPassword());
        return Response.noContent().build();
    }

    @POST
    @Path("/me/sessions/end")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Log out everywhere",
            description = "Ends every session of the caller on every replica and revokes all their API tokens. Any "
                    + "logged-in person.")
    @APIResponse(responseCode = "204", description = "Every session has ended")
    public Response endSessions() {
        accounts.endSessions(Caller.account(identity).userId(), true);
        return Response.noContent().build();
    }

    @GET
    @Path("/me/tokens")
    @Operation(summary = "List my personal API tokens",
            description = "The caller's tokens with name, prefix, creation, last use, expiry and revocation, never "
                    + "their secrets. Any logged-in person.")
    public List<AccountApi.TokenView> tokens() {
        return tokens.list(Caller.account(identity)).stream().map(AccountApi.TokenView::of).toList();
    }

    @POST
    @Path("/me/tokens")
    @Operation(summary = "Create a personal API token",
            description = "Makes a bearer token for `validDays` days (1–3650, 365 by default; at most 20 usable per "
                    + "person), given the current password; its secret is in this answer only. Any logged-in person.")
    @APIResponse(responseCode = "201", description = "The token and its secret; Location names the token",
            content = @Content(schema = @Schema(implementation = AccountApi.CreatedTokenView.class)))
    public Response createToken(AccountApi.TokenRequest request) {
        ApiTokenService.Created created = tokens.create(Caller.account(identity),
                request == null ? null : request.currentPassword(), request == null ? null : request.name(),
                request == null ? null : request.validDays());
        return Response.created(URI.create("/api/v1/me/tokens/" + created.token().id))
                .entity(new AccountApi.CreatedTokenView(AccountApi.TokenView.of(created.token()), created.secret())).build();
    }

    @DELETE
    @Path("/me/tokens/{id}")
    @Operation(summary = "Revoke a personal API token",
            description = "Revokes one of the caller's tokens at once (404 for anyone else's); revoking it again "
                    + "changes nothing. Any logged-in person.")
    public AccountApi.TokenView revoke(@PathParam("id") long id) {
        return AccountApi.TokenView.of(tokens.revoke(Caller.account(identity), id));
    }
}

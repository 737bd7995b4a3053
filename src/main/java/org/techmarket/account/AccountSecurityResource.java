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
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.techmarket.common.Caller;
import org.techmarket.common.OwnAccount;

/** The logged-in person's own credentials: password change, ending sessions, personal API tokens. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@OwnAccount
public class AccountSecurityResource {

    @Inject
    AccountService accounts;

    @Inject
    ApiTokenService tokens;

    @Inject
    SecurityIdentity identity;

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    public record TokenRequest(String currentPassword, String name, Integer validDays) {
    }

    public record TokenView(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
            OffsetDateTime expiresAt, OffsetDateTime revokedAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.id, t.name, t.prefix, t.createdAt, t.lastUsedAt, t.expiresAt, t.revokedAt);
        }
    }

    /** The token with its secret: the only time the secret is shown. */
    public record CreatedToken(TokenView token, String secret) {
    }

    @POST
    @Path("/me/password")
    @Operation(summary = "Change one's password (ends every session, this one included, and revokes every API token)")
    public Response changePassword(PasswordChange change) {
        accounts.changePassword(Caller.account(identity), change == null ? null : change.currentPassword(),
                change == null ? null : change.newPassword());
        return Response.noContent().build();
    }

    @POST
    @Path("/me/sessions/end")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Log out everywhere: every session cookie and API token of this person stops working")
    public Response endSessions() {
        accounts.endSessions(Caller.account(identity).userId(), true);
        return Response.noContent().build();
    }

    @GET
    @Path("/me/tokens")
    @Operation(summary = "One's personal API tokens, without their secrets")
    public List<TokenView> tokens() {
        return tokens.list(Caller.account(identity)).stream().map(TokenView::of).toList();
    }

    @POST
    @Path("/me/tokens")
    @Operation(summary = "Make a personal API token (giving one's password); its secret is in this answer only")
    public Response createToken(TokenRequest request) {
        ApiTokenService.Created created = tokens.create(Caller.account(identity),
                request == null ? null : request.currentPassword(), request == null ? null : request.name(),
                request == null ? null : request.validDays());
        return Response.created(URI.create("/api/v1/me/tokens/" + created.token().id))
                .entity(new CreatedToken(TokenView.of(created.token()), created.secret())).build();
    }

    @DELETE
    @Path("/me/tokens/{id}")
    @Operation(summary = "Revoke a personal API token")
    public TokenView revoke(@PathParam("id") long id) {
        return TokenView.of(tokens.revoke(Caller.account(identity), id));
    }
}

package org.techmarket.matching;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techmarket.common.Caller;
import org.techmarket.common.Roles;

/** Staff command: recompute all matches (and the word statistics) as a background job. */
@Path("/api/v1/matches/recomputation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@Tag(name = "Matches")
public class MatchAdminResource {

    @Inject
    MatchingService matching;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Start recomputing all matches",
            description = "Queues a background job that recomputes the word statistics and every published need's "
                    + "stored matches; while one is queued or running, that one is answered instead. Location names "
                    + "the job (`GET /api/v1/jobs/{id}`). Staff only.")
    @APIResponse(responseCode = "202", description = "The recomputation queued or running",
            content = @Content(schema = @Schema(implementation = MatchingService.Recomputation.class)))
    public Response start() {
        MatchingService.Recomputation started = matching.startRecomputation(Caller.of(identity));
        return Response.accepted(started).location(URI.create("/api/v1/jobs/" + started.jobId())).build();
    }

    @GET
    @Operation(summary = "Get the last recomputation's state",
            description = "Whether the last recomputation (on any instance) still runs, how many needs it covers and "
                    + "has done, the matches it stored and how long it took. Staff only.")
    @APIResponse(responseCode = "200", description = "The last recomputation",
            content = @Content(schema = @Schema(implementation = MatchingService.Recomputation.class)))
    @APIResponse(responseCode = "204", description = "No recomputation yet")
    public Response status() {
        return matching.lastRecomputation(Caller.of(identity)).map(r -> Response.ok(r).build())
                .orElseGet(() -> Response.noContent().build());
    }
}

package org.techmarket.matching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techmarket.common.Roles;

/** Staff command: recompute all matches (and the word statistics) in the background. */
@Path("/api/v1/matches/recomputation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@Tag(name = "Matches")
public class MatchAdminResource {

    @Inject
    MatchingService matching;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Start recomputing all matches",
            description = "Recomputes the word statistics and every published need's stored matches in the "
                    + "background; while one runs, its state is answered instead. Staff only.")
    @APIResponse(responseCode = "202", description = "The recomputation started or running",
            content = @Content(schema = @Schema(implementation = MatchingService.Recomputation.class)))
    public Response start() {
        return Response.accepted(matching.startRecomputation()).build();
    }

    @GET
    @Operation(summary = "Get the last recomputation's state",
            description = "Whether the last recomputation still runs, how many needs and stored matches it covered "
                    + "and how long it took. Staff only.")
    @APIResponse(responseCode = "200", description = "The last recomputation",
            content = @Content(schema = @Schema(implementation = MatchingService.Recomputation.class)))
    @APIResponse(responseCode = "204", description = "No recomputation since this server started")
    public Response status() {
        MatchingService.Recomputation last = matching.lastRecomputation();
        return last == null ? Response.noContent().build() : Response.ok(last).build();
    }
}

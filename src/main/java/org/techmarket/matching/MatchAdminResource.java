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
import org.techmarket.common.Roles;

/** Staff command: recompute all matches (and the word statistics) in the background. */
@Path("/api/v1/matches/recomputation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class MatchAdminResource {

    @Inject
    MatchingService matching;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response start() {
        return Response.accepted(matching.startRecomputation()).build();
    }

    @GET
    public Response status() {
        MatchingService.Recomputation last = matching.lastRecomputation();
        return last == null ? Response.noContent().build() : Response.ok(last).build();
    }
}

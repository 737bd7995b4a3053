package org.techmarket.stats;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techmarket.common.Caller;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.Roles;

/** The staff workbench over JSON: every queue with counts, ages and who works on what; taking and giving back items. */
@Path("/api/v1/staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@Tag(name = "Staff workbench", description = "Every queue market staff decide on (listings, revisions, organisations, "
        + "members, contracts, voucher applications, providers, redemptions, anomaly flags), and claims: a staff "
        + "member takes an item so that no one else works on it too.")
public class StaffWorkbenchResource {

    @Inject
    StaffWorkbench workbench;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/queues")
    @Operation(summary = "List the workbench queues",
            description = "Every queue with the number of items waiting in it and its rows, oldest first (contracts: "
                    + "overdue first, then by due date; a decision is due 30 days after submission), each with its id, "
                    + "kind, age in days and the staff member working on it. `mine=true` keeps the rows assigned to "
                    + "the caller. Staff only.")
    @APIResponse(responseCode = "200", description = "The queues",
            content = @Content(schema = @Schema(implementation = WorkbenchApi.QueuesView.class)))
    public WorkbenchApi.QueuesView queues(@QueryParam("mine") String mine) {
        boolean onlyMine = WorkbenchApi.onlyMine(mine);
        return WorkbenchApi.QueuesView.of(workbench.queues(Caller.of(identity), onlyMine), onlyMine);
    }

    @POST
    @Path("/claims")
    @Operation(summary = "Take a workbench item",
            description = "Assigns a waiting item to the caller. Taking an item one already holds changes nothing "
                    + "(200). The database decides between two staff members taking the same item at once: one gets "
                    + "it, the other a 409 naming the holder. Staff only.")
    @APIResponse(responseCode = "201", description = "Taken; Location names the claim",
            content = @Content(schema = @Schema(implementation = WorkbenchApi.ClaimView.class)))
    @APIResponse(responseCode = "200", description = "Already the caller's",
            content = @Content(schema = @Schema(implementation = WorkbenchApi.ClaimView.class)))
    @APIResponse(responseCode = "400", description = "No kind or id")
    @APIResponse(responseCode = "404", description = "No such item waits in that queue")
    @APIResponse(responseCode = "409", description = "Another staff member works on the item")
    public Response take(WorkbenchApi.ClaimRequest request) {
        if (request == null || request.kind() == null) {
            throw InvalidInputException.of("kind", "required: the queue kind of the item");
        }
        if (request.id() == null || request.id() <= 0) {
            throw InvalidInputException.of("id", "required: the item's id, a positive whole number");
        }
        StaffWorkbench.Taking taking = workbench.take(Caller.of(identity), request.kind(), request.id());
        WorkbenchApi.ClaimView view = WorkbenchApi.ClaimView.of(taking.claim());
        return taking.fresh()
                ? Response.created(URI.create("/api/v1/staff/claims/" + request.kind() + "/" + request.id())).entity(view).build()
                : Response.ok(view).build();
    }

    @DELETE
    @Path("/claims/{kind}/{id}")
    @Operation(summary = "Give a workbench item back",
            description = "Ends the caller's claim on the item, so that any staff member may take it. Staff only; "
                    + "only the holder gives an item back.")
    @APIResponse(responseCode = "204", description = "Given back")
    @APIResponse(responseCode = "400", description = "Unknown kind")
    @APIResponse(responseCode = "404", description = "Nobody works on the item")
    @APIResponse(responseCode = "409", description = "Another staff member works on the item")
    public Response release(@PathParam("kind") String kind, @PathParam("id") long id) {
        workbench.release(Caller.of(identity), WorkbenchApi.kind(kind), id);
        return Response.noContent().build();
    }
}

package org.techmarket.listing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techmarket.common.Caller;
import org.techmarket.common.Roles;

/** 技术需求 over JSON: posting and editing here, the rest in {@link ListingResourceBase}. */
@Path("/api/v1/needs")
@Tag(name = "Needs", description = "Technology needs (技术需求) posted by enterprises: search, posting, the review "
        + "workflow and inquiries.")
public class NeedResource extends ListingResourceBase {

    @Override
    protected ListingKind kind() {
        return ListingKind.NEED;
    }

    @POST
    @RolesAllowed(Roles.ENTERPRISE)
    @Operation(summary = "Post a technology need",
            description = "Creates a need as a DRAFT of the caller's organisation; submit it to have staff publish "
                    + "it. Enterprises only.")
    @APIResponse(responseCode = "201", description = "The new need; Location names it",
            content = @Content(schema = @Schema(implementation = ListingApi.NeedView.class)))
    public Response create(ListingApi.NeedRequest input) {
        return created(listings.createNeed(Caller.of(identity), input));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ENTERPRISE)
    @Operation(summary = "Edit a need",
            description = "A draft, returned, withdrawn or expired need changes in place (200); a published one "
                    + "keeps its terms until staff accept the changes as a revision (202). Enterprises of the owning "
                    + "organisation.")
    @APIResponse(responseCode = "200", description = "The need, changed in place",
            content = @Content(schema = @Schema(implementation = ListingApi.NeedView.class)))
    @APIResponse(responseCode = "202", description = "The revision now waiting for staff",
            content = @Content(schema = @Schema(implementation = ListingApi.RevisionView.class)))
    public Response update(@PathParam("id") long id, ListingApi.NeedRequest input) {
        return edited(listings.updateNeed(Caller.of(identity), id, input));
    }
}

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

/** 科技成果 over JSON: posting and editing here, the rest in {@link ListingResourceBase}. */
@Path("/api/v1/results")
@Tag(name = "Results", description = "Technology results (科技成果) offered by universities and institutes: search, "
        + "posting, the review workflow and inquiries.")
public class ResultResource extends ListingResourceBase {

    @Override
    protected ListingKind kind() {
        return ListingKind.RESULT;
    }

    @POST
    @RolesAllowed(Roles.RESEARCHER)
    @Operation(summary = "Post a technology result",
            description = "Creates a result as a DRAFT of the caller's organisation; submit it to have staff publish "
                    + "it. Researchers only (members of a university or institute).")
    @APIResponse(responseCode = "201", description = "The new result; Location names it",
            content = @Content(schema = @Schema(implementation = ListingApi.ResultView.class)))
    public Response create(ListingApi.ResultRequest input) {
        return created(listings.createResult(Caller.of(identity), input));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.RESEARCHER)
    @Operation(summary = "Edit a result",
            description = "A draft, returned, withdrawn or expired result changes in place (200); a published one "
                    + "keeps its terms until staff accept the changes as a revision (202). Researchers of the owning "
                    + "organisation.")
    @APIResponse(responseCode = "200", description = "The result, changed in place",
            content = @Content(schema = @Schema(implementation = ListingApi.ResultView.class)))
    @APIResponse(responseCode = "202", description = "The revision now waiting for staff",
            content = @Content(schema = @Schema(implementation = ListingApi.RevisionView.class)))
    public Response update(@PathParam("id") long id, ListingApi.ResultRequest input) {
        return edited(listings.updateResult(Caller.of(identity), id, input));
    }
}

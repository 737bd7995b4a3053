package org.techmarket.listing;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techmarket.common.Caller;
import org.techmarket.common.Roles;

/** Staff review revisions of published listings: the queue, and publish or return one. */
@Path("/api/v1/listing-revisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@Tag(name = "Listing revisions", description = "Staff review of changed terms of published listings (revisions).")
public class ListingRevisionResource {

    @Inject
    ListingService listings;

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(summary = "List revisions awaiting review",
            description = "Pending revisions of published results and needs, oldest first (at most 200). Staff only.")
    public List<ListingApi.RevisionView> queue() {
        return listings.revisionQueue(Caller.of(identity)).stream().map(ListingApi.RevisionView::of).toList();
    }

    @POST
    @Path("/{id}/review")
    @Operation(summary = "Publish or return a revision",
            description = "PUBLISH applies the revision's terms to the listing, which is indexed and matched again; "
                    + "RETURN needs a reason. The owner is notified. Staff only.")
    public ListingApi.RevisionView review(@PathParam("id") long id, ListingApi.ReviewRequest request) {
        ListingApi.ReviewRequest r = request == null ? new ListingApi.ReviewRequest(null, null) : request;
        return ListingApi.RevisionView.of(listings.reviewRevision(Caller.of(identity), id, r.decision(), r.reason()));
    }
}

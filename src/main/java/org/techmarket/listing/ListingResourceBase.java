package org.techmarket.listing;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.techmarket.common.Caller;
import org.techmarket.common.Roles;

/**
 * What results and needs share over JSON: search, facets, export, lists, one listing, the workflow
 * steps and inquiries. Who may post or change which kind is the service's rule.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class ListingResourceBase {

    @Inject
    ListingService listings;

    @Inject
    ListingApi views;

    @Inject
    ContactPolicy contacts;

    @Inject
    InquiryService inquiries;

    @Inject
    ListingExport exporter;

    @Inject
    ListingViewCounter viewCounter;

    @Inject
    SecurityIdentity identity;

    protected abstract ListingKind kind();

    @GET
    @PermitAll
    @Operation(summary = "Search published listings",
            description = "Full-text search over the published listings of this kind, filtered by field, TRL, "
                    + "province, price band and transfer mode and sorted by relevance, date or price; 20 per page "
                    + "unless `size` (at most 100) says otherwise. Public; the items carry no contact details.")
    public ListingApi.PageView<Object> search(@BeanParam SearchParams params) {
        return views.of(listings.search(params.query(kind(), 20)));
    }

    @GET
    @Path("/facets")
    @PermitAll
    @Operation(summary = "Count matching listings per facet",
            description = "For the same search, counts the published listings per field, TRL, province, price band "
                    + "and transfer mode; `sampled` is true when more than 5,000 match and only 5,000 were counted. "
                    + "Public.")
    public Facets facets(@BeanParam SearchParams params) {
        return listings.facets(params.firstPage(kind(), 1));
    }

    /** Staff export any search to .xlsx. */
    @GET
    @Path("/export")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Export a search as an Excel workbook",
            description = "Streams the listings matching the search, newest first and at most 10,000 rows, as .xlsx "
                    + "with the columns the import reads (contact details included). Staff only.")
    @APIResponse(responseCode = "200", description = "The .xlsx workbook, as an attachment",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    // Quarkus marks only operations declared by the resource class as protected; inherited ones say it here.
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "session")
    @SecurityRequirement(name = "token")
    public Response export(@BeanParam SearchParams params) {
        SearchQuery query = params.firstPage(kind(), 100);
        Caller caller = Caller.of(identity);
        jakarta.ws.rs.core.StreamingOutput body = out -> exporter.xlsx(caller, query, out);
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + kind().path + ".xlsx\"")
                .build();
    }

    @GET
    @Path("/mine")
    @Authenticated
    @Operation(summary = "List my organisation's listings",
            description = "Every listing of this kind owned by the caller's organisation, whatever its status "
                    + "(draft, submitted, published, returned, withdrawn, expired), without contact details. Members "
                    + "only.")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "session")
    @SecurityRequirement(name = "token")
    public List<Object> mine() {
        return views.of(listings.listMine(Caller.of(identity), kind()));
    }

    @GET
    @Path("/review-queue")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "List listings awaiting staff review",
            description = "The submitted listings of this kind waiting for staff to publish or return them, oldest "
                    + "submission first. Staff only.")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "session")
    @SecurityRequirement(name = "token")
    public List<Object> reviewQueue() {
        return views.of(listings.reviewQueue(Caller.of(identity)).stream().filter(l -> l.kind == kind()).toList());
    }


    /** 200 with the listing edited in place; 202 with the revision when the listing is published (staff review it). */
    protected Response edited(ListingService.Edit edit) {
        if (edit.revision() != null) {
            return Response.accepted(ListingApi.RevisionView.of(edit.revision())).build();
        }
        return Response.ok(views.of(edit.listing())).build();
    }

    /** The revision of a published listing waiting for staff (its owner's organisation and staff only). */
    @GET
    @Path("/{id}/revision")
    @Authenticated
    @Operation(summary = "Get the revision waiting for review",
            description = "The changed terms of a published listing that wait for staff as a revision; 404 when none "
                    + "waits. Members of the owning organisation and staff.")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "session")
    @SecurityRequirement(name = "token")
    public ListingApi.RevisionView pendingRevision(@PathParam("id") long id) {
        return listings.pendingRevision(Caller.of(identity), id, kind()).map(ListingApi.RevisionView::of)
                .orElseThrow(() -> new org.techmarket.common.NotFoundException("ListingRevision", id));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get one listing",
            description = "A published listing for everyone; an unpublished one only for its organisation's members "
                    + "and staff (404 otherwise). Logged-in members also get the contact details, for other "
                    + "organisations' listings up to an hourly limit (429 beyond).")
    @APIResponse(responseCode = "200", description = "The listing (a result or a need, as the path says)",
            content = @Content(schema = @Schema(oneOf = {ListingApi.ResultView.class, ListingApi.NeedView.class})))
    public Object get(@PathParam("id") long id) {
        Optional<Caller> caller = Caller.optional(identity);
        Listing listing = listings.getVisible(id, kind(), caller);
        Object view = views.of(listing, contacts.mayView(listing, caller));
        viewCounter.viewed(listing, caller);
        return view;
    }

    @GET
    @Path("/{id}/similar")
    @PermitAll
    @Operation(summary = "Get the listings similar to a published one",
            description = "Up to 5 published listings of the same kind closest in meaning (text embeddings), closest "
                    + "first, with their cosine similarity; empty while the listing's vector is being computed. 404 for "
                    + "a listing that is not published.")
    public List<SimilarListings.Similar> similar(@PathParam("id") long id) {
        Listing listing = listings.getVisible(id, kind(), Optional.empty());
        return similar.similarTo(listing.id, kind(), ListingPageResource.SIMILAR_SHOWN);
    }

    @Inject
    SimilarListings similar;

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @Operation(summary = "Submit a listing for staff review",
            description = "Moves a draft, returned, withdrawn or expired listing to SUBMITTED; its valid-until date "
                    + "(a need's deadline) must lie ahead. Members of the owning organisation.")
    @APIResponse(responseCode = "200", description = "The listing (a result or a need, as the path says)",
            content = @Content(schema = @Schema(oneOf = {ListingApi.ResultView.class, ListingApi.NeedView.class})))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "session")
    @SecurityRequirement(name = "token")
    public Object submit(@PathParam("id") long id) {
        return views.of(listings.submit(Caller.of(identity), id, kind()));
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Publish or return a submitted listing",
            description = "PUBLISH (the organisation must be verified) or RETURN with a reason of at most 500 "
                    + "characters; the owner is notified. Staff only.")
    @APIResponse(responseCode = "200", description = "The listing (a result or a need, as the path says)",
            content = @Content(schema = @Schema(oneOf = {ListingApi.ResultView.class, ListingApi.NeedView.class})))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "session")
    @SecurityRequirement(name = "token")
    public Object review(@PathParam("id") long id, ListingApi.ReviewRequest request) {
        ListingApi.ReviewRequest r = request == null ? new ListingApi.ReviewRequest(null, null) : request;
        return views.of(listings.review(Caller.of(identity), id, kind(), r.decision(), r.reason()));
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @Operation(summary = "Withdraw a published listing",
            description = "Takes a published listing off the market (WITHDRAWN); it may be submitted again later. "
                    + "Members of the owning organisation.")
    @APIResponse(responseCode = "200", description = "The listing (a result or a need, as the path says)",
            content = @Content(schema = @Schema(oneOf = {ListingApi.ResultView.class, ListingApi.NeedView.class})))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "session")
    @SecurityRequirement(name = "token")
    public Object withdraw(@PathParam("id") long id) {
        return views.of(listings.withdraw(Caller.of(identity), id, kind()));
    }

    @POST
    @Path("/{id}/confirm-available")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @Operation(summary = "Confirm a published listing is still available",
            description = "Keeps a published listing up for the configured number of days from today (180 by "
                    + "default) and stops the expiry reminders. Members of the owning organisation.")
    @APIResponse(responseCode = "200", description = "The listing (a result or a need, as the path says)",
            content = @Content(schema = @Schema(oneOf = {ListingApi.ResultView.class, ListingApi.NeedView.class})))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "session")
    @SecurityRequirement(name = "token")
    public Object confirmAvailable(@PathParam("id") long id) {
        return views.of(listings.confirmAvailable(Caller.of(identity), id, kind()));
    }

    /** A logged-in user asks the owner about a published listing. */
    @POST
    @Path("/{id}/inquiries")
    @Authenticated
    @Operation(summary = "Ask the owner of a published listing",
            description = "Sends an inquiry about a published listing to its owner, who is notified; not about one's "
                    + "own organisation's listings (409). Members only.")
    @APIResponse(responseCode = "201", description = "The inquiry sent",
            content = @Content(schema = @Schema(implementation = ListingApi.InquiryView.class)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "session")
    @SecurityRequirement(name = "token")
    public Response ask(@PathParam("id") long id, ListingApi.InquiryRequest request) {
        Inquiry inquiry = inquiries.send(Caller.of(identity), id, request == null ? null : request.message());
        return Response.created(URI.create("/api/v1/inquiries/" + inquiry.id))
                .entity(ListingApi.InquiryView.of(inquiry, null)).build();
    }

    protected Response created(Listing listing) {
        return Response.created(URI.create("/api/v1/" + kind().path + "/" + listing.id)).entity(views.of(listing))
                .build();
    }
}

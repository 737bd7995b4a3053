package org.techmarket.listing;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.List;
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
    ListingViews views;

    @Inject
    ContactPolicy contacts;

    @Inject
    InquiryService inquiries;

    @Inject
    ListingExport exporter;

    @Inject
    SecurityIdentity identity;

    protected abstract ListingKind kind();

    @GET
    @PermitAll
    public ListingViews.Page<Object> search(@QueryParam("q") String q, @QueryParam("field") String field,
            @QueryParam("maturity") Integer maturity, @QueryParam("region") String region,
            @QueryParam("priceBand") String priceBand, @QueryParam("mode") String mode,
            @QueryParam("sort") String sort, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return views.of(listings.search(
                ListingRequests.query(kind(), q, field, maturity, region, priceBand, mode, sort, page, size)));
    }

    @GET
    @Path("/facets")
    @PermitAll
    public Facets facets(@QueryParam("q") String q, @QueryParam("field") String field,
            @QueryParam("maturity") Integer maturity, @QueryParam("region") String region,
            @QueryParam("priceBand") String priceBand, @QueryParam("mode") String mode) {
        return listings.facets(ListingRequests.query(kind(), q, field, maturity, region, priceBand, mode, null, 0, 1));
    }

    /** Staff export any search to .xlsx. */
    @GET
    @Path("/export")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response export(@QueryParam("q") String q, @QueryParam("field") String field,
            @QueryParam("maturity") Integer maturity, @QueryParam("region") String region,
            @QueryParam("priceBand") String priceBand, @QueryParam("mode") String mode,
            @QueryParam("sort") String sort) {
        SearchQuery query = ListingRequests.query(kind(), q, field, maturity, region, priceBand, mode, sort, 0, 100);
        Caller caller = Caller.of(identity);
        jakarta.ws.rs.core.StreamingOutput body = out -> exporter.xlsx(caller, query, out);
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + kind().path + ".xlsx\"")
                .build();
    }

    @GET
    @Path("/mine")
    @Authenticated
    public List<Object> mine() {
        return views.of(listings.listMine(Caller.of(identity), kind()));
    }

    @GET
    @Path("/review-queue")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public List<Object> reviewQueue() {
        return views.of(listings.reviewQueue(Caller.of(identity)).stream().filter(l -> l.kind == kind()).toList());
    }

    /** A view of a revision waiting for (or decided by) staff. */
    public record RevisionView(long id, long listingId, ListingKind kind, ListingRevision.Status status, List<String> changes,
            String reason, java.time.OffsetDateTime createdAt, java.time.OffsetDateTime decidedAt) {
        static RevisionView of(ListingRevision r) {
            return new RevisionView(r.id, r.listingId, r.kind, r.status, List.of(r.changes.split("\n")), r.reason,
                    r.createdAt, r.decidedAt);
        }
    }

    /** 200 with the listing edited in place; 202 with the revision when the listing is published (staff review it). */
    protected Response edited(ListingService.Edit edit) {
        if (edit.revision() != null) {
            return Response.accepted(RevisionView.of(edit.revision())).build();
        }
        return Response.ok(views.of(edit.listing())).build();
    }

    /** The revision of a published listing waiting for staff (its owner's organisation and staff only). */
    @GET
    @Path("/{id}/revision")
    @Authenticated
    public RevisionView pendingRevision(@PathParam("id") long id) {
        return listings.pendingRevision(Caller.of(identity), id, kind()).map(RevisionView::of)
                .orElseThrow(() -> new org.techmarket.common.NotFoundException("ListingRevision", id));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    public Object get(@PathParam("id") long id) {
        Optional<Caller> caller = Caller.optional(identity);
        Listing listing = listings.getVisible(id, kind(), caller);
        return views.of(listing, contacts.mayView(listing, caller));
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    public Object submit(@PathParam("id") long id) {
        return views.of(listings.submit(Caller.of(identity), id, kind()));
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Object review(@PathParam("id") long id, ListingRequests.ReviewRequest request) {
        ListingRequests.ReviewRequest r = request == null ? new ListingRequests.ReviewRequest(null, null) : request;
        return views.of(listings.review(Caller.of(identity), id, kind(), r.decision(), r.reason()));
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    public Object withdraw(@PathParam("id") long id) {
        return views.of(listings.withdraw(Caller.of(identity), id, kind()));
    }

    @POST
    @Path("/{id}/confirm-available")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    public Object confirmAvailable(@PathParam("id") long id) {
        return views.of(listings.confirmAvailable(Caller.of(identity), id, kind()));
    }

    /** A logged-in user asks the owner about a published listing. */
    @POST
    @Path("/{id}/inquiries")
    @Authenticated
    public Response ask(@PathParam("id") long id, InquiryRequest request) {
        Inquiry inquiry = inquiries.send(Caller.of(identity), id, request == null ? null : request.message());
        return Response.created(URI.create("/api/v1/inquiries/" + inquiry.id))
                .entity(InquiryResource.InquiryView.of(inquiry, null)).build();
    }

    protected Response created(Listing listing) {
        return Response.created(URI.create("/api/v1/" + kind().path + "/" + listing.id)).entity(views.of(listing))
                .build();
    }
}

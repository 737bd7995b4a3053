package org.techmarket.listing;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.techmarket.common.Caller;
import org.techmarket.common.Roles;

/** 科技成果 over JSON: search, post, edit and the workflow steps as sub-resources. */
@Path("/api/v1/results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResultResource {

    private static final ListingKind KIND = ListingKind.RESULT;

    @Inject
    ListingService listings;

    @Inject
    ListingViews views;

    @Inject
    InquiryService inquiries;

    @Inject
    ListingExport exporter;

    @Inject
    SecurityIdentity identity;

    @GET
    @PermitAll
    public ListingViews.Page<Object> search(@QueryParam("q") String q, @QueryParam("field") String field,
            @QueryParam("maturity") Integer maturity, @QueryParam("region") String region,
            @QueryParam("priceBand") String priceBand, @QueryParam("mode") String mode,
            @QueryParam("sort") String sort, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return views.of(listings.search(
                ListingRequests.query(KIND, q, field, maturity, region, priceBand, mode, sort, page, size)));
    }

    @GET
    @Path("/facets")
    @PermitAll
    public Facets facets(@QueryParam("q") String q, @QueryParam("field") String field,
            @QueryParam("maturity") Integer maturity, @QueryParam("region") String region,
            @QueryParam("priceBand") String priceBand, @QueryParam("mode") String mode) {
        return listings.facets(ListingRequests.query(KIND, q, field, maturity, region, priceBand, mode, null, 0, 1));
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
        SearchQuery query = ListingRequests.query(KIND, q, field, maturity, region, priceBand, mode, sort, 0, 100);
        Caller caller = Caller.of(identity);
        jakarta.ws.rs.core.StreamingOutput body = out -> exporter.xlsx(caller, query, out);
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"results.xlsx\"").build();
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.RESEARCHER)
    public List<Object> mine() {
        return views.of(listings.listMine(Caller.of(identity), KIND));
    }

    @GET
    @Path("/review-queue")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public List<Object> reviewQueue() {
        return views.of(listings.reviewQueue(Caller.of(identity)).stream().filter(l -> l.kind == KIND).toList());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    public Object get(@PathParam("id") long id) {
        return views.of(listings.getVisible(id, KIND, Caller.optional(identity)));
    }

    @POST
    @RolesAllowed(Roles.RESEARCHER)
    public Response create(ResultInput input) {
        Listing listing = listings.createResult(Caller.of(identity), input);
        return Response.created(URI.create("/api/v1/results/" + listing.id)).entity(views.of(listing)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.RESEARCHER)
    public Object update(@PathParam("id") long id, ResultInput input) {
        return views.of(listings.updateResult(Caller.of(identity), id, input));
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.RESEARCHER)
    public Object submit(@PathParam("id") long id) {
        return views.of(listings.submit(Caller.of(identity), id, KIND));
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Object review(@PathParam("id") long id, ListingRequests.ReviewRequest request) {
        ListingRequests.ReviewRequest r = request == null ? new ListingRequests.ReviewRequest(null, null) : request;
        return views.of(listings.review(Caller.of(identity), id, KIND, r.decision(), r.reason()));
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.RESEARCHER)
    public Object withdraw(@PathParam("id") long id) {
        return views.of(listings.withdraw(Caller.of(identity), id, KIND));
    }

    @POST
    @Path("/{id}/confirm-available")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.RESEARCHER)
    public Object confirmAvailable(@PathParam("id") long id) {
        return views.of(listings.confirmAvailable(Caller.of(identity), id, KIND));
    }

    /** A logged-in user asks the owner about a published listing. */
    @POST
    @Path("/{id}/inquiries")
    @io.quarkus.security.Authenticated
    public Response ask(@PathParam("id") long id, InquiryRequest request) {
        Inquiry inquiry = inquiries.send(Caller.of(identity), id, request == null ? null : request.message());
        return Response.created(URI.create("/api/v1/inquiries/" + inquiry.id))
                .entity(InquiryResource.InquiryView.of(inquiry, null)).build();
    }
}

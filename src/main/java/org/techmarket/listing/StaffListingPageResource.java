package org.techmarket.listing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.techmarket.account.OrganisationService;
import org.techmarket.common.Caller;
import org.techmarket.common.Flash;
import org.techmarket.common.Htmx;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.Roles;

/** Staff pages: the review queue of submitted listings, and the import of collected listings (a background job). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class StaffListingPageResource {

    @Inject
    ListingService listings;

    @Inject
    ListingImportService imports;

    @Inject
    OrganisationService organisations;

    @Inject
    SecurityIdentity identity;

    @Inject
    Htmx htmx;

    public record Submitted(Listing listing, String organisationName, boolean organisationVerified) {
    }

    public record Revised(ListingRevision revision, Listing listing, List<String> changes) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<Submitted> submitted, List<Revised> revised, Map<String, String> errors);

        /** One submitted listing after its decision, replacing its card in place (htmx). */
        static native TemplateInstance queue$submittedCard(Submitted s);

        /** One revision after its decision, replacing its card in place (htmx). */
        static native TemplateInstance queue$revisionCard(Revised r);

        static native TemplateInstance imports(List<ListingImport> recent, Map<String, String> errors);
    }

    @GET
    @Path("staff/listings")
    public TemplateInstance queue() {
        return Templates.queue(submitted(), revised(), Map.of());
    }

    private List<Revised> revised() {
        return listings.revisionQueue(Caller.of(identity)).stream().map(this::revisedOf).toList();
    }

    private Revised revisedOf(ListingRevision r) {
        return new Revised(r, listings.getVisible(r.listingId, r.kind, java.util.Optional.of(Caller.of(identity))),
                List.of(r.changes.split("\n")));
    }

    @POST
    @Path("staff/listings/revisions/{id}/review")
    public Response reviewRevision(@PathParam("id") long id, @RestForm String decision, @RestForm String reason,
            @Context HttpHeaders headers) {
        try {
            ListingRevision revision = listings.reviewRevision(Caller.of(identity), id,
                    InvalidInputException.parseEnum(ListingService.Decision.class, "decision", decision), reason);
            if (Htmx.isPartial(headers)) {
                return htmx.changed(Templates.queue$revisionCard(revisedOf(revision)).render(), "flash_revision_reviewed");
            }
            return Flash.redirect("/staff/listings", "flash_revision_reviewed");
        } catch (InvalidInputException e) {
            if (Htmx.isPartial(headers)) {
                return htmx.invalid(e.fieldErrors());
            }
            return Response.status(400).entity(Templates.queue(submitted(), revised(), e.fieldErrors())).build();
        }
    }

    @POST
    @Path("staff/listings/{id}/review")
    public Response review(@PathParam("id") long id, @RestForm String kind, @RestForm String decision,
            @RestForm String reason, @Context HttpHeaders headers) {
        try {
            Listing decided = listings.review(Caller.of(identity), id, ListingImportResource.kindOf(kind),
                    InvalidInputException.parseEnum(ListingService.Decision.class, "decision", decision), reason);
            if (Htmx.isPartial(headers)) {
                return htmx.changed(Templates.queue$submittedCard(submittedOf(List.of(decided)).get(0)).render(),
                        "flash_reviewed");
            }
            return Flash.redirect("/staff/listings", "flash_reviewed");
        } catch (InvalidInputException e) {
            if (Htmx.isPartial(headers)) {
                return htmx.invalid(e.fieldErrors());
            }
            return Response.status(400).entity(Templates.queue(submitted(), revised(), e.fieldErrors())).build();
        }
    }

    @GET
    @Path("staff/imports")
    public TemplateInstance importsPage() {
        return Templates.imports(imports.recent(Caller.of(identity)), Map.of());
    }

    @POST
    @Path("staff/imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file, @RestForm("kind") String kind) throws IOException {
        Caller caller = Caller.of(identity);
        try {
            ListingImportService.Queued queued = imports.enqueue(caller, ListingImportResource.kindOf(kind),
                    file == null ? null : file.fileName(), ListingImportResource.read(file));
            return Response.seeOther(URI.create("/staff/jobs/" + queued.jobId())).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.imports(imports.recent(caller), e.fieldErrors())).build();
        }
    }

    private List<Submitted> submitted() {
        return submittedOf(listings.reviewQueue(Caller.of(identity)));
    }

    private List<Submitted> submittedOf(List<Listing> queue) {
        var orgs = organisations.byIds(queue.stream().map(l -> l.organisationId).toList());
        return queue.stream().map(l -> {
            var org = orgs.get(l.organisationId);
            return new Submitted(l, org == null ? "" : org.name, org != null && org.isVerified());
        }).toList();
    }
}

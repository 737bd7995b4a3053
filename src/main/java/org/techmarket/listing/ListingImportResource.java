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
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.techmarket.common.BackgroundJobs;
import org.techmarket.common.Caller;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.Roles;

/** Staff upload collected results or needs as .xlsx/.csv (imported as a background job) and download the row report. */
@Path("/api/v1/listing-imports")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@Tag(name = "Listing imports", description = "Staff bulk import of collected results or needs from spreadsheets.")
public class ListingImportResource {

    @Inject
    ListingImportService imports;

    @Inject
    SecurityIdentity identity;

    @Inject
    BackgroundJobs jobs;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import listings from a spreadsheet",
            description = "Stores an .xlsx or .csv file of at most 10 MB and imports its rows in the background as "
                    + "published results or needs (`kind` RESULT or NEED, RESULT by default), skipping duplicates. "
                    + "Answers at once with the queued job; follow Location (`GET /api/v1/jobs/{id}`) for its "
                    + "progress, errors and, once done, the row report. Staff only.")
    @APIResponse(responseCode = "202", description = "The import job, queued; Location names it",
            content = @Content(schema = @Schema(implementation = BackgroundJobs.JobView.class)))
    @APIResponse(responseCode = "400", description = "No file, a file over 10 MB, or no spreadsheet")
    public Response upload(@RestForm("file") FileUpload file, @RestForm("kind") String kind) throws IOException {
        Caller caller = Caller.of(identity);
        ListingImportService.Queued queued = imports.enqueue(caller, kindOf(kind),
                file == null ? null : file.fileName(), read(file));
        return Response.accepted(jobs.view(caller, queued.jobId()))
                .location(URI.create("/api/v1/jobs/" + queued.jobId())).build();
    }

    @GET
    @Path("/{id}/report.csv")
    @Produces("text/csv")
    @Operation(summary = "Download an import's row report",
            description = "The outcome of each row of an import (IMPORTED, DUPLICATE, or FAILED with the reason) as "
                    + "CSV with a byte-order mark. Staff only.")
    @APIResponse(responseCode = "200", description = "The CSV report, as an attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response report(@PathParam("id") long id) {
        ListingImport record = imports.getReport(Caller.of(identity), id);
        return Response.ok("\uFEFF" + record.reportCsv)
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-report.csv\"").build();
    }

    static ListingKind kindOf(String kind) {
        if (kind == null || kind.isBlank() || kind.equalsIgnoreCase("RESULT") || kind.equalsIgnoreCase("results")) {
            return ListingKind.RESULT;
        }
        if (kind.equalsIgnoreCase("NEED") || kind.equalsIgnoreCase("needs")) {
            return ListingKind.NEED;
        }
        throw InvalidInputException.of("kind", "RESULT or NEED");
    }

    static byte[] read(FileUpload file) throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw InvalidInputException.of("file", "choose an .xlsx or .csv file");
        }
        if (file.size() > ListingImportService.MAX_BYTES) {
            throw InvalidInputException.of("file", "the file is larger than 10 MB");
        }
        return Files.readAllBytes(file.uploadedFile());
    }
}

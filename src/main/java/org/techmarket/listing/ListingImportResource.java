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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.techmarket.common.Caller;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.Roles;

/** Staff upload collected results or needs as .xlsx/.csv and download the row report. */
@Path("/api/v1/listing-imports")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class ListingImportResource {

    @Inject
    ListingImportService imports;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@RestForm("file") FileUpload file, @RestForm("kind") String kind) throws IOException {
        ListingImportService.Report report = imports.importFile(Caller.of(identity), kindOf(kind),
                file == null ? null : file.fileName(), read(file));
        return Response.created(URI.create("/api/v1/listing-imports/" + report.id() + "/report.csv"))
                .entity(report).build();
    }

    @GET
    @Path("/{id}/report.csv")
    @Produces("text/csv")
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

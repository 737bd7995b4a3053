package org.techmarket.contract;

import io.quarkus.security.Authenticated;
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
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.techmarket.common.Caller;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.Roles;

/** Technology contracts over JSON, with the workflow steps as sub-resources. */
@Path("/api/v1/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "Technology contract registration (技术合同认定登记): the seller drafts and submits, "
        + "the buyer confirms, staff register, return or refuse.")
public class ContractResource {

    @Inject
    ContractService contracts;

    @Inject
    SecurityIdentity identity;

    @Inject
    org.techmarket.common.RegionDirectory regions;

    @Inject
    ContractFigures figures;





    @POST
    @Authenticated
    @Operation(summary = "Draft a technology contract",
            description = "Creates a contract draft with the caller's organisation as seller and another registered "
                    + "organisation, named by credit code, as buyer. Members only; staff do not draft contracts.")
    @APIResponse(responseCode = "201", description = "The new draft; Location names it",
            content = @Content(schema = @Schema(implementation = ContractApi.ContractView.class)))
    public Response create(ContractApi.ContractRequest input) {
        Contract c = contracts.create(Caller.of(identity), input);
        return Response.created(URI.create("/api/v1/contracts/" + c.id)).entity(ContractApi.ContractView.of(c)).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "List my organisation's contracts",
            description = "The contracts in which the caller's organisation is seller or buyer, most recently "
                    + "changed first. Members only.")
    public List<ContractApi.ContractView> mine() {
        return contracts.listFor(Caller.of(identity)).stream().map(ContractApi.ContractView::of).toList();
    }

    @GET
    @Path("/queue")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "List contracts awaiting a decision",
            description = "The submitted contracts, the one due first at the top. Staff only.")
    public List<ContractApi.ContractView> queue() {
        return contracts.queue(Caller.of(identity)).stream().map(ContractApi.ContractView::of).toList();
    }

    @GET
    @Path("/registered")
    @PermitAll
    @Operation(summary = "List registered contracts (public view)",
            description = "The most recently registered contracts with registration number, type, field, region and "
                    + "an amount band, no confidential terms; `limit` is 50 by default (1–200). Public.")
    public List<ContractApi.DealView> registered(@QueryParam("limit") Integer limit) {
        return contracts.registeredDeals(limit == null ? 50 : limit);
    }

    /** Registered contracts by year, type, field and region: the market's headline figures. */
    @GET
    @Path("/figures")
    @PermitAll
    @Operation(summary = "Get the market's contract figures",
            description = "Count and approved transaction amount of registered contracts by year, type, field and "
                    + "region, and how many came out of a match case. Public.")
    public ContractFigures.Figures figures() {
        return figures.registered();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Get a contract",
            description = "One contract with its status, due date and decision. Members of the seller or buyer "
                    + "organisation and staff (404 for others).")
    public ContractApi.ContractView get(@PathParam("id") long id) {
        return ContractApi.ContractView.of(contracts.visible(Caller.of(identity), id));
    }

    @PUT
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Change a contract draft",
            description = "Replaces the terms of a draft or returned contract (409 otherwise). Members of the seller "
                    + "organisation.")
    public ContractApi.ContractView update(@PathParam("id") long id, ContractApi.ContractRequest input) {
        return ContractApi.ContractView.of(contracts.update(Caller.of(identity), id, input));
    }

    @GET
    @Path("/{id}/prechecks")
    @Authenticated
    @Operation(summary = "Run the checks before submission",
            description = "What submission checks: the signed PDF, validity, amounts, the type against the result's "
                    + "transfer modes, duplicates; blocking ones stop it. Members of either party and staff.")
    public List<PreCheck> preChecks(@PathParam("id") long id) {
        return contracts.preChecks(Caller.of(identity), id);
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @Operation(summary = "Submit a contract for registration",
            description = "Submits the contract unless a blocking check fails (400 naming them) and asks the buyer "
                    + "to confirm; the answer lists the remaining warnings. Members of the seller organisation.")
    public ContractApi.SubmissionView submit(@PathParam("id") long id) {
        ContractService.Submission s = contracts.submit(Caller.of(identity), id);
        return new ContractApi.SubmissionView(ContractApi.ContractView.of(s.contract()), s.checks());
    }

    @POST
    @Path("/{id}/confirm")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @Operation(summary = "Confirm a submitted contract as buyer",
            description = "The buyer confirms a submitted contract, which staff need before registering it. Members "
                    + "of the buyer organisation.")
    public ContractApi.ContractView confirm(@PathParam("id") long id) {
        return ContractApi.ContractView.of(contracts.confirm(Caller.of(identity), id));
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Register, return or refuse a contract",
            description = "REGISTER a confirmed submission with its signed PDF (a registration number and the "
                    + "approved amount), or RETURN or REJECT it with a reason; both parties are notified. Staff "
                    + "only.")
    public ContractApi.ContractView decide(@PathParam("id") long id, ContractApi.DecisionRequest request) {
        ContractApi.DecisionRequest r = request == null ? new ContractApi.DecisionRequest(null, null, null) : request;
        return ContractApi.ContractView.of(contracts.decide(Caller.of(identity), id, r.decision(), r.approvedAmountFen(), r.reason()));
    }

    @POST
    @Path("/{id}/document")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Authenticated
    @Operation(summary = "Upload the signed contract (PDF)",
            description = "Stores or replaces the signed contract, a PDF of at most 10 MB, while the contract is a "
                    + "draft or returned. Members of the seller organisation.")
    @APIResponse(responseCode = "201", description = "The stored document; Location names it",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT, properties = {
                @SchemaProperty(name = "fileName", type = SchemaType.STRING),
                @SchemaProperty(name = "sizeBytes", type = SchemaType.INTEGER, format = "int64"),
                @SchemaProperty(name = "sha256", type = SchemaType.STRING)})))
    public Response upload(@PathParam("id") long id, @RestForm("file") FileUpload file) throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw InvalidInputException.of("file", "choose the signed contract as a PDF");
        }
        if (file.size() > ContractService.MAX_DOCUMENT_BYTES) {
            throw InvalidInputException.of("file", "the PDF is larger than 10 MB");
        }
        ContractDocument doc = contracts.upload(Caller.of(identity), id, file.fileName(),
                Files.readAllBytes(file.uploadedFile()));
        return Response.created(URI.create("/api/v1/contracts/" + id + "/document"))
                .entity(java.util.Map.of("fileName", doc.fileName, "sizeBytes", doc.sizeBytes, "sha256", doc.sha256))
                .build();
    }

    @GET
    @Path("/{id}/document")
    @Produces("application/pdf")
    @Authenticated
    @Operation(summary = "Download the signed contract (PDF)",
            description = "The signed contract as uploaded. Members of the seller or buyer organisation and staff "
                    + "(404 for others).")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment",
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response document(@PathParam("id") long id) {
        ContractDocument doc = contracts.document(Caller.of(identity), id);
        return Response.ok(doc.content).type("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"contract-" + id + ".pdf\"").build();
    }

    private static final java.util.Map<String, String> BANDS = java.util.Map.of("UNDER_10W", "<10万元",
            "10W_100W", "10–100万元", "100W_1000W", "100–1000万元", "OVER_1000W", "≥1000万元");

    static ContractApi.DealView deal(Contract c, org.techmarket.common.RegionDirectory regions) {
        long yuan = c.approvedAmountFen == null ? 0 : c.approvedAmountFen / 100;
        String band = yuan < 100_000 ? "UNDER_10W" : yuan < 1_000_000 ? "10W_100W" : yuan < 10_000_000 ? "100W_1000W"
                : "OVER_1000W";
        String region = c.seller.regionCode.substring(0, 4) + "00";
        return new ContractApi.DealView(c.registrationNumber, c.type, c.field, regions.fullName(region), BANDS.get(band),
                c.decidedAt == null ? null : c.decidedAt.toLocalDate(), region, band);
    }
}

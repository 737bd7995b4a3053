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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.techmarket.common.Caller;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.Roles;

/** Technology contracts over JSON, with the workflow steps as sub-resources. */
@Path("/api/v1/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractResource {

    @Inject
    ContractService contracts;

    @Inject
    SecurityIdentity identity;

    @Inject
    org.techmarket.common.RegionDirectory regions;

    @Inject
    ContractFigures figures;

    public record DecisionRequest(ContractService.Decision decision, Long approvedAmountFen, String reason) {
    }

    public record ContractView(long id, ContractType type, String projectName, String sellerName, String sellerCreditCode,
            String sellerRegionCode, EntityType sellerEntityType, String buyerName, String buyerCreditCode,
            String buyerRegionCode, EntityType buyerEntityType, LocalDate signingDate, LocalDate validFrom,
            LocalDate validTo, long contractAmountFen, long transactionAmountFen, long equipmentCostFen,
            String paymentTerms, Long caseId, Long resultId, Long needId, ContractStatus status,
            OffsetDateTime buyerConfirmedAt, OffsetDateTime submittedAt, LocalDate dueDate, boolean overdue,
            String decisionReason, String registrationNumber, Long approvedAmountFen, OffsetDateTime decidedAt) {

        static ContractView of(Contract c) {
            return new ContractView(c.id, c.type, c.projectName, c.sellerName, c.sellerCreditCode, c.sellerRegionCode,
                    c.sellerEntityType, c.buyerName, c.buyerCreditCode, c.buyerRegionCode, c.buyerEntityType,
                    c.signingDate, c.validFrom, c.validTo, c.contractAmountFen, c.transactionAmountFen,
                    c.equipmentCostFen, c.paymentTerms, c.caseId, c.resultId, c.needId, c.status, c.buyerConfirmedAt,
                    c.submittedAt, c.dueDate, c.isOverdue(LocalDate.now()), c.decisionReason, c.registrationNumber,
                    c.approvedAmountFen, c.decidedAt);
        }
    }

    public record SubmissionView(ContractView contract, List<PreCheck> warnings) {
    }

    /** A registered deal as the public sees it: no parties' confidential terms. */
    public record DealView(String registrationNumber, ContractType type, String field, String region, String amountBand,
            LocalDate registeredOn) {
    }

    @POST
    @Authenticated
    public Response create(ContractInput input) {
        Contract c = contracts.create(Caller.of(identity), input);
        return Response.created(URI.create("/api/v1/contracts/" + c.id)).entity(ContractView.of(c)).build();
    }

    @GET
    @Authenticated
    public List<ContractView> mine() {
        return contracts.listFor(Caller.of(identity)).stream().map(ContractView::of).toList();
    }

    @GET
    @Path("/queue")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public List<ContractView> queue() {
        return contracts.queue(Caller.of(identity)).stream().map(ContractView::of).toList();
    }

    @GET
    @Path("/registered")
    @PermitAll
    public List<DealView> registered(@QueryParam("limit") Integer limit) {
        return contracts.registered(limit == null ? 50 : limit).stream().map(c -> deal(c, regions)).toList();
    }

    /** Registered contracts by year, type, field and region: the market's headline figures. */
    @GET
    @Path("/figures")
    @PermitAll
    public ContractFigures.Figures figures() {
        return figures.registered();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    public ContractView get(@PathParam("id") long id) {
        return ContractView.of(contracts.visible(Caller.of(identity), id));
    }

    @PUT
    @Path("/{id}")
    @Authenticated
    public ContractView update(@PathParam("id") long id, ContractInput input) {
        return ContractView.of(contracts.update(Caller.of(identity), id, input));
    }

    @GET
    @Path("/{id}/prechecks")
    @Authenticated
    public List<PreCheck> preChecks(@PathParam("id") long id) {
        return contracts.preChecks(Caller.of(identity), id);
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    public SubmissionView submit(@PathParam("id") long id) {
        ContractService.Submission s = contracts.submit(Caller.of(identity), id);
        return new SubmissionView(ContractView.of(s.contract()), s.checks());
    }

    @POST
    @Path("/{id}/confirm")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    public ContractView confirm(@PathParam("id") long id) {
        return ContractView.of(contracts.confirm(Caller.of(identity), id));
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public ContractView decide(@PathParam("id") long id, DecisionRequest request) {
        DecisionRequest r = request == null ? new DecisionRequest(null, null, null) : request;
        return ContractView.of(contracts.decide(Caller.of(identity), id, r.decision(), r.approvedAmountFen(), r.reason()));
    }

    @POST
    @Path("/{id}/document")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Authenticated
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
    public Response document(@PathParam("id") long id) {
        ContractDocument doc = contracts.document(Caller.of(identity), id);
        return Response.ok(doc.content).type("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"contract-" + id + ".pdf\"").build();
    }

    static DealView deal(Contract c, org.techmarket.common.RegionDirectory regions) {
        long yuan = c.approvedAmountFen == null ? 0 : c.approvedAmountFen / 100;
        String band = yuan < 100_000 ? "<10万元" : yuan < 1_000_000 ? "10–100万元" : yuan < 10_000_000 ? "100–1000万元"
                : "≥1000万元";
        return new DealView(c.registrationNumber, c.type, c.field, regions.fullName(c.sellerRegionCode.substring(0, 4) + "00"), band,
                c.decidedAt == null ? null : c.decidedAt.toLocalDate());
    }
}

package org.techmarket.voucher;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.techmarket.common.Caller;
import org.techmarket.common.Idempotency;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.Roles;

/** Vouchers, service orders, redemptions, provider registration and the ledger check over JSON. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Vouchers", description = "Innovation vouchers (创新券) in use: vouchers and balances, service providers, "
        + "service orders, redemptions, oversight and the ledger check.")
public class VoucherResource {

    @Inject
    ServiceOrderService orderService;
    @Inject
    ProviderService providerService;
    @Inject
    RedemptionService redemptionService;

    @Inject
    Idempotency idempotency;

    @Inject
    VoucherOversight oversight;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/vouchers")
    @Authenticated
    @Operation(summary = "List my organisation's vouchers",
            description = "The caller's organisation's vouchers with available, reserved, redeemed and expired "
                    + "balances; staff see the latest 200 of all. Members only.")
    public List<VoucherApi.VoucherView> mine() {
        List<Voucher> list = orderService.vouchersOf(Caller.of(identity));
        Map<Long, Map<String, Long>> balances = orderService.balancesOf(list);
        return list.stream().map(v -> new VoucherApi.VoucherView(v.id, v.code, v.programId, v.organisationId,
                v.faceValueFen, v.status, balances.get(v.id))).toList();
    }

    @POST
    @Path("/providers")
    @RolesAllowed(Roles.PROVIDER)
    @Operation(summary = "Register as a voucher service provider",
            description = "The caller's organisation applies to serve voucher-paid categories; a rejected one may "
                    + "apply again (409 while waiting or registered). Service providers only.")
    @APIResponse(responseCode = "201", description = "The registration, waiting for staff",
            content = @Content(schema = @Schema(implementation = VoucherApi.ProviderView.class)))
    public Response registerProvider(VoucherApi.ProviderRequest request) {
        ProviderRegistration r = providerService.registerProvider(Caller.of(identity), request == null ? null : request.categories());
        return Response.created(URI.create("/api/v1/providers/" + r.id)).entity(VoucherApi.ProviderView.of(r)).build();
    }

    @POST
    @Path("/providers/{id}/decision")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Approve or reject a provider registration",
            description = "`decision` APPROVE (the organisation must be verified) or REJECT with a reason; the "
                    + "provider's members are notified. Staff only.")
    public VoucherApi.ProviderView decideProvider(@PathParam("id") long id, VoucherApi.DecisionRequest request) {
        VoucherApi.DecisionRequest r = request == null ? new VoucherApi.DecisionRequest(null, null) : request;
        return VoucherApi.ProviderView.of(providerService.decideProvider(Caller.of(identity), id, r.approve(), r.reason()));
    }

    @POST
    @Path("/service-orders")
    @RolesAllowed(Roles.ENTERPRISE)
    @Operation(summary = "Place a service order with a provider",
            description = "Orders a service from a provider registered for the category, optionally naming the match "
                    + "case or contract of the caller's organisation it serves. Enterprises only.")
    @APIResponse(responseCode = "201", description = "The new open order; Location names it",
            content = @Content(schema = @Schema(implementation = VoucherApi.OrderView.class)))
    public Response createOrder(VoucherApi.OrderRequest r) {
        if (r == null || r.providerOrganisationId() == null) {
            throw InvalidInputException.of("providerOrganisationId", "required");
        }
        ServiceOrder o = orderService.createOrder(Caller.of(identity), r.providerOrganisationId(), r.category(),
                r.description(), r.amountFen(), r.caseId(), r.contractId());
        return Response.created(URI.create("/api/v1/service-orders/" + o.id)).entity(VoucherApi.OrderView.of(o)).build();
    }

    @POST
    @Path("/service-orders/{id}/voucher")
    @RolesAllowed(Roles.ENTERPRISE)
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true,
            description = "A key the client chooses for this request (1–100 characters): a retry with the same key "
                    + "gets the first answer and moves no money twice; the same key with another body is refused "
                    + "(422).")
    @Operation(summary = "Pay part of an order with a voucher",
            description = "Reserves voucher money for an open order, within the co-funding share, the categories the "
                    + "program covers and its use deadline. Enterprises of the ordering organisation.")
    @APIResponse(responseCode = "200", description = "The order with the reserved amount",
            content = @Content(schema = @Schema(implementation = VoucherApi.OrderView.class)))
    public Response applyVoucher(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key,
            VoucherApi.ApplyVoucherRequest r) {
        Caller caller = Caller.of(identity);
        if (r == null || r.voucherId() == null) {
            throw InvalidInputException.of("voucherId", "required");
        }
        return idempotency.run(caller.userId(), key, List.of(id, r), () -> new Idempotency.Outcome(200,
                VoucherApi.OrderView.of(orderService.applyVoucher(caller, id, r.voucherId(), r.amountFen()))));
    }

    @GET
    @Path("/service-orders")
    @Authenticated
    @Operation(summary = "List service orders",
            description = "The latest 200 orders the caller's organisation placed or serves; staff see the latest "
                    + "200 of all. Members only.")
    public List<VoucherApi.OrderView> orders() {
        return orderService.ordersOf(Caller.of(identity)).stream().map(VoucherApi.OrderView::of).toList();
    }

    /** The enterprise cancels an open order; a reservation on it goes back to the voucher. */
    @POST
    @Path("/service-orders/{id}/cancellation")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ENTERPRISE)
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true,
            description = "A key the client chooses for this request (1–100 characters): a retry with the same key "
                    + "gets the first answer and moves no money twice; the same key with another body is refused "
                    + "(422).")
    @Operation(summary = "Cancel an open service order",
            description = "Cancels an open order; what a voucher reserved for it goes back to the voucher. "
                    + "Enterprises of the ordering organisation.")
    @APIResponse(responseCode = "200", description = "The cancelled order",
            content = @Content(schema = @Schema(implementation = VoucherApi.OrderView.class)))
    public Response cancel(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key) {
        Caller caller = Caller.of(identity);
        return idempotency.run(caller.userId(), key, List.of("cancel", id),
                () -> new Idempotency.Outcome(200, VoucherApi.OrderView.of(orderService.cancelOrder(caller, id))));
    }

    @POST
    @Path("/service-orders/{id}/delivery")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.PROVIDER)
    @Operation(summary = "Mark a service order delivered",
            description = "The provider marks an open order delivered; it may then claim the voucher part. Members "
                    + "of the serving provider.")
    public VoucherApi.OrderView deliver(@PathParam("id") long id) {
        return VoucherApi.OrderView.of(orderService.deliver(Caller.of(identity), id));
    }

    @POST
    @Path("/redemptions")
    @RolesAllowed(Roles.PROVIDER)
    @Operation(summary = "Claim the voucher part of a delivered order",
            description = "Claims a delivered, voucher-paid order with an unused invoice number before the "
                    + "redemption deadline; staff decide once the proof is uploaded. Members of the serving "
                    + "provider.")
    @APIResponse(responseCode = "201", description = "The claim, waiting for staff",
            content = @Content(schema = @Schema(implementation = VoucherApi.RedemptionView.class)))
    public Response submitRedemption(VoucherApi.RedemptionRequest r) {
        if (r == null || r.orderId() == null) {
            throw InvalidInputException.of("orderId", "required");
        }
        Redemption red = redemptionService.submitRedemption(Caller.of(identity), r.orderId(), r.invoiceNumber());
        return Response.created(URI.create("/api/v1/redemptions/" + red.id)).entity(VoucherApi.RedemptionView.of(red))
                .build();
    }

    @GET
    @Path("/redemptions")
    @RolesAllowed({Roles.PROVIDER, Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "List redemptions",
            description = "The latest 200 claims of the caller's provider organisation; staff see waiting claims "
                    + "first, then decided ones. Providers and staff.")
    public List<VoucherApi.RedemptionView> redemptions() {
        return redemptionService.redemptionsOf(Caller.of(identity)).stream().map(VoucherApi.RedemptionView::of).toList();
    }

    /** The proof of a redemption (invoice scan, service report): PDF, PNG or JPEG, at most 10 MB. */
    @POST
    @Path("/redemptions/{id}/proof")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.PROVIDER)
    @Operation(summary = "Upload a redemption's proof",
            description = "Stores or replaces, until staff decide, the invoice scan or service report: PDF, PNG or "
                    + "JPEG of at most 10 MB. Members of the claiming provider.")
    @APIResponse(responseCode = "201", description = "The stored proof; Location names it",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT, properties = {
                @SchemaProperty(name = "fileName", type = SchemaType.STRING),
                @SchemaProperty(name = "contentType", type = SchemaType.STRING),
                @SchemaProperty(name = "sizeBytes", type = SchemaType.INTEGER, format = "int64"),
                @SchemaProperty(name = "sha256", type = SchemaType.STRING)})))
    public Response uploadProof(@PathParam("id") long id, @RestForm("file") FileUpload file) throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw InvalidInputException.of("file", "choose the invoice or service report (PDF, PNG or JPEG)");
        }
        if (file.size() > RedemptionProof.MAX_BYTES) {
            throw InvalidInputException.of("file", "the file is larger than 10 MB");
        }
        RedemptionProof p = redemptionService.uploadProof(Caller.of(identity), id, file.fileName(), Files.readAllBytes(file.uploadedFile()));
        return Response.created(URI.create("/api/v1/redemptions/" + id + "/proof"))
                .entity(Map.of("fileName", p.fileName, "contentType", p.contentType, "sizeBytes", p.sizeBytes, "sha256", p.sha256))
                .build();
    }

    @GET
    @Path("/redemptions/{id}/proof")
    @Produces({"application/pdf", "image/png", "image/jpeg"})
    @Authenticated
    @Operation(summary = "Download a redemption's proof",
            description = "The proof file as uploaded. Members of the claiming provider and staff (404 for others).")
    @APIResponse(responseCode = "200", description = "The proof, as an attachment", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response proof(@PathParam("id") long id) {
        RedemptionProof p = redemptionService.proof(Caller.of(identity), id);
        return Response.ok(p.content).type(p.contentType)
                .header("Content-Disposition", "attachment; filename=\"redemption-" + id + "-proof\"").build();
    }

    @GET
    @Path("/providers")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "List provider registrations",
            description = "Registrations waiting for a decision first, then the latest decided ones. Staff only.")
    public List<VoucherApi.ProviderView> providers() {
        return providerService.providerRegistrations(Caller.of(identity)).stream().map(VoucherApi.ProviderView::of).toList();
    }

    @POST
    @Path("/redemptions/{id}/decision")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true,
            description = "A key the client chooses for this request (1–100 characters): a retry with the same key "
                    + "gets the first answer and moves no money twice; the same key with another body is refused "
                    + "(422).")
    @Operation(summary = "Pay or reject a redemption",
            description = "APPROVE redeems the reserved money (the proof must be uploaded); REJECT with a reason "
                    + "releases it to the voucher. Both sides are notified. Staff only.")
    @APIResponse(responseCode = "200", description = "The decided redemption",
            content = @Content(schema = @Schema(implementation = VoucherApi.RedemptionView.class)))
    public Response decideRedemption(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key,
            VoucherApi.DecisionRequest request) {
        Caller caller = Caller.of(identity);
        VoucherApi.DecisionRequest r = request == null ? new VoucherApi.DecisionRequest(null, null) : request;
        return idempotency.run(caller.userId(), key, List.of(id, r), () -> new Idempotency.Outcome(200,
                VoucherApi.RedemptionView.of(redemptionService.decideRedemption(caller, id, r.approve(), r.reason()))));
    }

    @GET
    @Path("/redemptions/anomalies")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "List redemptions that look unusual",
            description = "Flags on redemptions (repeated pairs, claims near the deadline, shared contacts, split "
                    + "claims, provider bursts), each with its reason in words. Staff only.")
    public List<VoucherOversight.Flag> anomalies() {
        return oversight.anomalies();
    }

    @GET
    @Path("/vouchers/figures")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Get voucher money by month and program",
            description = "Issued, reserved, released, redeemed and expired amounts by month and program, from the "
                    + "ledger. Staff only.")
    public List<VoucherOversight.MonthFigure> figures() {
        return oversight.figures();
    }

    @GET
    @Path("/vouchers/figures/programs")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Get where each program's money stands",
            description = "Per program: budget, issued, redeemed, expired, outstanding, and what is back with the "
                    + "program. Staff only.")
    public List<VoucherOversight.ProgramTotals> programTotals() {
        return oversight.programTotals();
    }

    @GET
    @Path("/ledger/check")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Check the voucher ledger",
            description = "Checks the ledger's rules (balanced transactions, balances, per-voucher and per-program "
                    + "sums) and lists any breaks; `ok` is true when there are none. Staff only.")
    public Map<String, Object> check() {
        List<Ledger.Break> breaks = redemptionService.checkLedger(Caller.of(identity));
        return Map.of("ok", breaks.isEmpty(), "breaks", breaks);
    }
}

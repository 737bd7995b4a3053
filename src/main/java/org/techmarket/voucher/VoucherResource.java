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
public class VoucherResource {

    @Inject
    VoucherService vouchers;

    @Inject
    Idempotency idempotency;

    @Inject
    VoucherOversight oversight;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/vouchers")
    @Authenticated
    public List<VoucherResources.VoucherView> mine() {
        List<Voucher> list = vouchers.vouchersOf(Caller.of(identity));
        Map<Long, Map<String, Long>> balances = vouchers.balancesOf(list);
        return list.stream().map(v -> new VoucherResources.VoucherView(v.id, v.code, v.programId, v.organisationId,
                v.faceValueFen, v.status, balances.get(v.id))).toList();
    }

    @POST
    @Path("/providers")
    @RolesAllowed(Roles.PROVIDER)
    public Response registerProvider(VoucherResources.ProviderRequest request) {
        ProviderRegistration r = vouchers.registerProvider(Caller.of(identity), request == null ? null : request.categories());
        return Response.created(URI.create("/api/v1/providers/" + r.id)).entity(VoucherResources.ProviderView.of(r)).build();
    }

    @POST
    @Path("/providers/{id}/decision")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public VoucherResources.ProviderView decideProvider(@PathParam("id") long id, VoucherResources.DecisionRequest request) {
        VoucherResources.DecisionRequest r = request == null ? new VoucherResources.DecisionRequest(null, null) : request;
        return VoucherResources.ProviderView.of(vouchers.decideProvider(Caller.of(identity), id, r.approve(), r.reason()));
    }

    @POST
    @Path("/service-orders")
    @RolesAllowed(Roles.ENTERPRISE)
    public Response createOrder(VoucherResources.OrderRequest r) {
        if (r == null || r.providerOrganisationId() == null) {
            throw InvalidInputException.of("providerOrganisationId", "required");
        }
        ServiceOrder o = vouchers.createOrder(Caller.of(identity), r.providerOrganisationId(), r.category(),
                r.description(), r.amountFen(), r.caseId(), r.contractId());
        return Response.created(URI.create("/api/v1/service-orders/" + o.id)).entity(VoucherResources.OrderView.of(o)).build();
    }

    @POST
    @Path("/service-orders/{id}/voucher")
    @RolesAllowed(Roles.ENTERPRISE)
    public Response applyVoucher(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key,
            VoucherResources.ApplyVoucherRequest r) {
        Caller caller = Caller.of(identity);
        if (r == null || r.voucherId() == null) {
            throw InvalidInputException.of("voucherId", "required");
        }
        return idempotency.run(caller.userId(), key, List.of(id, r), () -> new Idempotency.Outcome(200,
                VoucherResources.OrderView.of(vouchers.applyVoucher(caller, id, r.voucherId(), r.amountFen()))));
    }

    @GET
    @Path("/service-orders")
    @Authenticated
    public List<VoucherResources.OrderView> orders() {
        return vouchers.ordersOf(Caller.of(identity)).stream().map(VoucherResources.OrderView::of).toList();
    }

    /** The enterprise cancels an open order; a reservation on it goes back to the voucher. */
    @POST
    @Path("/service-orders/{id}/cancellation")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ENTERPRISE)
    public Response cancel(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key) {
        Caller caller = Caller.of(identity);
        return idempotency.run(caller.userId(), key, List.of("cancel", id),
                () -> new Idempotency.Outcome(200, VoucherResources.OrderView.of(vouchers.cancelOrder(caller, id))));
    }

    @POST
    @Path("/service-orders/{id}/delivery")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.PROVIDER)
    public VoucherResources.OrderView deliver(@PathParam("id") long id) {
        return VoucherResources.OrderView.of(vouchers.deliver(Caller.of(identity), id));
    }

    @POST
    @Path("/redemptions")
    @RolesAllowed(Roles.PROVIDER)
    public Response submitRedemption(VoucherResources.RedemptionRequest r) {
        if (r == null || r.orderId() == null) {
            throw InvalidInputException.of("orderId", "required");
        }
        Redemption red = vouchers.submitRedemption(Caller.of(identity), r.orderId(), r.invoiceNumber());
        return Response.created(URI.create("/api/v1/redemptions/" + red.id)).entity(VoucherResources.RedemptionView.of(red))
                .build();
    }

    @GET
    @Path("/redemptions")
    @RolesAllowed({Roles.PROVIDER, Roles.STAFF, Roles.ADMIN})
    public List<VoucherResources.RedemptionView> redemptions() {
        return vouchers.redemptionsOf(Caller.of(identity)).stream().map(VoucherResources.RedemptionView::of).toList();
    }

    /** The proof of a redemption (invoice scan, service report): PDF, PNG or JPEG, at most 10 MB. */
    @POST
    @Path("/redemptions/{id}/proof")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.PROVIDER)
    public Response uploadProof(@PathParam("id") long id, @RestForm("file") FileUpload file) throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw InvalidInputException.of("file", "choose the invoice or service report (PDF, PNG or JPEG)");
        }
        if (file.size() > RedemptionProof.MAX_BYTES) {
            throw InvalidInputException.of("file", "the file is larger than 10 MB");
        }
        RedemptionProof p = vouchers.uploadProof(Caller.of(identity), id, file.fileName(), Files.readAllBytes(file.uploadedFile()));
        return Response.created(URI.create("/api/v1/redemptions/" + id + "/proof"))
                .entity(Map.of("fileName", p.fileName, "contentType", p.contentType, "sizeBytes", p.sizeBytes, "sha256", p.sha256))
                .build();
    }

    @GET
    @Path("/redemptions/{id}/proof")
    @Produces({"application/pdf", "image/png", "image/jpeg"})
    @Authenticated
    public Response proof(@PathParam("id") long id) {
        RedemptionProof p = vouchers.proof(Caller.of(identity), id);
        return Response.ok(p.content).type(p.contentType)
                .header("Content-Disposition", "attachment; filename=\"redemption-" + id + "-proof\"").build();
    }

    @GET
    @Path("/providers")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public List<VoucherResources.ProviderView> providers() {
        return vouchers.providerRegistrations(Caller.of(identity)).stream().map(VoucherResources.ProviderView::of).toList();
    }

    @POST
    @Path("/redemptions/{id}/decision")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response decideRedemption(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key,
            VoucherResources.DecisionRequest request) {
        Caller caller = Caller.of(identity);
        VoucherResources.DecisionRequest r = request == null ? new VoucherResources.DecisionRequest(null, null) : request;
        return idempotency.run(caller.userId(), key, List.of(id, r), () -> new Idempotency.Outcome(200,
                VoucherResources.RedemptionView.of(vouchers.decideRedemption(caller, id, r.approve(), r.reason()))));
    }

    @GET
    @Path("/redemptions/anomalies")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public List<VoucherOversight.Flag> anomalies() {
        return oversight.anomalies();
    }

    @GET
    @Path("/vouchers/figures")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public List<VoucherOversight.MonthFigure> figures() {
        return oversight.figures();
    }

    @GET
    @Path("/vouchers/figures/programs")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public List<VoucherOversight.ProgramTotals> programTotals() {
        return oversight.programTotals();
    }

    @GET
    @Path("/ledger/check")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Map<String, Object> check() {
        List<Ledger.Break> breaks = vouchers.checkLedger(Caller.of(identity));
        return Map.of("ok", breaks.isEmpty(), "breaks", breaks);
    }
}

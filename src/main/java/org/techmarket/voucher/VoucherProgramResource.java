package org.techmarket.voucher;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.techmarket.common.Caller;
import org.techmarket.common.Idempotency;
import org.techmarket.common.Roles;

/** Voucher programs and their applications. Money-moving calls take an Idempotency-Key header. */
@Path("/api/v1/voucher-programs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VoucherProgramResource {

    @Inject
    VoucherService vouchers;

    @Inject
    Idempotency idempotency;

    @Inject
    SecurityIdentity identity;

    @POST
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response create(@HeaderParam(Idempotency.HEADER) String key, VoucherService.ProgramInput input) {
        Caller caller = Caller.of(identity);
        return idempotency.run(caller.userId(), key, input,
                () -> new Idempotency.Outcome(201, VoucherResources.ProgramView.of(vouchers.createProgram(caller, input))));
    }

    /** Open and closed programs; staff also see drafts. */
    @GET
    @PermitAll
    public List<VoucherResources.ProgramView> list() {
        return vouchers.programs(isStaff()).stream().map(VoucherResources.ProgramView::of).toList();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    public VoucherResources.ProgramView one(@PathParam("id") long id) {
        return VoucherResources.ProgramView.of(vouchers.program(id, isStaff()));
    }

    /** A draft's terms changed (409 once open). */
    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public VoucherResources.ProgramView update(@PathParam("id") long id, VoucherService.ProgramInput input) {
        return VoucherResources.ProgramView.of(vouchers.updateProgram(Caller.of(identity), id, input));
    }

    /** A draft deleted (409 once open: an open program is closed, never deleted). */
    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response delete(@PathParam("id") long id) {
        vouchers.deleteProgram(Caller.of(identity), id);
        return Response.noContent().build();
    }

    /** DRAFT → OPEN: funded and public. */
    @POST
    @Path("/{id}/open")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response open(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key) {
        Caller caller = Caller.of(identity);
        return idempotency.run(caller.userId(), key, List.of("open", id),
                () -> new Idempotency.Outcome(200, VoucherResources.ProgramView.of(vouchers.openProgram(caller, id))));
    }

    /** OPEN → CLOSED: no more applications. */
    @POST
    @Path("/{id}/close")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public VoucherResources.ProgramView close(@PathParam("id") long id) {
        return VoucherResources.ProgramView.of(vouchers.closeProgram(Caller.of(identity), id));
    }

    private boolean isStaff() {
        return identity.hasRole(Roles.STAFF) || identity.hasRole(Roles.ADMIN);
    }

    /** Staff see every application of the program; an enterprise sees its own. */
    @GET
    @Path("/{id}/applications")
    @Authenticated
    public List<VoucherResources.ApplicationView> applications(@PathParam("id") long id) {
        vouchers.program(id, isStaff());
        return vouchers.applicationsOf(Caller.of(identity), id).stream().map(VoucherResources.ApplicationView::of).toList();
    }

    /** 摇号 among the waiting applications of an oversubscribed program; the seed is recorded (and may be given). */
    @POST
    @Path("/{id}/lottery")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response draw(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key,
            VoucherResources.LotteryRequest request) {
        Caller caller = Caller.of(identity);
        String seed = request == null ? null : request.seed();
        return idempotency.run(caller.userId(), key, List.of(id, seed == null ? "" : seed), () -> {
            VoucherLottery l = vouchers.drawLottery(caller, id, seed);
            return new Idempotency.Outcome(201, VoucherResources.LotteryView.of(l, vouchers.applicationsOf(caller, id)));
        });
    }

    /** Every draw of the program with its seed and tickets, so that anyone can check it. */
    @GET
    @Path("/{id}/lotteries")
    @PermitAll
    public List<VoucherResources.LotteryView> lotteries(@PathParam("id") long id) {
        vouchers.program(id, isStaff());
        List<VoucherApplication> all = vouchers.applicationsOfProgram(id);
        return vouchers.lotteries(id).stream().map(l -> VoucherResources.LotteryView.of(l, all)).toList();
    }

    @POST
    @Path("/{id}/applications")
    @RolesAllowed(Roles.ENTERPRISE)
    public Response apply(@PathParam("id") long id, VoucherResources.ApplicationRequest request) {
        VoucherApplication a = vouchers.apply(Caller.of(identity), id, request == null ? null : request.purpose());
        return Response.created(URI.create("/api/v1/voucher-programs/" + id + "/applications/" + a.id))
                .entity(VoucherResources.ApplicationView.of(a)).build();
    }

    @POST
    @Path("/{id}/applications/{applicationId}/decision")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response decide(@PathParam("id") long id, @PathParam("applicationId") long applicationId,
            @HeaderParam(Idempotency.HEADER) String key, VoucherResources.DecisionRequest request) {
        Caller caller = Caller.of(identity);
        VoucherResources.DecisionRequest r = request == null ? new VoucherResources.DecisionRequest(null, null) : request;
        return idempotency.run(caller.userId(), key, List.of(id, applicationId, r), () -> new Idempotency.Outcome(200,
                VoucherResources.ApplicationView.of(vouchers.decideApplication(caller, id, applicationId, r.approve(),
                        r.reason()))));
    }
}

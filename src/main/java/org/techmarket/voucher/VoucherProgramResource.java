package org.techmarket.voucher;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techmarket.common.Caller;
import org.techmarket.common.Idempotency;
import org.techmarket.common.Roles;

/** Voucher programs and their applications. Money-moving calls take an Idempotency-Key header. */
@Path("/api/v1/voucher-programs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Voucher programs", description = "Voucher programs (DRAFT → OPEN → CLOSED), the enterprises' "
        + "applications, staff decisions and lotteries (摇号).")
public class VoucherProgramResource {

    @Inject
    VoucherProgramService programService;

    @Inject
    Idempotency idempotency;

    @Inject
    SecurityIdentity identity;

    @POST
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true,
            description = "A key the client chooses for this request (1–100 characters): a retry with the same key "
                    + "gets the first answer and moves no money twice; the same key with another body is refused "
                    + "(422).")
    @Operation(summary = "Create a voucher program",
            description = "Creates a program as a draft, neither public nor funded until staff open it. Staff only.")
    @APIResponse(responseCode = "201", description = "The new draft program",
            content = @Content(schema = @Schema(implementation = VoucherApi.ProgramView.class)))
    public Response create(@HeaderParam(Idempotency.HEADER) String key, VoucherApi.ProgramRequest input) {
        Caller caller = Caller.of(identity);
        return idempotency.run(caller.userId(), key, input,
                () -> new Idempotency.Outcome(201, VoucherApi.ProgramView.of(programService.createProgram(caller, input))));
    }

    /** Open and closed programs; staff also see drafts. */
    @GET
    @PermitAll
    @Operation(summary = "List voucher programs",
            description = "The open and closed programs; staff also see drafts. Public.")
    public List<VoucherApi.ProgramView> list() {
        return programService.programs(isStaff()).stream().map(VoucherApi.ProgramView::of).toList();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get a voucher program",
            description = "One program with its terms and whether it takes applications today; a draft only for "
                    + "staff (404 otherwise). Public.")
    public VoucherApi.ProgramView one(@PathParam("id") long id) {
        return VoucherApi.ProgramView.of(programService.program(id, isStaff()));
    }

    /** A draft's terms changed (409 once open). */
    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Change a draft program's terms",
            description = "Replaces a draft's terms; an open or closed program's terms are fixed (409). Staff only.")
    public VoucherApi.ProgramView update(@PathParam("id") long id, VoucherApi.ProgramRequest input) {
        return VoucherApi.ProgramView.of(programService.updateProgram(Caller.of(identity), id, input));
    }

    /** A draft deleted (409 once open: an open program is closed, never deleted). */
    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Delete a draft program",
            description = "Removes a draft; an open program is closed, never deleted (409). Staff only.")
    @APIResponse(responseCode = "204", description = "The draft was deleted")
    public Response delete(@PathParam("id") long id) {
        programService.deleteProgram(Caller.of(identity), id);
        return Response.noContent().build();
    }

    /** DRAFT → OPEN: funded and public. */
    @POST
    @Path("/{id}/open")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true,
            description = "A key the client chooses for this request (1–100 characters): a retry with the same key "
                    + "gets the first answer and moves no money twice; the same key with another body is refused "
                    + "(422).")
    @Operation(summary = "Open a draft program",
            description = "DRAFT → OPEN: the budget is funded on the ledger and the program becomes public. Staff "
                    + "only.")
    @APIResponse(responseCode = "200", description = "The open program",
            content = @Content(schema = @Schema(implementation = VoucherApi.ProgramView.class)))
    public Response open(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key) {
        Caller caller = Caller.of(identity);
        return idempotency.run(caller.userId(), key, List.of("open", id),
                () -> new Idempotency.Outcome(200, VoucherApi.ProgramView.of(programService.openProgram(caller, id))));
    }

    /** OPEN → CLOSED: no more applications. */
    @POST
    @Path("/{id}/close")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Close an open program",
            description = "OPEN → CLOSED: no more applications; issued vouchers stay usable until their deadlines. "
                    + "Staff only.")
    public VoucherApi.ProgramView close(@PathParam("id") long id) {
        return VoucherApi.ProgramView.of(programService.closeProgram(Caller.of(identity), id));
    }

    private boolean isStaff() {
        return identity.hasRole(Roles.STAFF) || identity.hasRole(Roles.ADMIN);
    }

    /** Staff see every application of the program; an enterprise sees its own. */
    @GET
    @Path("/{id}/applications")
    @Authenticated
    @Operation(summary = "List a program's applications",
            description = "Staff see every application of the program, an enterprise its own organisation's. Members "
                    + "only.")
    public List<VoucherApi.ApplicationView> applications(@PathParam("id") long id) {
        programService.program(id, isStaff());
        return programService.applicationsOf(Caller.of(identity), id).stream().map(VoucherApi.ApplicationView::of).toList();
    }

    /** 摇号 among the waiting applications of an oversubscribed program; the seed is recorded (and may be given). */
    @POST
    @Path("/{id}/lottery")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true,
            description = "A key the client chooses for this request (1–100 characters): a retry with the same key "
                    + "gets the first answer and moves no money twice; the same key with another body is refused "
                    + "(422).")
    @Operation(summary = "Draw the lottery of an oversubscribed program",
            description = "Orders the waiting applications by a recorded seed (given or random); as many as the "
                    + "budget has places for get a voucher, the others are rejected. Staff only.")
    @APIResponse(responseCode = "201", description = "The draw with its seed and tickets",
            content = @Content(schema = @Schema(implementation = VoucherApi.LotteryView.class)))
    public Response draw(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key,
            VoucherApi.LotteryRequest request) {
        Caller caller = Caller.of(identity);
        String seed = request == null ? null : request.seed();
        return idempotency.run(caller.userId(), key, List.of(id, seed == null ? "" : seed), () -> {
            VoucherLottery l = programService.drawLottery(caller, id, seed);
            return new Idempotency.Outcome(201, VoucherApi.LotteryView.of(l, programService.applicationsOf(caller, id)));
        });
    }

    /** Every draw of the program with its seed and tickets, so that anyone can check it. */
    @GET
    @Path("/{id}/lotteries")
    @PermitAll
    @Operation(summary = "List a program's lottery draws",
            description = "Every draw with its seed, rule and tickets, so that anyone can check it (tickets carry "
                    + "organisation ids, not names). Public.")
    public List<VoucherApi.LotteryView> lotteries(@PathParam("id") long id) {
        programService.program(id, isStaff());
        List<VoucherApplication> all = programService.applicationsOfProgram(id);
        return programService.lotteries(id).stream().map(l -> VoucherApi.LotteryView.of(l, all)).toList();
    }

    @POST
    @Path("/{id}/applications")
    @RolesAllowed(Roles.ENTERPRISE)
    @Operation(summary = "Apply to a voucher program",
            description = "The caller's verified enterprise applies once, with its purpose, while the program takes "
                    + "applications and within its per-firm cap. Enterprises only.")
    @APIResponse(responseCode = "201", description = "The application, waiting for staff",
            content = @Content(schema = @Schema(implementation = VoucherApi.ApplicationView.class)))
    public Response apply(@PathParam("id") long id, VoucherApi.ApplicationRequest request) {
        VoucherApplication a = programService.apply(Caller.of(identity), id, request == null ? null : request.purpose());
        return Response.created(URI.create("/api/v1/voucher-programs/" + id + "/applications/" + a.id))
                .entity(VoucherApi.ApplicationView.of(a)).build();
    }

    @POST
    @Path("/{id}/applications/{applicationId}/decision")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true,
            description = "A key the client chooses for this request (1–100 characters): a retry with the same key "
                    + "gets the first answer and moves no money twice; the same key with another body is refused "
                    + "(422).")
    @Operation(summary = "Approve or reject an application",
            description = "APPROVE issues a voucher of the face value from the program's unissued budget; REJECT "
                    + "needs a reason. The applicant is notified. Staff only.")
    @APIResponse(responseCode = "200", description = "The decided application",
            content = @Content(schema = @Schema(implementation = VoucherApi.ApplicationView.class)))
    public Response decide(@PathParam("id") long id, @PathParam("applicationId") long applicationId,
            @HeaderParam(Idempotency.HEADER) String key, VoucherApi.DecisionRequest request) {
        Caller caller = Caller.of(identity);
        VoucherApi.DecisionRequest r = request == null ? new VoucherApi.DecisionRequest(null, null) : request;
        return idempotency.run(caller.userId(), key, List.of(id, applicationId, r), () -> new Idempotency.Outcome(200,
                VoucherApi.ApplicationView.of(programService.decideApplication(caller, id, applicationId, r.approve(),
                        r.reason()))));
    }
}

package org.techmarket.voucher;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
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
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.techmarket.account.OrganisationService;
import org.techmarket.common.Caller;
import org.techmarket.common.ConflictException;
import org.techmarket.common.Flash;
import org.techmarket.common.Htmx;
import org.techmarket.common.Idempotency;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.MoneyInput;
import org.techmarket.common.NotFoundException;
import org.techmarket.common.Roles;

/**
 * Voucher pages: the public program list and program page (apply; staff decide and draw lots), the
 * workspace of enterprises (vouchers, orders) and providers (registration, orders, redemptions), and
 * the staff desk (new program, provider and redemption queues, anomaly flags, ledger check, figures).
 * Forms that move money carry a one-time key, so that a double submit moves nothing twice.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class VoucherPageResource {

    /** Service categories a program covers and a provider registers for. */
    public static final List<String> CATEGORIES = ServiceCategory.CODES;

    @Inject
    ServiceOrderService orderService;
    @Inject
    VoucherProgramService programService;
    @Inject
    ProviderService providerService;
    @Inject
    RedemptionService redemptionService;

    @Inject
    VoucherOversight oversight;

    @Inject
    Idempotency idempotency;

    @Inject
    OrganisationService organisations;

    @Inject
    SecurityIdentity identity;

    @Inject
    Htmx htmx;

    public record ProgramRow(VoucherProgram program, long places) {
    }

    public record VoucherRow(Voucher voucher, Map<String, Long> balances, String programName) {
    }

    public record OrderRow(ServiceOrder order, String enterpriseName, String providerName, Redemption redemption) {
    }

    public record RedemptionRow(Redemption redemption, ServiceOrder order, String providerName, String enterpriseName,
            boolean hasProof, List<VoucherOversight.Flag> flags) {
        /** Payment waits for the provider's proof. */
        public boolean awaitingProof() {
            return !hasProof;
        }
    }

    public record ProviderRow(ProviderRegistration registration, String name) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance programs(List<ProgramRow> programs);

        static native TemplateInstance program(VoucherProgram program, long places, boolean canApply,
                VoucherApplication mine, List<VoucherApplication> applications, Map<Long, String> names,
                List<VoucherApi.LotteryView> lotteries, String formKey, Map<String, String> errors);

        static native TemplateInstance workspace(List<VoucherRow> vouchers, List<OrderRow> orders,
                List<ProviderRow> providers, ProviderRegistration registration, List<String> categories,
                List<ServiceOrderService.DealOption> deals, String formKey, Map<String, String> errors);

        static native TemplateInstance desk(List<ProviderRow> providers, List<RedemptionRow> redemptions,
                List<Ledger.Break> breaks, List<VoucherOversight.ProgramTotals> totals,
                List<VoucherOversight.MonthFigure> figures, List<String> categories,
                String formKey, Map<String, String> errors);

        /** One redemption after its decision, replacing its row in place (htmx). */
        static native TemplateInstance desk$redemptionRow(RedemptionRow r, String formKey);

        /** One provider registration after its decision, replacing its row in place (htmx). */
        static native TemplateInstance desk$providerRow(ProviderRow p);
    }

    @TemplateExtension
    static class Labels {
        static String categoryLabel(String category) {
            return "cat_" + category;
        }

        /** A flag's amount in yuan, for its reason. */
        static String yuan(VoucherOversight.Flag flag) {
            return String.format("%,d", flag.amountFen() / 100);
        }

        static String movementLabel(String movement) {
            return "move_" + movement;
        }
    }

    // ---- public: programs -------------------------------------------------------------------

    @GET
    @Path("vouchers")
    public TemplateInstance programs() {
        boolean staff = Caller.optional(identity).map(Caller::isStaff).orElse(false);
        List<VoucherProgram> programs = programService.programs(staff).stream().sorted((a, b) -> Long.compare(b.id, a.id))
                .toList();
        Map<Long, Long> places = programService.places(programs);
        return Templates.programs(programs.stream().map(p -> new ProgramRow(p, places.get(p.id))).toList());
    }

    @GET
    @Path("vouchers/programs/{id}")
    public TemplateInstance program(@PathParam("id") long id) {
        return programPage(id, Map.of());
    }

    private TemplateInstance programPage(long id, Map<String, String> errors) {
        java.util.Optional<Caller> caller = Caller.optional(identity);
        VoucherProgram p = programService.program(id, caller.map(Caller::isStaff).orElse(false));
        List<VoucherApplication> apps = caller.map(c -> programService.applicationsOf(c, id)).orElse(List.of());
        boolean staff = caller.map(Caller::isStaff).orElse(false);
        VoucherApplication mine = staff || apps.isEmpty() ? null : apps.get(0);
        boolean canApply = caller.map(c -> Roles.ENTERPRISE.equals(c.role())).orElse(false) && mine == null
                && p.takesApplications(LocalDate.now());
        Map<Long, String> names = staff ? organisations.namesOf(apps.stream().map(a -> a.organisationId).collect(Collectors.toSet()))
                : Map.of();
        List<VoucherApplication> drawn = programService.applicationsOfProgram(id);
        List<VoucherApi.LotteryView> lotteries = programService.lotteries(id).stream()
                .map(l -> VoucherApi.LotteryView.of(l, drawn)).toList();
        return Templates.program(p, programService.places(p), canApply, mine, staff ? apps : List.of(), names, lotteries,
                UUID.randomUUID().toString(), errors);
    }

    @POST
    @Path("vouchers/programs/{id}/apply")
    @RolesAllowed(Roles.ENTERPRISE)
    public Response apply(@PathParam("id") long id, @RestForm String purpose) {
        return form(errors -> programPage(id, errors), () -> {
            programService.apply(Caller.of(identity), id, purpose);
            return Flash.redirect("/vouchers/programs/" + id, "flash_voucher_applied");
        });
    }

    @POST
    @Path("vouchers/programs/{id}/applications/{applicationId}/decision")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response decideApplication(@PathParam("id") long id, @PathParam("applicationId") long applicationId,
            @RestForm String key, @RestForm String decision, @RestForm String reason) {
        Caller caller = Caller.of(identity);
        return form(errors -> programPage(id, errors), () -> {
            boolean approve = new VoucherApi.DecisionRequest(decision, reason).approve();
            idempotency.run(caller.userId(), key, List.of("page-application", applicationId, decision), () ->
                    new Idempotency.Outcome(200, programService.decideApplication(caller, id, applicationId, approve, blankToNull(reason)).id));
            return Flash.redirect("/vouchers/programs/" + id, "flash_decided");
        });
    }

    @POST
    @Path("vouchers/programs/{id}/lottery")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response draw(@PathParam("id") long id, @RestForm String key, @RestForm String seed) {
        Caller caller = Caller.of(identity);
        return form(errors -> programPage(id, errors), () -> {
            idempotency.run(caller.userId(), key, List.of("page-lottery", id), () ->
                    new Idempotency.Outcome(201, programService.drawLottery(caller, id, blankToNull(seed)).id));
            return Flash.redirect("/vouchers/programs/" + id, "flash_voucher_drawn");
        });
    }

    @POST
    @Path("vouchers/programs/{id}/open")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response openProgram(@PathParam("id") long id, @RestForm String key) {
        Caller caller = Caller.of(identity);
        return form(errors -> programPage(id, errors), () -> {
            idempotency.run(caller.userId(), key, List.of("page-open", id), () ->
                    new Idempotency.Outcome(200, programService.openProgram(caller, id).id));
            return Flash.redirect("/vouchers/programs/" + id, "flash_program_opened");
        });
    }

    @POST
    @Path("vouchers/programs/{id}/close")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response closeProgram(@PathParam("id") long id) {
        return form(errors -> programPage(id, errors), () -> {
            programService.closeProgram(Caller.of(identity), id);
            return Flash.redirect("/vouchers/programs/" + id, "flash_program_closed");
        });
    }

    @POST
    @Path("vouchers/programs/{id}/delete")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response deleteProgram(@PathParam("id") long id) {
        return form(errors -> programPage(id, errors), () -> {
            programService.deleteProgram(Caller.of(identity), id);
            return Flash.redirect("/staff/vouchers", "flash_program_deleted");
        });
    }

    // ---- enterprises and providers: the workspace ---------------------------------------------

    @GET
    @Path("my/vouchers")
    @RolesAllowed({Roles.ENTERPRISE, Roles.PROVIDER})
    public TemplateInstance workspace() {
        return workspacePage(Map.of());
    }

    private TemplateInstance workspacePage(Map<String, String> errors) {
        Caller caller = Caller.of(identity);
        Map<Long, String> programNames = programService.programs(true).stream().collect(Collectors.toMap(p -> p.id, p -> p.name));
        List<Voucher> own = Roles.ENTERPRISE.equals(caller.role()) ? orderService.vouchersOf(caller) : List.of();
        Map<Long, Map<String, Long>> balances = orderService.balancesOf(own);
        List<VoucherRow> mine = own.stream().map(v -> new VoucherRow(v, balances.get(v.id), programNames.get(v.programId)))
                .toList();
        List<ServiceOrder> orders = orderService.ordersOf(caller);
        List<ProviderRegistration> registered = providerService.registeredProviders();
        Set<Long> ids = new java.util.HashSet<>();
        orders.forEach(o -> {
            ids.add(o.enterpriseOrganisationId);
            ids.add(o.providerOrganisationId);
        });
        registered.forEach(r -> ids.add(r.organisationId));
        Map<Long, String> names = organisations.namesOf(ids);
        Map<Long, Redemption> redemptions = redemptionService.redemptionsOf(caller).stream()
                .collect(Collectors.toMap(r -> r.orderId, r -> r, (a, b) -> a.id > b.id ? a : b));
        return Templates.workspace(mine,
                orders.stream().map(o -> new OrderRow(o, names.get(o.enterpriseOrganisationId), names.get(o.providerOrganisationId),
                        redemptions.get(o.id))).toList(),
                registered.stream().map(r -> new ProviderRow(r, names.get(r.organisationId))).toList(),
                Roles.PROVIDER.equals(caller.role()) ? providerService.providerRegistrationOf(caller).orElse(null) : null,
                CATEGORIES, Roles.ENTERPRISE.equals(caller.role()) ? orderService.dealOptions(caller) : List.of(),
                UUID.randomUUID().toString(), errors);
    }

    @POST
    @Path("my/vouchers/provider")
    @RolesAllowed(Roles.PROVIDER)
    public Response registerProvider(@RestForm List<String> categories) {
        return form(this::workspacePage, () -> {
            providerService.registerProvider(Caller.of(identity), categories);
            return Flash.redirect("/my/vouchers", "flash_voucher_registered");
        });
    }

    @POST
    @Path("my/vouchers/orders")
    @RolesAllowed(Roles.ENTERPRISE)
    public Response createOrder(@RestForm String providerOrganisationId, @RestForm String category,
            @RestForm String description, @RestForm String amount, @RestForm String serves) {
        return form(this::workspacePage, () -> {
            long provider = parseId("providerOrganisationId", providerOrganisationId);
            Long caseId = null;
            Long contractId = null;
            if (serves != null && !serves.isBlank()) {
                String[] parts = serves.split(":", 2);
                long id = parts.length == 2 ? parseId("serves", parts[1]) : -1;
                if (parts[0].equals("case")) {
                    caseId = id;
                } else if (parts[0].equals("contract")) {
                    contractId = id;
                } else {
                    throw InvalidInputException.of("serves", "a case or a contract of your organisation");
                }
            }
            orderService.createOrder(Caller.of(identity), provider, category, description, yuanToFen("amountFen", amount),
                    caseId, contractId);
            return Flash.redirect("/my/vouchers", "flash_voucher_order");
        });
    }

    @POST
    @Path("my/vouchers/orders/{id}/voucher")
    @RolesAllowed(Roles.ENTERPRISE)
    public Response applyVoucher(@PathParam("id") long id, @RestForm String key, @RestForm String voucherId,
            @RestForm String amount) {
        Caller caller = Caller.of(identity);
        return form(this::workspacePage, () -> {
            long voucher = parseId("voucherId", voucherId);
            long fen = yuanToFen("amountFen", amount);
            idempotency.run(caller.userId(), key, List.of("page-reserve", id, voucher, fen), () ->
                    new Idempotency.Outcome(200, orderService.applyVoucher(caller, id, voucher, fen).id));
            return Flash.redirect("/my/vouchers", "flash_voucher_reserved");
        });
    }

    @POST
    @Path("my/vouchers/orders/{id}/cancel")
    @RolesAllowed(Roles.ENTERPRISE)
    public Response cancel(@PathParam("id") long id, @RestForm String key) {
        Caller caller = Caller.of(identity);
        return form(this::workspacePage, () -> {
            idempotency.run(caller.userId(), key, List.of("page-cancel", id), () ->
                    new Idempotency.Outcome(200, orderService.cancelOrder(caller, id).id));
            return Flash.redirect("/my/vouchers", "flash_voucher_cancelled");
        });
    }

    @POST
    @Path("my/vouchers/orders/{id}/delivery")
    @RolesAllowed(Roles.PROVIDER)
    public Response deliver(@PathParam("id") long id) {
        return form(this::workspacePage, () -> {
            orderService.deliver(Caller.of(identity), id);
            return Flash.redirect("/my/vouchers", "flash_voucher_delivered");
        });
    }

    @POST
    @Path("my/vouchers/orders/{id}/redemption")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.PROVIDER)
    public Response redeem(@PathParam("id") long id, @RestForm String invoiceNumber, @RestForm("file") FileUpload file) {
        return form(this::workspacePage, () -> {
            if (file == null || file.uploadedFile() == null || file.size() == 0) {
                throw InvalidInputException.of("file", "choose the invoice or service report (PDF, PNG or JPEG)");
            }
            if (file.size() > RedemptionProof.MAX_BYTES) {
                throw InvalidInputException.of("file", "the file is larger than 10 MB");
            }
            byte[] content;
            try {
                content = Files.readAllBytes(file.uploadedFile());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            redemptionService.submitRedemptionWithProof(Caller.of(identity), id, invoiceNumber, file.fileName(), content);
            return Flash.redirect("/my/vouchers", "flash_voucher_redemption");
        });
    }

    // ---- staff desk ------------------------------------------------------------------------

    @GET
    @Path("staff/vouchers")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public TemplateInstance desk() {
        return deskPage(Map.of());
    }

    private TemplateInstance deskPage(Map<String, String> errors) {
        Caller caller = Caller.of(identity);
        DeskRows rows = deskRows(providerService.providerRegistrations(caller), redemptionService.redemptionsOf(caller));
        return Templates.desk(rows.providers(), rows.redemptions(),
                redemptionService.checkLedger(caller), oversight.programTotals(), oversight.figures(), CATEGORIES, UUID.randomUUID().toString(), errors);
    }

    /** The desk's two decision tables, their organisations named in one read. */
    private record DeskRows(List<ProviderRow> providers, List<RedemptionRow> redemptions) {
    }

    private DeskRows deskRows(List<ProviderRegistration> registrations, List<Redemption> redemptions) {
        Map<Long, ServiceOrder> orders = redemptions.isEmpty() ? Map.of()
                : orderService.ordersById(redemptions.stream().map(r -> r.orderId).toList()).stream()
                        .collect(Collectors.toMap(o -> o.id, o -> o));
        Set<Long> ids = new java.util.HashSet<>();
        registrations.forEach(r -> ids.add(r.organisationId));
        orders.values().forEach(o -> {
            ids.add(o.enterpriseOrganisationId);
            ids.add(o.providerOrganisationId);
        });
        Map<Long, String> names = organisations.namesOf(ids);
        Map<Long, List<VoucherOversight.Flag>> flags = redemptions.isEmpty() ? Map.of()
                : oversight.anomalies().stream().collect(Collectors.groupingBy(VoucherOversight.Flag::redemptionId));
        Set<Long> proven = redemptionService.withProof(redemptions.stream().map(r -> r.id).toList());
        return new DeskRows(registrations.stream().map(r -> new ProviderRow(r, names.get(r.organisationId))).toList(),
                redemptions.stream().map(r -> {
                    ServiceOrder o = orders.get(r.orderId);
                    return new RedemptionRow(r, o, names.get(r.providerOrganisationId), names.get(o.enterpriseOrganisationId),
                            proven.contains(r.id), flags.getOrDefault(r.id, List.of()));
                }).toList());
    }

    @POST
    @Path("staff/vouchers/programs")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response createProgram(@RestForm String key, @RestForm String name, @RestForm String year, @RestForm String budget,
            @RestForm String faceValue, @RestForm String coFundingPercent, @RestForm String useDeadline,
            @RestForm String redemptionDeadline, @RestForm List<String> categories, @RestForm String applicationsOpen,
            @RestForm String applicationsClose, @RestForm String perFirmCap) {
        Caller caller = Caller.of(identity);
        return form(this::deskPage, () -> {
            VoucherApi.ProgramRequest in = new VoucherApi.ProgramRequest(name, parseInt("year", year),
                    yuanToFen("budgetFen", budget), yuanToFen("faceValueFen", faceValue),
                    parseInt("coFundingPercent", coFundingPercent), parseDate("useDeadline", useDeadline),
                    parseDate("redemptionDeadline", redemptionDeadline), categories,
                    blankToNull(applicationsOpen) == null ? null : parseDate("applicationsOpen", applicationsOpen),
                    blankToNull(applicationsClose) == null ? null : parseDate("applicationsClose", applicationsClose),
                    blankToNull(perFirmCap) == null ? null : yuanToFen("perFirmCapFen", perFirmCap));
            Object id = idempotency.run(caller.userId(), key, in, () ->
                    new Idempotency.Outcome(201, programService.createProgram(caller, in).id)).getEntity();
            return Flash.redirect("/vouchers/programs/" + id, "flash_voucher_program");
        });
    }

    @POST
    @Path("staff/vouchers/providers/{id}/decision")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response decideProvider(@PathParam("id") long id, @RestForm String decision, @RestForm String reason,
            @Context HttpHeaders headers) {
        return form(this::deskPage, headers, () -> {
            boolean approve = new VoucherApi.DecisionRequest(decision, reason).approve();
            Caller caller = Caller.of(identity);
            providerService.decideProvider(caller, id, approve, blankToNull(reason));
            if (Htmx.isPartial(headers)) {
                ProviderRow row = deskRows(providerService.providerRegistrations(caller), List.of()).providers().stream()
                        .filter(p -> p.registration().id == id).findFirst()
                        .orElseThrow(() -> new NotFoundException("ProviderRegistration", id));
                return htmx.changed(Templates.desk$providerRow(row).render(), "flash_decided");
            }
            return Flash.redirect("/staff/vouchers", "flash_decided");
        });
    }

    @POST
    @Path("staff/vouchers/redemptions/{id}/decision")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response decideRedemption(@PathParam("id") long id, @RestForm String key, @RestForm String decision,
            @RestForm String reason, @Context HttpHeaders headers) {
        Caller caller = Caller.of(identity);
        return form(this::deskPage, headers, () -> {
            boolean approve = new VoucherApi.DecisionRequest(decision, reason).approve();
            idempotency.run(caller.userId(), key, List.of("page-redemption", id, decision), () ->
                    new Idempotency.Outcome(200, redemptionService.decideRedemption(caller, id, approve, blankToNull(reason)).id));
            if (Htmx.isPartial(headers)) {
                Redemption decided = redemptionService.redemptionsOf(caller).stream().filter(r -> r.id == id).findFirst()
                        .orElseThrow(() -> new NotFoundException("Redemption", id));
                RedemptionRow row = deskRows(List.of(), List.of(decided)).redemptions().get(0);
                return htmx.changed(Templates.desk$redemptionRow(row, UUID.randomUUID().toString()).render(), "flash_decided");
            }
            return Flash.redirect("/staff/vouchers", "flash_decided");
        });
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** Runs a form action; bad input shows the page again with the errors beside it (400), a conflict too (409). */
    private static Response form(java.util.function.Function<Map<String, String>, TemplateInstance> page,
            Supplier<Response> action) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(page.apply(e.fieldErrors())).build();
        } catch (ConflictException e) {
            return Response.status(409).entity(page.apply(Map.of("form", e.getMessage()))).build();
        }
    }

    /** The same for a form that htmx may send: its errors where the flash goes, the row left as it was. */
    private Response form(java.util.function.Function<Map<String, String>, TemplateInstance> page, HttpHeaders headers,
            Supplier<Response> action) {
        if (!Htmx.isPartial(headers)) {
            return form(page, action);
        }
        try {
            return action.get();
        } catch (InvalidInputException e) {
            return htmx.invalid(e.fieldErrors());
        } catch (ConflictException e) {
            return htmx.invalid(Map.of("form", e.getMessage()));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static long yuanToFen(String field, String yuan) {
        return MoneyInput.positive(field, yuan, MoneyInput.Unit.YUAN);
    }

    private static long parseId(String field, String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "required");
        }
    }

    private static Integer parseInt(String field, String value) {
        try {
            return Integer.valueOf(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "a whole number");
        }
    }

    private static LocalDate parseDate(String field, String value) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "a date (YYYY-MM-DD)");
        }
    }

}

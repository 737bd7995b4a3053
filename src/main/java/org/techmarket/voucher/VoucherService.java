package org.techmarket.voucher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.techmarket.account.AccountService;
import org.techmarket.account.OrganisationService;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.Caller;
import org.techmarket.common.ConflictException;
import org.techmarket.common.ForbiddenActionException;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.NotFoundException;
import org.techmarket.common.Roles;

/**
 * Innovation vouchers: programs (funded on the ledger), provider registration, applications and
 * issuance, service orders paid partly by a voucher (reserved), and redemptions (redeemed or
 * released). Rows are locked before money moves; the ledger refuses what would go below zero.
 */
@ApplicationScoped
public class VoucherService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    VoucherProgramRepository programs;
    @Inject
    VoucherApplicationRepository applications;
    @Inject
    VoucherRepository vouchers;
    @Inject
    ServiceOrderRepository orders;
    @Inject
    RedemptionRepository redemptions;
    @Inject
    ProviderRegistrationRepository providers;
    @Inject
    Ledger ledger;
    @Inject
    OrganisationService organisations;
    @Inject
    AccountService accounts;
    @Inject
    AuditTrail audit;

    public record ProgramInput(String name, Integer year, Long budgetFen, Long faceValueFen, Integer coFundingPercent,
            LocalDate useDeadline, LocalDate redemptionDeadline, List<String> categories) {
    }

    @Transactional
    public VoucherProgram createProgram(Caller caller, ProgramInput in) {
        requireStaff(caller);
        if (in == null || in.name() == null || in.name().isBlank() || in.name().length() > 100) {
            throw InvalidInputException.of("name", "1–100 characters");
        }
        positive("budgetFen", in.budgetFen());
        positive("faceValueFen", in.faceValueFen());
        if (in.faceValueFen() > in.budgetFen()) {
            throw InvalidInputException.of("faceValueFen", "must not exceed the budget");
        }
        if (in.coFundingPercent() == null || in.coFundingPercent() < 1 || in.coFundingPercent() > 100) {
            throw InvalidInputException.of("coFundingPercent", "between 1 and 100");
        }
        if (in.year() == null || in.year() < 2000 || in.year() > 2100) {
            throw InvalidInputException.of("year", "a year");
        }
        if (in.useDeadline() == null || in.redemptionDeadline() == null || in.redemptionDeadline().isBefore(in.useDeadline())) {
            throw InvalidInputException.of("redemptionDeadline", "required, not before the use deadline");
        }
        if (in.categories() == null || in.categories().isEmpty()) {
            throw InvalidInputException.of("categories", "at least one service category");
        }
        VoucherProgram p = new VoucherProgram();
        p.name = in.name().strip();
        p.year = in.year();
        p.budgetFen = in.budgetFen();
        p.faceValueFen = in.faceValueFen();
        p.coFundingPercent = in.coFundingPercent();
        p.useDeadline = in.useDeadline();
        p.redemptionDeadline = in.redemptionDeadline();
        p.categories = in.categories().stream().map(String::strip).distinct().toArray(String[]::new);
        programs.persist(p);
        programs.flush();
        ledger.post("FUND", p.id, null, "program " + p.id,
                Map.of(Ledger.funding(p.id), -p.budgetFen, Ledger.unissued(p.id), p.budgetFen));
        audit.record("VoucherProgram", p.id, "create", null, "OPEN", null);
        return p;
    }

    @Transactional
    public ProviderRegistration registerProvider(Caller caller, List<String> categories) {
        if (!Roles.PROVIDER.equals(caller.role())) {
            throw new ForbiddenActionException("Only service providers register for voucher services");
        }
        if (categories == null || categories.isEmpty()) {
            throw InvalidInputException.of("categories", "at least one service category");
        }
        if (providers.count("organisationId", caller.organisationId()) > 0) {
            throw new ConflictException("This provider is already registered or waiting");
        }
        ProviderRegistration r = new ProviderRegistration();
        r.organisationId = caller.organisationId();
        r.categories = categories.stream().map(String::strip).distinct().toArray(String[]::new);
        providers.persist(r);
        audit.record("ProviderRegistration", r.id, "apply", null, r.status, null);
        return r;
    }

    @Transactional
    public ProviderRegistration decideProvider(Caller caller, long id, boolean approve, String reason) {
        requireStaff(caller);
        ProviderRegistration r = providers.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("Provider registration", id));
        if (!"PENDING".equals(r.status)) {
            throw new ConflictException("This registration has already been decided");
        }
        requireReasonToReject(approve, reason);
        r.status = approve ? "APPROVED" : "REJECTED";
        r.reason = reason;
        r.decidedAt = OffsetDateTime.now();
        audit.record("ProviderRegistration", r.id, approve ? "approve" : "reject", "PENDING", r.status, reason);
        return r;
    }

    @Transactional
    public VoucherApplication apply(Caller caller, long programId, String purpose) {
        if (!Roles.ENTERPRISE.equals(caller.role()) || !accounts.isActiveMember(caller.userId())) {
            throw new ForbiddenActionException("Vouchers are for member enterprises");
        }
        VoucherProgram p = programs.findByIdOptional(programId).orElseThrow(() -> new NotFoundException("Program", programId));
        if (purpose == null || purpose.isBlank() || purpose.length() > 1000) {
            throw InvalidInputException.of("purpose", "1–1000 characters");
        }
        if (LocalDate.now().isAfter(p.useDeadline)) {
            throw new ConflictException("This program no longer takes applications");
        }
        if (!organisations.isVerified(caller.organisationId())) {
            throw new ConflictException("Your organisation must be verified to apply");
        }
        if (applications.count("programId = ?1 and organisationId = ?2", programId, caller.organisationId()) > 0) {
            throw new ConflictException("Your organisation has already applied to this program");
        }
        VoucherApplication a = new VoucherApplication();
        a.programId = programId;
        a.organisationId = caller.organisationId();
        a.applicantId = caller.userId();
        a.purpose = purpose.strip();
        applications.persist(a);
        audit.record("VoucherApplication", a.id, "apply", null, a.status, null);
        return a;
    }

    /** Staff decide; approval issues a voucher of the program's face value from its unissued budget. */
    @Transactional
    public VoucherApplication decideApplication(Caller caller, long programId, long applicationId, boolean approve,
            String reason) {
        requireStaff(caller);
        VoucherApplication a = applications.findByIdOptional(applicationId, LockModeType.PESSIMISTIC_WRITE)
                .filter(x -> x.programId == programId)
                .orElseThrow(() -> new NotFoundException("Application", applicationId));
        if (!"SUBMITTED".equals(a.status)) {
            throw new ConflictException("This application has already been decided");
        }
        requireReasonToReject(approve, reason);
        VoucherProgram p = programs.findById(programId);
        if (approve) {
            Voucher v = new Voucher();
            v.code = "TM" + p.year + code(10);
            v.programId = p.id;
            v.organisationId = a.organisationId;
            v.applicationId = a.id;
            v.faceValueFen = p.faceValueFen;
            vouchers.persist(v);
            vouchers.flush();
            ledger.post("ISSUE", p.id, v.id, "application " + a.id,
                    Map.of(Ledger.unissued(p.id), -p.faceValueFen, Ledger.available(v.id), p.faceValueFen));
        }
        a.status = approve ? "APPROVED" : "REJECTED";
        a.reason = reason;
        a.decidedAt = OffsetDateTime.now();
        audit.record("VoucherApplication", a.id, approve ? "approve" : "reject", "SUBMITTED", a.status, reason);
        return a;
    }

    @Transactional
    public ServiceOrder createOrder(Caller caller, long providerOrganisationId, String category, String description,
            Long amountFen) {
        if (!Roles.ENTERPRISE.equals(caller.role())) {
            throw new ForbiddenActionException("Service orders are placed by enterprises");
        }
        positive("amountFen", amountFen);
        if (description == null || description.isBlank() || description.length() > 1000) {
            throw InvalidInputException.of("description", "1–1000 characters");
        }
        if (category == null || category.isBlank()) {
            throw InvalidInputException.of("category", "required");
        }
        boolean registered = providers.find("organisationId", providerOrganisationId).firstResultOptional()
                .map(r -> r.serves(category.strip())).orElse(false);
        if (!registered) {
            throw InvalidInputException.of("providerOrganisationId", "not a provider registered for this category");
        }
        ServiceOrder o = new ServiceOrder();
        o.enterpriseOrganisationId = caller.organisationId();
        o.providerOrganisationId = providerOrganisationId;
        o.category = category.strip();
        o.description = description.strip();
        o.amountFen = amountFen;
        orders.persist(o);
        audit.record("ServiceOrder", o.id, "create", null, o.status, null);
        return o;
    }

    /** The enterprise applies (part of) a voucher to an order, up to the co-funding share; the amount is reserved. */
    @Transactional
    public ServiceOrder applyVoucher(Caller caller, long orderId, long voucherId, Long amountFen) {
        positive("amountFen", amountFen);
        ServiceOrder o = orders.findByIdOptional(orderId, LockModeType.PESSIMISTIC_WRITE)
                .filter(x -> caller.isMemberOf(x.enterpriseOrganisationId))
                .orElseThrow(() -> new NotFoundException("Service order", orderId));
        Voucher v = vouchers.findByIdOptional(voucherId, LockModeType.PESSIMISTIC_WRITE)
                .filter(x -> caller.isMemberOf(x.organisationId))
                .orElseThrow(() -> new NotFoundException("Voucher", voucherId));
        if (!"OPEN".equals(o.status)) {
            throw new ConflictException("Vouchers apply to open orders only");
        }
        if (!"ACTIVE".equals(v.status)) {
            throw new ConflictException("This voucher is " + v.status.toLowerCase());
        }
        if (o.voucherId != null && o.voucherId != voucherId) {
            throw new ConflictException("This order is already paid with another voucher");
        }
        VoucherProgram p = programs.findById(v.programId);
        if (LocalDate.now().isAfter(p.useDeadline)) {
            throw new ConflictException("The program's use deadline has passed");
        }
        if (!p.covers(o.category)) {
            throw new ConflictException("The program does not cover " + o.category);
        }
        long cap = o.amountFen * p.coFundingPercent / 100 - o.voucherAmountFen;
        if (amountFen > cap) {
            throw InvalidInputException.of("amountFen", "at most " + Math.max(cap, 0) + " (the co-funding share "
                    + p.coFundingPercent + "% of the order)");
        }
        ledger.post("RESERVE", p.id, v.id, "order " + o.id,
                Map.of(Ledger.available(v.id), -amountFen, Ledger.reserved(v.id), amountFen));
        o.voucherId = v.id;
        o.voucherAmountFen += amountFen;
        // No audit row: the ledger transaction (kind, actor, time, "order N") is the record of this step.
        return o;
    }

    @Transactional
    public ServiceOrder deliver(Caller caller, long orderId) {
        ServiceOrder o = providerOrder(caller, orderId);
        if (!"OPEN".equals(o.status)) {
            throw new ConflictException("Only an open order is delivered");
        }
        o.status = "DELIVERED";
        o.deliveredAt = OffsetDateTime.now();
        audit.record("ServiceOrder", o.id, "deliver", "OPEN", o.status, null);
        return o;
    }

    @Transactional
    public Redemption submitRedemption(Caller caller, long orderId, String invoiceNumber) {
        if (invoiceNumber == null || invoiceNumber.isBlank() || invoiceNumber.length() > 40) {
            throw InvalidInputException.of("invoiceNumber", "1–40 characters");
        }
        ServiceOrder o = providerOrder(caller, orderId);
        if (!"DELIVERED".equals(o.status) || o.voucherId == null || o.voucherAmountFen == 0) {
            throw new ConflictException("Only a delivered order paid with a voucher is redeemed");
        }
        VoucherProgram p = programs.findById(vouchers.findById(o.voucherId).programId);
        if (LocalDate.now().isAfter(p.redemptionDeadline)) {
            throw new ConflictException("The program's redemption deadline has passed");
        }
        if (redemptions.count("invoiceNumber", invoiceNumber.strip()) > 0) {
            throw new ConflictException("This invoice number has already been used");
        }
        if (redemptions.count("orderId = ?1 and status <> 'REJECTED'", o.id) > 0) {
            throw new ConflictException("This order already has a redemption");
        }
        Redemption r = new Redemption();
        r.orderId = o.id;
        r.voucherId = o.voucherId;
        r.providerOrganisationId = o.providerOrganisationId;
        r.amountFen = o.voucherAmountFen;
        r.invoiceNumber = invoiceNumber.strip();
        redemptions.persist(r);
        audit.record("Redemption", r.id, "submit", null, r.status, null);
        return r;
    }

    /** Staff pay (the reservation becomes redeemed) or reject (the reservation goes back to the voucher). */
    @Transactional
    public Redemption decideRedemption(Caller caller, long id, boolean approve, String reason) {
        requireStaff(caller);
        Redemption r = redemptions.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("Redemption", id));
        if (!"SUBMITTED".equals(r.status)) {
            throw new ConflictException("This redemption has already been decided");
        }
        requireReasonToReject(approve, reason);
        ServiceOrder o = orders.findByIdOptional(r.orderId, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
        Voucher v = vouchers.findByIdOptional(r.voucherId, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
        if (approve) {
            ledger.post("REDEEM", v.programId, v.id, "redemption " + r.id,
                    Map.of(Ledger.reserved(v.id), -r.amountFen, Ledger.redeemed(v.id), r.amountFen));
            o.status = "REDEEMED";
            if (ledger.balance(Ledger.available(v.id)) + ledger.balance(Ledger.reserved(v.id)) == 0) {
                v.status = "EXHAUSTED";
            }
        } else {
            ledger.post("RELEASE", v.programId, v.id, "redemption " + r.id,
                    Map.of(Ledger.reserved(v.id), -r.amountFen, Ledger.available(v.id), r.amountFen));
            o.voucherAmountFen -= r.amountFen;
            if (o.voucherAmountFen == 0) {
                o.voucherId = null;
            }
        }
        r.status = approve ? "APPROVED" : "REJECTED";
        r.reason = reason;
        r.decidedAt = OffsetDateTime.now();
        audit.record("Redemption", r.id, approve ? "approve" : "reject", "SUBMITTED", r.status, reason);
        return r;
    }

    public List<Voucher> vouchersOf(Caller caller) {
        return caller.isStaff() ? vouchers.listAll() : vouchers.list("organisationId", caller.organisationId());
    }

    public List<VoucherProgram> programs() {
        return programs.listAll();
    }

    public Map<String, Long> balances(long voucherId) {
        return Map.of("available", ledger.balance(Ledger.available(voucherId)),
                "reserved", ledger.balance(Ledger.reserved(voucherId)),
                "redeemed", ledger.balance(Ledger.redeemed(voucherId)),
                "expired", ledger.balance(Ledger.expired(voucherId)));
    }

    public List<Ledger.Break> checkLedger(Caller caller) {
        requireStaff(caller);
        return ledger.check();
    }

    private ServiceOrder providerOrder(Caller caller, long orderId) {
        return orders.findByIdOptional(orderId, LockModeType.PESSIMISTIC_WRITE)
                .filter(x -> caller.isMemberOf(x.providerOrganisationId))
                .orElseThrow(() -> new NotFoundException("Service order", orderId));
    }

    private static void requireReasonToReject(boolean approve, String reason) {
        if (!approve && (reason == null || reason.isBlank())) {
            throw InvalidInputException.of("reason", "a reason is required to reject");
        }
        if (reason != null && reason.length() > 500) {
            throw InvalidInputException.of("reason", "at most 500 characters");
        }
    }

    private static void requireStaff(Caller caller) {
        if (!caller.isStaff()) {
            throw new ForbiddenActionException("Only market staff do this");
        }
    }

    private static void positive(String field, Long value) {
        if (value == null || value <= 0 || value > 10_000_000_000_000L) {
            throw InvalidInputException.of(field, "a positive amount in fen");
        }
    }

    private static String code(int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return b.toString();
    }
}

package org.techmarket.voucher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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

    @jakarta.inject.Inject
    org.techmarket.common.Notifications notifications;

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
    VoucherLotteryRepository lotteries;
    @Inject
    RedemptionProofRepository proofs;
    @Inject
    Ledger ledger;
    @Inject
    jakarta.persistence.EntityManager em;
    @Inject
    OrganisationService organisations;
    @Inject
    AuditTrail audit;

    /**
     * A program's terms. The application window (both days optional: from opening, to the use
     * deadline) and the per-firm cap (across the programs of the same year) are optional.
     */
    public record ProgramInput(String name, Integer year, Long budgetFen, Long faceValueFen, Integer coFundingPercent,
            LocalDate useDeadline, LocalDate redemptionDeadline, List<String> categories, LocalDate applicationsOpen,
            LocalDate applicationsClose, Long perFirmCapFen) {

        public ProgramInput(String name, Integer year, Long budgetFen, Long faceValueFen, Integer coFundingPercent,
                LocalDate useDeadline, LocalDate redemptionDeadline, List<String> categories) {
            this(name, year, budgetFen, faceValueFen, coFundingPercent, useDeadline, redemptionDeadline, categories, null,
                    null, null);
        }
    }

    /** A new program, as a draft: neither public nor funded until staff open it. */
    @Transactional
    public VoucherProgram createProgram(Caller caller, ProgramInput in) {
        requireStaff(caller);
        VoucherProgram p = new VoucherProgram();
        apply(p, in);
        programs.persist(p);
        audit.record("VoucherProgram", p.id, "create", null, p.status.name(), null);
        return p;
    }

    /** A draft's terms, changed; an open or closed program's terms are fixed (409). */
    @Transactional
    public VoucherProgram updateProgram(Caller caller, long id, ProgramInput in) {
        requireStaff(caller);
        VoucherProgram p = lockedProgram(id);
        if (p.status != VoucherProgram.Status.DRAFT) {
            throw new ConflictException("Only a draft program can be edited; this one is " + p.status);
        }
        apply(p, in);
        audit.record("VoucherProgram", p.id, "edit", p.status.name(), p.status.name(), null);
        return p;
    }

    /** A draft removed (nothing was funded or applied for); an open or closed program is kept (409). */
    @Transactional
    public void deleteProgram(Caller caller, long id) {
        requireStaff(caller);
        VoucherProgram p = lockedProgram(id);
        if (p.status != VoucherProgram.Status.DRAFT) {
            throw new ConflictException("Only a draft program can be deleted; close an open one instead");
        }
        audit.record("VoucherProgram", p.id, "delete", p.status.name(), null, p.name);
        programs.delete(p);
    }

    /** DRAFT → OPEN: the budget is funded in the ledger and the program is public. */
    @Transactional
    public VoucherProgram openProgram(Caller caller, long id) {
        requireStaff(caller);
        VoucherProgram p = lockedProgram(id);
        if (p.status != VoucherProgram.Status.DRAFT) {
            throw new ConflictException("Only a draft program can be opened; this one is " + p.status);
        }
        LocalDate today = LocalDate.now();
        if (p.useDeadline.isBefore(today)) {
            throw InvalidInputException.of("useDeadline", "has passed; edit the draft before opening it");
        }
        if (p.applicationsClose != null && p.applicationsClose.isBefore(today)) {
            throw InvalidInputException.of("applicationsClose", "has passed; edit the draft before opening it");
        }
        p.status = VoucherProgram.Status.OPEN;
        p.openedAt = java.time.OffsetDateTime.now();
        ledger.post("FUND", p.id, null, "program " + p.id,
                Map.of(Ledger.funding(p.id), -p.budgetFen, Ledger.unissued(p.id), p.budgetFen));
        audit.record("VoucherProgram", p.id, "open", VoucherProgram.Status.DRAFT.name(), p.status.name(), null);
        return p;
    }

    /** OPEN → CLOSED: no more applications; issued vouchers stay usable until their deadlines. */
    @Transactional
    public VoucherProgram closeProgram(Caller caller, long id) {
        requireStaff(caller);
        VoucherProgram p = lockedProgram(id);
        if (p.status != VoucherProgram.Status.OPEN) {
            throw new ConflictException("Only an open program can be closed; this one is " + p.status);
        }
        p.status = VoucherProgram.Status.CLOSED;
        p.closedAt = java.time.OffsetDateTime.now();
        audit.record("VoucherProgram", p.id, "close", VoucherProgram.Status.OPEN.name(), p.status.name(), null);
        return p;
    }

    private VoucherProgram lockedProgram(long id) {
        return programs.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("Program", id));
    }

    /** Checks the terms (every error names its field) and writes them into the program. */
    private void apply(VoucherProgram p, ProgramInput in) {
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
        LocalDate today = LocalDate.now();
        if (in.year() == null || in.year() < today.getYear() - 1 || in.year() > today.getYear() + 5) {
            throw InvalidInputException.of("year", "from last year to 5 years ahead");
        }
        if (in.useDeadline() == null || in.useDeadline().isBefore(today) || in.useDeadline().isAfter(today.plusYears(20))) {
            throw InvalidInputException.of("useDeadline", "required, from today to 20 years ahead");
        }
        if (in.redemptionDeadline() == null || in.redemptionDeadline().isBefore(in.useDeadline())
                || in.redemptionDeadline().isAfter(in.useDeadline().plusYears(5))) {
            throw InvalidInputException.of("redemptionDeadline", "required, from the use deadline to 5 years after it");
        }
        if (in.applicationsOpen() != null && (in.applicationsOpen().isAfter(in.useDeadline())
                || in.applicationsOpen().isBefore(today.minusYears(1)))) {
            throw InvalidInputException.of("applicationsOpen", "from a year ago to the use deadline");
        }
        if (in.applicationsClose() != null && (in.applicationsClose().isBefore(today)
                || in.applicationsClose().isAfter(in.useDeadline())
                || (in.applicationsOpen() != null && in.applicationsClose().isBefore(in.applicationsOpen())))) {
            throw InvalidInputException.of("applicationsClose", "from today and the opening day to the use deadline");
        }
        if (in.perFirmCapFen() != null && (in.perFirmCapFen() < in.faceValueFen() || in.perFirmCapFen() > 10_000_000_000_000L)) {
            throw InvalidInputException.of("perFirmCapFen", "at least the face value (or none)");
        }
        p.categories = ServiceCategory.parse("categories", in.categories());
        p.name = in.name().strip();
        p.year = in.year();
        p.budgetFen = in.budgetFen();
        p.faceValueFen = in.faceValueFen();
        p.coFundingPercent = in.coFundingPercent();
        p.useDeadline = in.useDeadline();
        p.redemptionDeadline = in.redemptionDeadline();
        p.applicationsOpen = in.applicationsOpen();
        p.applicationsClose = in.applicationsClose();
        p.perFirmCapFen = in.perFirmCapFen();
    }

    /**
     * The per-firm cap: the organisation's vouchers of the programs of the same year, plus one more
     * of this program, must stay within this program's cap. Serialised per organisation.
     */
    private void checkPerFirmCap(VoucherProgram p, long organisationId) {
        if (p.perFirmCapFen == null) {
            return;
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('voucher-cap'), CAST(:org AS integer))")
                .setParameter("org", (int) organisationId).getSingleResult();
        Number held = (Number) em.createNativeQuery("""
                SELECT coalesce(sum(v.face_value_fen), 0) FROM voucher v JOIN voucher_program p ON p.id = v.program_id
                 WHERE v.organisation_id = :org AND p.year = :year""")
                .setParameter("org", organisationId).setParameter("year", p.year).getSingleResult();
        if (held.longValue() + p.faceValueFen > p.perFirmCapFen) {
            throw new ConflictException("The organisation already holds vouchers of " + held.longValue() / 100
                    + " yuan from " + p.year + " programs; this program allows at most " + p.perFirmCapFen / 100
                    + " yuan per organisation");
        }
    }

    @Transactional
    public ProviderRegistration registerProvider(Caller caller, List<String> categories) {
        if (!Roles.PROVIDER.equals(caller.role())) {
            throw new ForbiddenActionException("Only service providers register for voucher services");
        }
        String[] cleaned = ServiceCategory.parse("categories", categories);
        java.util.Optional<ProviderRegistration> existing = providers.find("organisationId", caller.organisationId())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        if (existing.isPresent()) {
            // A rejected provider applies again (with its corrections); one waiting or registered does not.
            ProviderRegistration r = existing.get();
            if (r.status != ReviewStatus.REJECTED) {
                throw new ConflictException("This provider is already registered or waiting");
            }
            r.categories = cleaned;
            r.resubmit();
            audit.record("ProviderRegistration", r.id, "apply-again", ReviewStatus.REJECTED.name(), r.status.name(), null);
            return r;
        }
        ProviderRegistration r = new ProviderRegistration();
        r.organisationId = caller.organisationId();
        r.categories = cleaned;
        providers.persist(r);
        audit.record("ProviderRegistration", r.id, "apply", null, r.status.name(), null);
        return r;
    }

    @Transactional
    public ProviderRegistration decideProvider(Caller caller, long id, boolean approve, String reason) {
        requireStaff(caller);
        ProviderRegistration r = providers.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("Provider registration", id));
        r.checkDecision(approve, reason, "registration");
        if (approve && !organisations.isVerified(r.organisationId)) {
            throw new ConflictException("The provider's organisation has not been verified yet");
        }
        r.decide(approve, reason);
        audit.record("ProviderRegistration", r.id, approve ? "approve" : "reject", ReviewStatus.SUBMITTED.name(),
                r.status.name(), reason);
        notifications.notifyMembers(r.organisationId, null, "VOUCHER", "provider:" + r.id + ":" + r.status + ":" + r.version,
                "/my/vouchers", approve ? "provider.approved" : "provider.rejected", reason == null ? "" : reason);
        return r;
    }

    @Transactional
    public VoucherApplication apply(Caller caller, long programId, String purpose) {
        if (!Roles.ENTERPRISE.equals(caller.role())) {
            throw new ForbiddenActionException("Vouchers are for member enterprises");
        }
        VoucherProgram p = programs.findByIdOptional(programId).orElseThrow(() -> new NotFoundException("Program", programId));
        if (purpose == null || purpose.isBlank() || purpose.length() > 1000) {
            throw InvalidInputException.of("purpose", "1–1000 characters");
        }
        if (p.status == VoucherProgram.Status.DRAFT) {
            throw new NotFoundException("Program", programId);
        }
        if (!p.takesApplications(LocalDate.now())) {
            throw new ConflictException("This program does not take applications now"
                    + (p.status == VoucherProgram.Status.CLOSED ? " (closed)" : " (window " + p.applicationsOpen + " – "
                            + (p.applicationsClose != null ? p.applicationsClose : p.useDeadline) + ")"));
        }
        checkPerFirmCap(p, caller.organisationId());
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
        audit.record("VoucherApplication", a.id, "apply", null, a.status.name(), null);
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
        a.checkDecision(approve, reason, "application");
        decide(programs.findById(programId), a, approve, reason);
        return a;
    }

    /** Approval issues a voucher of the face value from the unissued budget (the ledger refuses beyond it: 409). */
    private void decide(VoucherProgram p, VoucherApplication a, boolean approve, String reason) {
        if (approve) {
            checkPerFirmCap(p, a.organisationId);
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
        a.decide(approve, reason);
        audit.record("VoucherApplication", a.id, approve ? "approve" : "reject", ReviewStatus.SUBMITTED.name(),
                a.status.name(), reason);
        notifications.notify(a.applicantId, "VOUCHER", "application:" + a.id + ":" + a.status, "/my/vouchers",
                approve ? "voucher.issued" : "voucher.refused", p.name,
                approve ? vouchers.find("applicationId", a.id).firstResultOptional().map(v -> v.code).orElse("") : reason);
    }

    /** How many more vouchers the program's unissued budget pays for. */
    public long places(VoucherProgram p) {
        return ledger.balance(Ledger.unissued(p.id)) / p.faceValueFen;
    }

    /**
     * 摇号: when more applications wait than the budget has vouchers for, staff draw. The seed (given,
     * or 128 random bits) is recorded; the order follows from it alone ({@link VoucherLottery#order}).
     * The first as many as there are places get a voucher, the others are rejected with the draw as reason.
     */
    @Transactional
    public VoucherLottery drawLottery(Caller caller, long programId, String seed) {
        requireStaff(caller);
        if (seed != null && (seed.isBlank() || seed.length() > 64)) {
            throw InvalidInputException.of("seed", "1–64 characters, or none for a random seed");
        }
        VoucherProgram p = programs.findByIdOptional(programId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("Program", programId));
        List<VoucherApplication> waiting = applications.find("programId = ?1 and status = ?2 order by id", programId,
                ReviewStatus.SUBMITTED).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        long places = places(p);
        if (waiting.size() <= places) {
            throw new ConflictException("Not oversubscribed: " + waiting.size() + " applications wait for " + places
                    + " places; decide them one by one");
        }
        VoucherLottery lottery = new VoucherLottery();
        lottery.programId = p.id;
        lottery.seed = seed == null ? HexFormat.of().formatHex(randomBytes(16)) : seed.strip();
        lottery.places = (int) places;
        lottery.entrants = waiting.size();
        lottery.drawnBy = caller.username();
        lotteries.persist(lottery);
        Map<Long, VoucherApplication> byId = new java.util.HashMap<>();
        waiting.forEach(a -> byId.put(a.id, a));
        List<Long> order = VoucherLottery.order(lottery.seed, List.copyOf(byId.keySet()));
        for (int i = 0; i < order.size(); i++) {
            VoucherApplication a = byId.get(order.get(i));
            a.lotteryId = lottery.id;
            a.lotteryRank = i + 1;
            boolean won = i < places;
            decide(p, a, won, won ? null : "lottery " + lottery.id + ": drawn " + (i + 1) + " of " + order.size()
                    + ", " + places + " places");
        }
        audit.record("VoucherProgram", p.id, "lottery", null, null, "lottery " + lottery.id + " seed " + lottery.seed);
        return lottery;
    }

    public List<VoucherLottery> lotteries(long programId) {
        return lotteries.list("programId = ?1 order by id", programId);
    }

    public List<VoucherApplication> applicationsOf(Caller caller, long programId) {
        return caller.isStaff() ? applications.list("programId = ?1 order by id", programId)
                : applications.list("programId = ?1 and organisationId = ?2", programId, caller.organisationId());
    }

    /** All applications of a program (the lottery record is public: tickets carry organisation ids, not names). */
    public List<VoucherApplication> applicationsOfProgram(long programId) {
        return applications.list("programId = ?1 and lotteryId is not null order by id", programId);
    }

    public VoucherProgram program(long id) {
        return programs.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Program", id));
    }

    @Transactional
    public ServiceOrder createOrder(Caller caller, long providerOrganisationId, String category, String description,
            Long amountFen) {
        return createOrder(caller, providerOrganisationId, category, description, amountFen, null, null);
    }

    /**
     * An order, optionally naming the case or contract it serves: one of the enterprise's own (400
     * naming the field otherwise); a contract's case is taken when no case is named.
     */
    @Transactional
    public ServiceOrder createOrder(Caller caller, long providerOrganisationId, String category, String description,
            Long amountFen, Long caseId, Long contractId) {
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
        if (contractId != null) {
            @SuppressWarnings("unchecked")
            List<Object[]> contract = em.createNativeQuery("""
                    SELECT case_id, status FROM contract WHERE id = :id
                       AND (buyer_organisation_id = :org OR seller_organisation_id = :org)""")
                    .setParameter("id", contractId).setParameter("org", caller.organisationId()).getResultList();
            if (contract.isEmpty()) {
                throw InvalidInputException.of("contractId", "not a technology contract of your organisation");
            }
            Long contractCase = contract.get(0)[0] == null ? null : ((Number) contract.get(0)[0]).longValue();
            if (caseId != null && contractCase != null && !contractCase.equals(caseId)) {
                throw InvalidInputException.of("caseId", "the contract belongs to case " + contractCase);
            }
            o.contractId = contractId;
            o.caseId = caseId != null ? caseId : contractCase;
        }
        if (caseId != null && o.contractId == null) {
            Number involved = (Number) em.createNativeQuery("""
                    SELECT count(*) FROM match_case c JOIN listing n ON n.id = c.need_id JOIN listing r ON r.id = c.result_id
                     WHERE c.id = :id AND (n.organisation_id = :org OR r.organisation_id = :org)""")
                    .setParameter("id", caseId).setParameter("org", caller.organisationId()).getSingleResult();
            if (involved.longValue() == 0) {
                throw InvalidInputException.of("caseId", "not a brokered case of your organisation");
            }
            o.caseId = caseId;
        }
        orders.persist(o);
        audit.record("ServiceOrder", o.id, "create", null, o.status.name(), null);
        return o;
    }

    /**
     * The enterprise applies (part of) a voucher to an order, up to the co-funding share; the amount is
     * reserved. One conditional update takes the order (and its row lock until commit): the caller's,
     * open, not paid by another voucher, of a category the program covers, within the co-funding share.
     * The ledger then refuses more than the voucher holds. Only a refusal reads more, to say why.
     */
    @Transactional
    public ServiceOrder applyVoucher(Caller caller, long orderId, long voucherId, Long amountFen) {
        positive("amountFen", amountFen);
        Voucher v = vouchers.findByIdOptional(voucherId).filter(x -> caller.isMemberOf(x.organisationId))
                .orElseThrow(() -> new NotFoundException("Voucher", voucherId));
        if (v.status != VoucherStatus.ACTIVE) {
            throw new ConflictException("This voucher is " + v.status.name().toLowerCase());
        }
        VoucherProgram p = programs.findById(v.programId);
        if (LocalDate.now().isAfter(p.useDeadline)) {
            throw new ConflictException("The program's use deadline has passed");
        }
        // An order already in this persistence context (created or read earlier in the same transaction)
        // is refreshed after the update below, which Hibernate would not otherwise see.
        ServiceOrder known = orders.getEntityManager().getReference(ServiceOrder.class, orderId);
        boolean wasLoaded = org.hibernate.Hibernate.isInitialized(known);
        @SuppressWarnings("unchecked")
        List<ServiceOrder> taken = orders.getEntityManager().createNativeQuery("""
                WITH taken AS (
                  UPDATE service_order SET voucher_id = :voucher, voucher_amount_fen = voucher_amount_fen + :amount,
                         version = version + 1
                   WHERE id = :order AND enterprise_organisation_id = :organisation AND status = 'OPEN'
                     AND (voucher_id IS NULL OR voucher_id = :voucher) AND category = ANY (cast(:categories AS text[]))
                     AND voucher_amount_fen + :amount <= amount_fen * :percent / 100
                  RETURNING *)
                SELECT * FROM taken""", ServiceOrder.class)
                .setParameter("voucher", v.id).setParameter("amount", amountFen).setParameter("order", orderId)
                .setParameter("organisation", caller.organisationId()).setParameter("categories", arrayLiteral(p.categories))
                .setParameter("percent", p.coFundingPercent).getResultList();
        if (taken.isEmpty()) {
            throw refusal(caller, orderId, v, p, amountFen);
        }
        try {
            ledger.post("RESERVE", p.id, v.id, "order " + orderId,
                    Map.of(Ledger.available(v.id), -amountFen, Ledger.reserved(v.id), amountFen));
        } catch (Ledger.NotEnoughMoney e) {
            throw InvalidInputException.of("amountFen", "more than what is left on the voucher ("
                    + ledger.balance(Ledger.available(v.id)) + " fen)");
        }
        if (wasLoaded) {
            orders.getEntityManager().refresh(known);
        }
        // No audit row: the ledger transaction (kind, actor, time, "order N") is the record of this step.
        return taken.get(0);
    }

    /** Why the order could not take the voucher amount. */
    private RuntimeException refusal(Caller caller, long orderId, Voucher v, VoucherProgram p, long amountFen) {
        ServiceOrder o = orders.findByIdOptional(orderId).filter(x -> caller.isMemberOf(x.enterpriseOrganisationId))
                .orElseThrow(() -> new NotFoundException("Service order", orderId));
        if (o.status != OrderStatus.OPEN) {
            return new ConflictException("Vouchers apply to open orders only");
        }
        if (o.voucherId != null && !o.voucherId.equals(v.id)) {
            return new ConflictException("This order is already paid with another voucher");
        }
        if (!p.covers(o.category)) {
            return new ConflictException("The program does not cover " + o.category);
        }
        long cap = o.amountFen * p.coFundingPercent / 100 - o.voucherAmountFen;
        return InvalidInputException.of("amountFen", "at most " + Math.max(cap, 0) + " (the co-funding share "
                + p.coFundingPercent + "% of the order)");
    }

    /** A PostgreSQL array literal of the given texts. */
    private static String arrayLiteral(String[] values) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ",").append('"')
                    .append(values[i].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return b.append('}').toString();
    }

    @Transactional
    public ServiceOrder deliver(Caller caller, long orderId) {
        ServiceOrder o = providerOrder(caller, orderId);
        if (!o.status.canMoveTo(OrderStatus.DELIVERED)) {
            throw new ConflictException("Only an open order is delivered");
        }
        o.status = OrderStatus.DELIVERED;
        o.deliveredAt = OffsetDateTime.now();
        audit.record("ServiceOrder", o.id, "deliver", OrderStatus.OPEN.name(), o.status.name(), null);
        return o;
    }

    /** The enterprise cancels an open order; what a voucher reserved for it goes back to the voucher. */
    @Transactional
    public ServiceOrder cancelOrder(Caller caller, long orderId) {
        ServiceOrder o = orders.findByIdOptional(orderId, LockModeType.PESSIMISTIC_WRITE)
                .filter(x -> caller.isMemberOf(x.enterpriseOrganisationId))
                .orElseThrow(() -> new NotFoundException("Service order", orderId));
        if (!o.status.canMoveTo(OrderStatus.CANCELLED)) {
            throw new ConflictException("Only an open order is cancelled");
        }
        if (o.voucherId != null && o.voucherAmountFen > 0) {
            Voucher v = vouchers.findByIdOptional(o.voucherId, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
            ledger.post("RELEASE", v.programId, v.id, "order " + o.id,
                    Map.of(Ledger.reserved(v.id), -o.voucherAmountFen, Ledger.available(v.id), o.voucherAmountFen));
        }
        o.status = OrderStatus.CANCELLED;
        audit.record("ServiceOrder", o.id, "cancel", OrderStatus.OPEN.name(), o.status.name(),
                o.voucherAmountFen > 0 ? o.voucherAmountFen + " fen released" : null);
        return o;
    }

    @Transactional
    public Redemption submitRedemption(Caller caller, long orderId, String invoiceNumber) {
        if (invoiceNumber == null || invoiceNumber.isBlank() || invoiceNumber.length() > 40) {
            throw InvalidInputException.of("invoiceNumber", "1–40 characters");
        }
        ServiceOrder o = providerOrder(caller, orderId);
        if (o.status != OrderStatus.DELIVERED || o.voucherId == null || o.voucherAmountFen == 0) {
            throw new ConflictException("Only a delivered order paid with a voucher is redeemed");
        }
        VoucherProgram p = programs.findById(vouchers.findById(o.voucherId).programId);
        if (LocalDate.now().isAfter(p.redemptionDeadline)) {
            throw new ConflictException("The program's redemption deadline has passed");
        }
        if (redemptions.count("invoiceNumber", invoiceNumber.strip()) > 0) {
            throw new ConflictException("This invoice number has already been used");
        }
        if (redemptions.count("orderId = ?1 and status <> ?2", o.id, ReviewStatus.REJECTED) > 0) {
            throw new ConflictException("This order already has a redemption");
        }
        Redemption r = new Redemption();
        r.orderId = o.id;
        r.voucherId = o.voucherId;
        r.providerOrganisationId = o.providerOrganisationId;
        r.amountFen = o.voucherAmountFen;
        r.invoiceNumber = invoiceNumber.strip();
        redemptions.persist(r);
        audit.record("Redemption", r.id, "submit", null, r.status.name(), null);
        return r;
    }

    /** Staff pay (the reservation becomes redeemed) or reject (the reservation goes back to the voucher). */
    @Transactional
    public Redemption decideRedemption(Caller caller, long id, boolean approve, String reason) {
        requireStaff(caller);
        Redemption r = redemptions.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("Redemption", id));
        r.checkDecision(approve, reason, "redemption");
        if (approve && proofs.findByIdOptional(r.id).isEmpty()) {
            throw new ConflictException("The provider has not uploaded the proof of this redemption yet");
        }
        ServiceOrder o = orders.findByIdOptional(r.orderId, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
        Voucher v = vouchers.findByIdOptional(r.voucherId, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
        if (approve) {
            ledger.post("REDEEM", v.programId, v.id, "redemption " + r.id,
                    Map.of(Ledger.reserved(v.id), -r.amountFen, Ledger.redeemed(v.id), r.amountFen));
            o.status = OrderStatus.REDEEMED;
            if (v.status.canMoveTo(VoucherStatus.EXHAUSTED)
                    && ledger.balance(Ledger.available(v.id)) + ledger.balance(Ledger.reserved(v.id)) == 0) {
                v.status = VoucherStatus.EXHAUSTED;
            }
        } else {
            ledger.post("RELEASE", v.programId, v.id, "redemption " + r.id,
                    Map.of(Ledger.reserved(v.id), -r.amountFen, Ledger.available(v.id), r.amountFen));
            o.voucherAmountFen -= r.amountFen;
            if (o.voucherAmountFen == 0) {
                o.voucherId = null;
            }
        }
        r.decide(approve, reason);
        audit.record("Redemption", r.id, approve ? "approve" : "reject", ReviewStatus.SUBMITTED.name(), r.status.name(),
                reason);
        String once = "redemption:" + r.id + ":" + r.status + ":" + r.version;
        for (long organisation : new long[] {r.providerOrganisationId, o.enterpriseOrganisationId}) {
            notifications.notifyMembers(organisation, null, "VOUCHER", once, "/my/vouchers",
                    approve ? "redemption.paid" : "redemption.returned", o.description,
                    approve ? String.format("%,.2f", r.amountFen / 100.0) : reason);
        }
        return r;
    }

    /** The provider claims a delivered order and uploads its proof in one step (the page's form). */
    @Transactional
    public Redemption submitRedemptionWithProof(Caller caller, long orderId, String invoiceNumber, String fileName,
            byte[] content) {
        Redemption r = submitRedemption(caller, orderId, invoiceNumber);
        redemptions.flush();
        uploadProof(caller, r.id, fileName, content);
        return r;
    }

    /** The provider uploads (or replaces, while staff have not decided) the proof of a redemption. */
    @Transactional
    public RedemptionProof uploadProof(Caller caller, long redemptionId, String fileName, byte[] content) {
        Redemption r = redemptions.findByIdOptional(redemptionId, LockModeType.PESSIMISTIC_WRITE)
                .filter(x -> caller.isMemberOf(x.providerOrganisationId))
                .orElseThrow(() -> new NotFoundException("Redemption", redemptionId));
        if (r.status != ReviewStatus.SUBMITTED) {
            throw new ConflictException("The proof of a decided redemption cannot be replaced");
        }
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "choose the invoice or service report (PDF, PNG or JPEG)");
        }
        if (content.length > RedemptionProof.MAX_BYTES) {
            throw InvalidInputException.of("file", "the file is larger than 10 MB");
        }
        String type = RedemptionProof.sniff(content);
        if (type == null) {
            throw InvalidInputException.of("file", "the file is not a PDF, PNG or JPEG");
        }
        RedemptionProof proof = proofs.findByIdOptional(r.id).orElseGet(RedemptionProof::new);
        boolean fresh = proof.redemptionId == null;
        proof.redemptionId = r.id;
        proof.contentType = type;
        proof.store(fileName, "proof", content, caller.userId());
        if (fresh) {
            proofs.persist(proof);
        }
        audit.record("Redemption", r.id, "upload-proof", r.status.name(), r.status.name(), proof.sha256);
        return proof;
    }

    /** The proof, for the provider who uploaded it and staff. */
    public RedemptionProof proof(Caller caller, long redemptionId) {
        Redemption r = redemptions.findByIdOptional(redemptionId)
                .filter(x -> caller.isStaff() || caller.isMemberOf(x.providerOrganisationId))
                .orElseThrow(() -> new NotFoundException("Redemption", redemptionId));
        return proofs.findByIdOptional(r.id).orElseThrow(() -> new NotFoundException("Redemption proof", redemptionId));
    }

    public boolean hasProof(long redemptionId) {
        return proofs.count("redemptionId", redemptionId) > 0;
    }

    /** Lists stop at this many rows: what waits for a decision first, then the most recent. */
    public static final int LIST_LIMIT = 200;

    public List<ServiceOrder> ordersOf(Caller caller) {
        if (caller.isStaff()) {
            return orders.find("order by id desc").page(0, LIST_LIMIT).list();
        }
        return orders.find("enterpriseOrganisationId = ?1 or providerOrganisationId = ?1 order by id desc",
                caller.organisationId()).page(0, LIST_LIMIT).list();
    }

    public List<ServiceOrder> ordersById(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : orders.list("id in ?1", ids);
    }

    public List<Redemption> redemptionsOf(Caller caller) {
        if (!caller.isStaff()) {
            return redemptions.find("providerOrganisationId = ?1 order by id desc", caller.organisationId())
                    .page(0, LIST_LIMIT).list();
        }
        return waitingFirst(redemptions.find("status = ?1 order by createdAt", ReviewStatus.SUBMITTED).page(0, LIST_LIMIT).list(),
                redemptions.find("status <> ?1 order by decidedAt desc", ReviewStatus.SUBMITTED).page(0, LIST_LIMIT).list());
    }

    public List<ProviderRegistration> providerRegistrations(Caller caller) {
        requireStaff(caller);
        return waitingFirst(providers.find("status = ?1 order by createdAt", ReviewStatus.SUBMITTED).page(0, LIST_LIMIT).list(),
                providers.find("status <> ?1 order by decidedAt desc", ReviewStatus.SUBMITTED).page(0, LIST_LIMIT).list());
    }

    private static <T> List<T> waitingFirst(List<T> waiting, List<T> decided) {
        List<T> all = new java.util.ArrayList<>(waiting);
        all.addAll(decided.subList(0, Math.min(decided.size(), Math.max(0, LIST_LIMIT - waiting.size()))));
        return all;
    }

    public java.util.Optional<ProviderRegistration> providerRegistrationOf(Caller caller) {
        return providers.find("organisationId", caller.organisationId()).firstResultOptional();
    }

    /** Registered providers (approved) for a category, for the order form. */
    public List<ProviderRegistration> registeredProviders() {
        return providers.list("status = ?1 order by organisationId", ReviewStatus.APPROVED);
    }

    /** An enterprise's vouchers; for staff the most recent {@link #LIST_LIMIT}. */
    public List<Voucher> vouchersOf(Caller caller) {
        return caller.isStaff() ? vouchers.find("order by id desc").page(0, LIST_LIMIT).list()
                : vouchers.list("organisationId = ?1 order by id desc", caller.organisationId());
    }

    /** A case or contract an order may serve: {@code value} is {@code case:id} or {@code contract:id}. */
    public record DealOption(String value, String kind, long id, String label) {
    }

    /** The enterprise's cases and contracts, newest first, for naming the one an order serves. */
    public List<DealOption> dealOptions(Caller caller) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                (SELECT 'contract', c.id, c.project_name, c.created_at FROM contract c
                  WHERE c.buyer_organisation_id = :org OR c.seller_organisation_id = :org
                  ORDER BY c.created_at DESC LIMIT 50)
                UNION ALL
                (SELECT 'case', m.id, n.title || ' ↔ ' || r.title, m.created_at FROM match_case m
                   JOIN listing n ON n.id = m.need_id JOIN listing r ON r.id = m.result_id
                  WHERE n.organisation_id = :org OR r.organisation_id = :org
                  ORDER BY m.created_at DESC LIMIT 50)
                ORDER BY 4 DESC""").setParameter("org", caller.organisationId()).getResultList();
        return rows.stream().map(r -> new DealOption(r[0] + ":" + r[1], (String) r[0], ((Number) r[1]).longValue(),
                (String) r[2])).toList();
    }

    /** Every program for staff; the open and closed ones for everyone else. */
    public List<VoucherProgram> programs(boolean staff) {
        return staff ? programs.listAll() : programs.list("status <> ?1", VoucherProgram.Status.DRAFT);
    }

    /** A program as the caller may see it: a draft only for staff (404 otherwise). */
    public VoucherProgram program(long id, boolean staff) {
        VoucherProgram p = program(id);
        if (p.status == VoucherProgram.Status.DRAFT && !staff) {
            throw new NotFoundException("Program", id);
        }
        return p;
    }

    /** The four balances of each voucher (available, reserved, redeemed, expired), read in one query. */
    public Map<Long, Map<String, Long>> balancesOf(List<Voucher> list) {
        List<String> names = new java.util.ArrayList<>();
        list.forEach(v -> names.addAll(List.of(Ledger.available(v.id), Ledger.reserved(v.id), Ledger.redeemed(v.id),
                Ledger.expired(v.id))));
        Map<String, Long> balances = ledger.balances(names);
        Map<Long, Map<String, Long>> byVoucher = new java.util.HashMap<>();
        for (Voucher v : list) {
            byVoucher.put(v.id, Map.of("available", balances.getOrDefault(Ledger.available(v.id), 0L),
                    "reserved", balances.getOrDefault(Ledger.reserved(v.id), 0L),
                    "redeemed", balances.getOrDefault(Ledger.redeemed(v.id), 0L),
                    "expired", balances.getOrDefault(Ledger.expired(v.id), 0L)));
        }
        return byVoucher;
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

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }


    private static String code(int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return b.toString();
    }
}

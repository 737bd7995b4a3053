package org.techmarket.voucher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import org.techmarket.notification.Notifications;

/**
 * Voucher programs (DRAFT → OPEN → CLOSED, funded on the ledger when opened), the enterprises'
 * applications, their decision (approval issues a voucher from the program's budget), the lottery
 * (摇号) when applications outnumber places, and the per-firm cap across a year's programs.
 */
@ApplicationScoped
public class VoucherProgramService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    VoucherProgramRepository programs;
    @Inject
    VoucherApplicationRepository applications;
    @Inject
    VoucherRepository vouchers;
    @Inject
    VoucherLotteryRepository lotteries;
    @Inject
    Ledger ledger;
    @Inject
    EntityManager em;
    @Inject
    OrganisationService organisations;
    @Inject
    AuditTrail audit;
    @Inject
    Notifications notifications;


    /** A new program, as a draft: neither public nor funded until staff open it. */
    @Transactional
    public VoucherProgram createProgram(Caller caller, VoucherApi.ProgramRequest in) {
        VoucherRules.requireStaff(caller);
        VoucherProgram p = new VoucherProgram();
        apply(p, in);
        programs.persist(p);
        audit.record("VoucherProgram", p.id, "create", null, p.status.name(), null);
        return p;
    }

    /** A draft's terms, changed; an open or closed program's terms are fixed (409). */
    @Transactional
    public VoucherProgram updateProgram(Caller caller, long id, VoucherApi.ProgramRequest in) {
        VoucherRules.requireStaff(caller);
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
        VoucherRules.requireStaff(caller);
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
        VoucherRules.requireStaff(caller);
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
        ledger.fund(p.id, p.budgetFen);
        audit.record("VoucherProgram", p.id, "open", VoucherProgram.Status.DRAFT.name(), p.status.name(), null);
        return p;
    }

    /** OPEN → CLOSED: no more applications; issued vouchers stay usable until their deadlines. */
    @Transactional
    public VoucherProgram closeProgram(Caller caller, long id) {
        VoucherRules.requireStaff(caller);
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
    private void apply(VoucherProgram p, VoucherApi.ProgramRequest in) {
        if (in == null || in.name() == null || in.name().isBlank() || in.name().length() > 100) {
            throw InvalidInputException.of("name", "1–100 characters");
        }
        VoucherRules.positive("budgetFen", in.budgetFen());
        VoucherRules.positive("faceValueFen", in.faceValueFen());
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
        if (in.perFirmCapFen() != null && (in.perFirmCapFen() < in.faceValueFen() || in.perFirmCapFen() > org.techmarket.common.MoneyInput.MAX_FEN)) {
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
        VoucherRules.requireStaff(caller);
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
            Voucher v = Voucher.issue(p, a, "TM" + p.year + code(10));
            vouchers.persist(v);
            vouchers.flush();
            ledger.issue(p.id, v.id, v.faceValueFen, "application " + a.id);
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

    /** The same for a list of programs, in one query: program id → places. */
    public java.util.Map<Long, Long> places(List<VoucherProgram> list) {
        java.util.Map<Ledger.Account, Long> balances = ledger.balances(list.stream().map(p -> Ledger.unissued(p.id)).toList());
        java.util.Map<Long, Long> places = new java.util.HashMap<>();
        list.forEach(p -> places.put(p.id, balances.getOrDefault(Ledger.unissued(p.id), 0L) / p.faceValueFen));
        return places;
    }

    /**
     * 摇号: when more applications wait than the budget has vouchers for, staff draw. The seed (given,
     * or 128 random bits) is recorded; the order follows from it alone ({@link VoucherLottery#order}).
     * The first as many as there are places get a voucher, the others are rejected with the draw as reason.
     */
    @Transactional
    public VoucherLottery drawLottery(Caller caller, long programId, String seed) {
        VoucherRules.requireStaff(caller);
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
            decide(p, a, won, won ? null : org.techmarket.common.AuditTrail.reason("lottery_lost", lottery.id, i + 1, order.size(),
                    places));
        }
        audit.record("VoucherProgram", p.id, "lottery", null, null, org.techmarket.common.AuditTrail.reason("lottery", lottery.id, lottery.seed));
        return lottery;
    }

    public List<VoucherLottery> lotteries(long programId) {
        return lotteries.list("programId = ?1 order by id", programId);
    }

    public List<VoucherApplication> applicationsOf(Caller caller, long programId) {
        return caller.isStaff() ? applications.list("programId = ?1 order by id", programId)
                : applications.list("programId = ?1 and organisationId = ?2", programId, caller.organisationId());
    }

    /** Applications to any program waiting for a decision, the longest waiting first (at most {@link VoucherRules#LIST_LIMIT}). */
    public List<VoucherApplication> waitingApplications(Caller caller) {
        VoucherRules.requireStaff(caller);
        return applications.find("status = ?1 order by createdAt, id", ReviewStatus.SUBMITTED).page(0, VoucherRules.LIST_LIMIT).list();
    }

    /** All applications of a program (the lottery record is public: tickets carry organisation ids, not names). */
    public List<VoucherApplication> applicationsOfProgram(long programId) {
        return applications.list("programId = ?1 and lotteryId is not null order by id", programId);
    }

    public VoucherProgram program(long id) {
        return programs.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Program", id));
    }

    /** Every program for staff; the open and closed ones for everyone else. */
    public List<VoucherProgram> programs(boolean staff) {
        return staff ? programs.listAll() : programs.list("status <> ?1", VoucherProgram.Status.DRAFT);
    }

    /** Open programs still taking applications today, closing soonest first. */
    public List<VoucherProgram> takingApplications(LocalDate today, int limit) {
        return programs.find("status = ?1 AND (applicationsOpen IS NULL OR applicationsOpen <= ?2) "
                + "AND (applicationsClose IS NULL OR applicationsClose >= ?2) ORDER BY applicationsClose NULLS LAST, id",
                VoucherProgram.Status.OPEN, today).page(0, limit).list();
    }

    /** A program as the caller may see it: a draft only for staff (404 otherwise). */
    public VoucherProgram program(long id, boolean staff) {
        VoucherProgram p = program(id);
        if (p.status == VoucherProgram.Status.DRAFT && !staff) {
            throw new NotFoundException("Program", id);
        }
        return p;
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

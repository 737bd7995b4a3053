package org.techmarket.expo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techmarket.account.Organisation;
import org.techmarket.account.OrganisationService;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.Caller;
import org.techmarket.common.ForbiddenActionException;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.NotFoundException;
import org.techmarket.common.Validation;
import org.techmarket.contract.ContractFigures;
import org.techmarket.contract.ContractService;
import org.techmarket.listing.ListingKind;
import org.techmarket.listing.ListingService;
import org.techmarket.listing.ListingSummary;
import org.techmarket.notification.Notifications;

/**
 * Expos (成果博览会): staff hold them, add exhibitors, exhibited results and pitch sessions, and record
 * the deals signed on site, each of which becomes a contract draft for its parties. Figures per expo
 * and per period read whether those contracts were registered later.
 */
@ApplicationScoped
public class ExpoService {

    @Inject
    ExpoRepository expos;

    @Inject
    OrganisationService organisations;

    @Inject
    ListingService listings;

    @Inject
    ContractService contracts;

    @Inject
    ContractFigures contractFigures;

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    @Inject
    Validation validation;

    @Inject
    EntityManager em;

    /** Sessions of one day of the schedule. */
    public record Day(LocalDate day, List<ExpoSession> sessions) {
    }

    /** Everything an expo's page shows. */
    public record Detail(Expo expo, List<ExpoExhibitor> exhibitors, List<ExpoResult> results, List<Day> schedule,
            List<ExpoApi.DealView> deals, ExpoApi.Figures figures) {

        public List<ExpoSession> sessions() {
            return schedule.stream().flatMap(d -> d.sessions().stream()).toList();
        }
    }

    public List<Expo> list() {
        return expos.listNewestFirst();
    }

    public Expo get(long id) {
        return expos.findByIdOptional(id).orElseThrow(() -> new NotFoundException(Expo.ENTITY, id));
    }

    public Detail detail(long id) {
        Expo expo = get(id);
        List<ExpoSession> sessions = expos.sessionsOf(id);
        Map<LocalDate, List<ExpoSession>> byDay = new LinkedHashMap<>();
        sessions.forEach(s -> byDay.computeIfAbsent(s.day(), d -> new ArrayList<>()).add(s));
        List<ExpoExhibitor> exhibitors = expos.exhibitorsOf(id);
        List<ExpoResult> results = expos.resultsOf(id);
        List<ExpoDeal> deals = expos.dealsOf(id);
        Map<Long, Long> registered = contractFigures.registeredAmounts(deals.stream().map(d -> d.contractId).toList());
        List<ExpoApi.DealView> views = deals.stream().map(d -> new ExpoApi.DealView(d.id, d.resultId, d.resultTitle,
                d.sellerId, d.sellerName, d.buyerId, d.buyerName, d.amountFen, d.signedOn, d.contractId,
                registered.containsKey(d.contractId))).toList();
        ExpoApi.Figures figures = new ExpoApi.Figures(results.size(), exhibitors.size(), sessions.size(), deals.size(),
                deals.stream().mapToLong(d -> d.amountFen).sum(), registered.size(),
                registered.values().stream().mapToLong(Long::longValue).sum());
        return new Detail(expo, exhibitors, results,
                byDay.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList(), views, figures);
    }

    @Transactional
    public Expo create(Caller caller, ExpoApi.ExpoRequest input) {
        requireStaff(caller);
        Expo expo = new Expo();
        expo.createdBy = caller.userId();
        apply(input, expo);
        expos.persist(expo);
        audit.record(Expo.ENTITY, expo.id, "create", null, null, null);
        return expo;
    }

    @Transactional
    public Expo update(Caller caller, long id, ExpoApi.ExpoRequest input) {
        requireStaff(caller);
        Expo expo = get(id);
        apply(input, expo);
        expo.updatedAt = OffsetDateTime.now();
        audit.record(Expo.ENTITY, expo.id, "edit", null, null, null);
        return expo;
    }

    /** Adds a verified organisation as exhibitor (its members are told); an exhibitor already there stays as it is. */
    @Transactional
    public ExpoExhibitor addExhibitor(Caller caller, long expoId, ExpoApi.ExhibitorRequest input) {
        requireStaff(caller);
        validation.check(input);
        Expo expo = get(expoId);
        Organisation o = verifiedOrganisation("organisationId", input.organisationId());
        String booth = input.booth() == null || input.booth().isBlank() ? null : input.booth().strip();
        return exhibitor(expo, o.id, o.name, booth);
    }

    /** Shows a published result; its organisation becomes an exhibitor if it is not one yet. */
    @Transactional
    public ExpoResult addResult(Caller caller, long expoId, ExpoApi.ResultRequest input) {
        requireStaff(caller);
        validation.check(input);
        Expo expo = get(expoId);
        ListingSummary result = publishedResult("resultId", input.resultId());
        Optional<ExpoResult> shown = expos.exhibitedResult(expoId, result.id());
        if (shown.isPresent()) {
            return shown.get();
        }
        Organisation o = organisations.get(result.organisationId());
        exhibitor(expo, o.id, o.name, null);
        ExpoResult r = new ExpoResult();
        r.expoId = expoId;
        r.resultId = result.id();
        r.organisationId = o.id;
        r.title = result.title();
        em.persist(r);
        audit.record(Expo.ENTITY, expoId, "add-result", null, null, org.techmarket.common.AuditTrail.reason("result_listing", result.id()));
        return r;
    }

    @Transactional
    public ExpoSession addSession(Caller caller, long expoId, ExpoApi.SessionRequest input) {
        requireStaff(caller);
        validation.check(input);
        Expo expo = get(expoId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!expo.isOn(input.startsAt().toLocalDate())) {
            errors.put("startsAt", "outside the expo's days");
        }
        if (!expo.isOn(input.endsAt().toLocalDate())) {
            errors.put("endsAt", "outside the expo's days");
        } else if (!input.endsAt().isAfter(input.startsAt())) {
            errors.put("endsAt", "must be after the start");
        }
        Optional<Organisation> presenter = organisations.find(input.presenterOrganisationId());
        if (presenter.isEmpty()) {
            errors.put("presenterOrganisationId", "no such organisation");
        } else if (!presenter.get().isVerified()) {
            errors.put("presenterOrganisationId", "the organisation is not verified");
        }
        if (input.resultId() != null && expos.exhibitedResult(expoId, input.resultId()).isEmpty()) {
            errors.put("resultId", "not a result exhibited at this expo");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ExpoSession s = new ExpoSession();
        s.expoId = expoId;
        s.title = input.title().strip();
        s.presenterId = presenter.get().id;
        s.presenterName = presenter.get().name;
        s.resultId = input.resultId();
        s.startsAt = input.startsAt();
        s.endsAt = input.endsAt();
        s.room = input.room().strip();
        em.persist(s);
        audit.record(Expo.ENTITY, expoId, "add-session", null, null, null);
        return s;
    }

    /**
     * Records a deal signed on site and drafts its contract (seller: the result's organisation) through the
     * contract service; both parties are told the draft waits for them.
     */
    @Transactional
    public ExpoApi.DealView recordDeal(Caller caller, long expoId, ExpoApi.DealRequest input) {
        requireStaff(caller);
        validation.check(input);
        Expo expo = get(expoId);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<ExpoResult> shown = expos.exhibitedResult(expoId, input.resultId());
        Optional<ListingSummary> result = shown.flatMap(r -> listings.summary(r.resultId));
        if (shown.isEmpty()) {
            errors.put("resultId", "not a result exhibited at this expo");
        } else if (result.isEmpty() || !result.get().isPublished()) {
            errors.put("resultId", "not a published result");
        }
        Optional<Organisation> buyer = organisations.find(input.buyerOrganisationId());
        if (buyer.isEmpty()) {
            errors.put("buyerOrganisationId", "no such organisation");
        } else if (!buyer.get().isVerified()) {
            errors.put("buyerOrganisationId", "the organisation is not verified");
        } else if (result.isPresent() && buyer.get().id == result.get().organisationId()) {
            errors.put("buyerOrganisationId", "the buyer must be another organisation than the seller");
        }
        if (!expo.isOn(input.signedOn())) {
            errors.put("signedOn", "outside the expo's days");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Organisation seller = organisations.get(result.get().organisationId());
        if (!seller.isVerified()) {
            throw InvalidInputException.of("resultId", "the organisation is not verified");
        }
        long contractId = contracts.draftForSeller(caller, seller.id, buyer.get().id, result.get().id(),
                result.get().title(), input.amountFen(), input.signedOn()).id;
        ExpoDeal d = new ExpoDeal();
        d.expoId = expoId;
        d.resultId = result.get().id();
        d.resultTitle = result.get().title();
        d.sellerId = seller.id;
        d.sellerName = seller.name;
        d.buyerId = buyer.get().id;
        d.buyerName = buyer.get().name;
        d.amountFen = input.amountFen();
        d.signedOn = input.signedOn();
        d.contractId = contractId;
        d.recordedBy = caller.userId();
        em.persist(d);
        audit.record(ExpoDeal.ENTITY, d.id, "record", null, null, null);
        for (long party : new long[] {seller.id, buyer.get().id}) {
            notifications.notifyMembers(party, null, "EXPO", "expo-deal:" + d.id, "/contracts/" + contractId,
                    "expo.deal", expo.name, d.resultTitle);
        }
        return new ExpoApi.DealView(d.id, d.resultId, d.resultTitle, d.sellerId, d.sellerName, d.buyerId, d.buyerName,
                d.amountFen, d.signedOn, d.contractId, false);
    }

    /** The dashboard's expo block: expos held whose first day falls in [from, until), their deals, and those registered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ExpoApi.Totals totals(LocalDate from, LocalDate until) {
        // An expo still to come is not held yet, whatever the period.
        LocalDate tomorrow = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1);
        LocalDate end = until.isAfter(tomorrow) ? tomorrow : until;
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT (SELECT count(*) FROM expo WHERE starts_on >= :from AND starts_on < :until),
                       count(d.id), coalesce(sum(d.amount_fen), 0), coalesce(string_agg(d.contract_id::text, ','), '')
                  FROM expo_deal d JOIN expo e ON e.id = d.expo_id
                 WHERE e.starts_on >= :from AND e.starts_on < :until""")
                .setParameter("from", from).setParameter("until", end).getSingleResult();
        String ids = (String) row[3];
        Map<Long, Long> registered = ids.isEmpty() ? Map.of()
                : contractFigures.registeredAmounts(Arrays.stream(ids.split(",")).map(Long::valueOf).toList());
        return new ExpoApi.Totals(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), registered.size(),
                registered.values().stream().mapToLong(Long::longValue).sum());
    }

    /** The organisation a page names by its credit code (the pages' way of naming exhibitors and buyers). */
    public long organisationIdByCode(String field, String creditCode) {
        if (creditCode == null || creditCode.isBlank()) {
            throw InvalidInputException.of(field, "required");
        }
        return organisations.findByCreditCode(creditCode.strip().toUpperCase()).map(o -> o.id)
                .orElseThrow(() -> InvalidInputException.of(field,
                        "no organisation with this credit code is registered on the platform"));
    }

    private ExpoExhibitor exhibitor(Expo expo, long organisationId, String name, String booth) {
        Optional<ExpoExhibitor> there = expos.exhibitorsOf(expo.id).stream()
                .filter(x -> x.organisationId == organisationId).findFirst();
        if (there.isPresent()) {
            return there.get();
        }
        ExpoExhibitor x = new ExpoExhibitor();
        x.expoId = expo.id;
        x.organisationId = organisationId;
        x.organisationName = name;
        x.booth = booth;
        em.persist(x);
        audit.record(Expo.ENTITY, expo.id, "add-exhibitor", null, null, org.techmarket.common.AuditTrail.reason("exhibitor_organisation", organisationId));
        notifications.notifyMembers(organisationId, null, "EXPO", "expo:" + expo.id + ":exhibitor", "/expos/" + expo.id,
                "expo.exhibitor", expo.name);
        return x;
    }

    private void apply(ExpoApi.ExpoRequest input, Expo expo) {
        validation.check(input);
        if (input.endsOn().isBefore(input.startsOn())) {
            throw InvalidInputException.of("endsOn", "must not be before the start date");
        }
        expo.name = input.name().strip();
        expo.startsOn = input.startsOn();
        expo.endsOn = input.endsOn();
        expo.venue = input.venue().strip();
        expo.organiser = input.organiser().strip();
        expo.description = input.description() == null || input.description().isBlank() ? null
                : input.description().strip();
    }

    private Organisation verifiedOrganisation(String field, long id) {
        Organisation o = organisations.find(id).orElseThrow(() -> InvalidInputException.of(field, "no such organisation"));
        if (!o.isVerified()) {
            throw InvalidInputException.of(field, "the organisation is not verified");
        }
        return o;
    }

    private ListingSummary publishedResult(String field, long id) {
        return listings.summary(id).filter(l -> l.kind() == ListingKind.RESULT && l.isPublished())
                .orElseThrow(() -> InvalidInputException.of(field, "not a published result"));
    }

    private static void requireStaff(Caller caller) {
        if (!caller.isStaff()) {
            throw new ForbiddenActionException("Only market staff run expos");
        }
    }
}

package org.techmarket.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.techmarket.account.AccountService;
import org.techmarket.common.AuditEvent;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.Caller;
import org.techmarket.common.ConflictException;
import org.techmarket.common.ForbiddenActionException;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.NotFoundException;
import org.techmarket.listing.ListingKind;
import org.techmarket.listing.ListingService;
import org.techmarket.listing.ListingSummary;
import org.techmarket.notification.Notifications;

/**
 * Match cases (供需对接): opened by staff or by either party from a match, moved along the
 * pipeline by the parties or staff, with messages between them. Every step is in the audit trail.
 */
@ApplicationScoped
public class CaseService {

    static final int MAX_MESSAGE = 2000;

    @Inject
    MatchCaseRepository cases;

    @Inject
    CaseMessageRepository messages;

    @Inject
    ListingService listings;

    @Inject
    AccountService accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Inject
    Event<CaseAgreed> agreed;

    /** One entry of a case's timeline: a step or a message. */
    /** A step or a message of a case; a decline's reason code apart from the words that came with it. */
    public record TimelineEntry(java.time.OffsetDateTime at, String actor, String kind, String from, String to,
            DeclineReason reason, String text) {
    }

    public record CaseDetail(MatchCase matchCase, ListingSummary need, ListingSummary result,
            List<TimelineEntry> timeline) {
    }

    @Transactional
    public MatchCase open(Caller caller, Long needId, Long resultId) {
        if (needId == null || resultId == null) {
            throw InvalidInputException.of(needId == null ? "needId" : "resultId", "required");
        }
        ListingSummary need = listings.summary(needId).filter(l -> l.kind() == ListingKind.NEED)
                .orElseThrow(() -> new NotFoundException("Need", needId));
        ListingSummary result = listings.summary(resultId).filter(l -> l.kind() == ListingKind.RESULT)
                .orElseThrow(() -> new NotFoundException("Result", resultId));
        boolean party = caller.isMemberOf(need.organisationId()) || caller.isMemberOf(result.organisationId());
        if (!caller.isStaff() && !party) {
            throw new ForbiddenActionException("Only staff or one of the two parties open a case");
        }
        if (!need.isPublished() || !result.isPublished()) {
            throw new ConflictException("Both listings must be published to open a case");
        }
        if (need.organisationId() == result.organisationId()) {
            throw new ConflictException("A need and a result of the same organisation make no case");
        }
        if (cases.existsOpen(needId, resultId)) {
            throw new ConflictException("An open case for this need and result already exists");
        }
        MatchCase c = new MatchCase();
        c.needId = needId;
        c.resultId = resultId;
        c.openedBy = caller.userId();
        cases.persist(c);
        audit.record(MatchCase.ENTITY, c.id, "open", null, c.status, null);
        tellParties(c, need, result, caller, "case:" + c.id + ":open", "case.opened", need.title(), result.title());
        return c;
    }

    @Transactional
    public MatchCase transition(Caller caller, long caseId, CaseStatus target, DeclineReason reason, String comment) {
        if (comment != null && comment.length() > 1000) {
            throw InvalidInputException.of("comment", "at most 1000 characters");
        }
        MatchCase c = cases.findByIdOptional(caseId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException(MatchCase.ENTITY, caseId));
        ListingSummary need = listings.summary(c.needId).orElseThrow();
        ListingSummary result = listings.summary(c.resultId).orElseThrow();
        requireVisible(caller, c, need, result);
        CaseStatus from = c.status;
        c.moveTo(target, reason, comment);
        audit.record(MatchCase.ENTITY, c.id, "move", from, c.status,
                reason == null ? comment : reason + (comment == null || comment.isBlank() ? "" : ": " + comment));
        boolean agreedNow = c.status == CaseStatus.AGREED;
        String once = "case:" + c.id + ":move:" + from + ":" + c.status + ":" + c.version;
        for (long owner : new long[] {need.ownerId(), result.ownerId()}) {
            // On agreement the seller hears of it from the contract offer (one notification per event).
            if (owner != caller.userId() && !(agreedNow && owner == result.ownerId())) {
                if (c.status == CaseStatus.DECLINED) {
                    notifications.notify(owner, "CASE", once, "/cases/" + c.id, "case.declined", need.title(),
                            "@case.status." + from, "@case.decline." + c.declineReason);
                } else {
                    notifications.notify(owner, "CASE", once, "/cases/" + c.id, "case.moved", need.title(),
                            "@case.status." + from, "@case.status." + c.status);
                }
            }
        }
        if (agreedNow) {
            agreed.fire(new CaseAgreed(c.id, c.needId, c.resultId, result.ownerId(), caller.userId(), need.title(),
                    result.title()));
        }
        return c;
    }

    @Transactional
    public CaseMessage post(Caller caller, long caseId, String body) {
        MatchCase c = cases.findByIdOptional(caseId).orElseThrow(() -> new NotFoundException(MatchCase.ENTITY, caseId));
        ListingSummary need = listings.summary(c.needId).orElseThrow();
        ListingSummary result = listings.summary(c.resultId).orElseThrow();
        if (!isParty(caller, need, result) && !caller.isStaff()) {
            throw new ForbiddenActionException("Only the two parties and staff write in a case");
        }
        if (body == null || body.isBlank()) {
            throw InvalidInputException.of("body", "must not be blank");
        }
        if (body.length() > MAX_MESSAGE) {
            throw InvalidInputException.of("body", "at most " + MAX_MESSAGE + " characters");
        }
        CaseMessage m = new CaseMessage();
        m.caseId = c.id;
        m.authorId = caller.userId();
        m.body = body.strip();
        messages.persist(m);
        messages.flush();
        tellParties(c, need, result, caller, "case:" + c.id + ":message:" + m.id, "case.message", need.title());
        return m;
    }

    public CaseDetail detail(Caller caller, long caseId) {
        MatchCase c = cases.findByIdOptional(caseId).orElseThrow(() -> new NotFoundException(MatchCase.ENTITY, caseId));
        ListingSummary need = listings.summary(c.needId).orElseThrow();
        ListingSummary result = listings.summary(c.resultId).orElseThrow();
        requireVisible(caller, c, need, result);
        List<TimelineEntry> timeline = new ArrayList<>();
        for (AuditEvent e : audit.history(MatchCase.ENTITY, c.id)) {
            DeclineReason code = declineReasonOf(e.reason);
            String text = code == null ? e.reason : e.reason.substring(code.name().length()).replaceFirst("^: ", "");
            timeline.add(new TimelineEntry(e.occurredAt, e.actor, "STEP", e.fromState, e.toState, code,
                    text == null || text.isBlank() ? null : text));
        }
        for (CaseMessage m : messages.listForCase(c.id)) {
            String author = accounts.findById(m.authorId).map(u -> u.displayName).orElse("?");
            timeline.add(new TimelineEntry(m.createdAt, author, "MESSAGE", null, null, null, m.body));
        }
        timeline.sort(Comparator.comparing(TimelineEntry::at));
        return new CaseDetail(c, need, result, timeline);
    }

    /** The reason code a decline step is written with ("PRICE" or "PRICE: words"), null for any other text. */
    static DeclineReason declineReasonOf(String reason) {
        if (reason == null) {
            return null;
        }
        String head = reason.split(":", 2)[0];
        for (DeclineReason r : DeclineReason.values()) {
            if (r.name().equals(head)) {
                return r;
            }
        }
        return null;
    }

    /** The cases a user can follow: all open ones for staff, their organisation's for members. */
    public List<MatchCase> listFor(Caller caller) {
        if (caller.isStaff()) {
            return cases.listOpen(200);
        }
        List<Long> ids = listings.idsOfOrganisation(caller.organisationId());
        return ids.isEmpty() ? List.of() : cases.listInvolving(ids);
    }

    public Optional<MatchCase> find(long id) {
        return cases.findByIdOptional(id);
    }

    private void requireVisible(Caller caller, MatchCase c, ListingSummary need, ListingSummary result) {
        if (!caller.isStaff() && !isParty(caller, need, result)) {
            throw new NotFoundException(MatchCase.ENTITY, c.id);
        }
    }

    private static boolean isParty(Caller caller, ListingSummary need, ListingSummary result) {
        return caller.isMemberOf(need.organisationId()) || caller.isMemberOf(result.organisationId());
    }

    private void tellParties(MatchCase c, ListingSummary need, ListingSummary result, Caller actor, String once,
            String key, Object... values) {
        for (long owner : new long[] {need.ownerId(), result.ownerId()}) {
            if (owner != actor.userId()) {
                notifications.notify(owner, "CASE", once, "/cases/" + c.id, key, values);
            }
        }
    }
}

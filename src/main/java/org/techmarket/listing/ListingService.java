package org.techmarket.listing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.techmarket.account.OrganisationService;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.Caller;
import org.techmarket.common.ConflictException;
import org.techmarket.common.ForbiddenActionException;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.NotFoundException;
import org.techmarket.common.Roles;
import org.techmarket.common.Texts;
import org.techmarket.common.Validation;

/**
 * Results and needs: posting, editing, the review workflow, withdrawal, expiry and who may
 * see what. Every transition is checked by the listing and written to the audit trail.
 */
@ApplicationScoped
public class ListingService {

    @jakarta.inject.Inject
    org.techmarket.notification.Notifications notifications;

    @Inject
    ListingRepository listings;

    @Inject
    ListingRevisionRepository revisions;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Inject
    ListingSearch search;

    @Inject
    OrganisationService organisations;

    @Inject
    AuditTrail audit;

    @Inject
    Validation validation;

    @Inject
    Texts texts;

    @Inject
    ListingConfig config;

    @Inject
    jakarta.enterprise.event.Event<ListingChanged> changes;

    public enum Decision { PUBLISH, RETURN }

    @Transactional
    public Listing createResult(Caller caller, ListingApi.ResultRequest input) {
        requirePoster(caller, ListingKind.RESULT);
        validation.check(input);
        ListingInputs.checkHorizon("validUntil", input.validUntil());
        Listing listing = newListing(caller, ListingKind.RESULT);
        ListingInputs.apply(input, listing);
        return persistNew(listing);
    }

    @Transactional
    public Listing createNeed(Caller caller, ListingApi.NeedRequest input) {
        requirePoster(caller, ListingKind.NEED);
        validation.check(input);
        ListingInputs.checkHorizon("deadline", input.deadline());
        ListingInputs.checkBudget(input);
        Listing listing = newListing(caller, ListingKind.NEED);
        ListingInputs.apply(input, listing);
        return persistNew(listing);
    }

    /** An edit: the listing changed in place, or (for a published one) the revision now waiting for staff. */
    public record Edit(Listing listing, ListingRevision revision) {
    }

    @Transactional
    public Edit updateResult(Caller caller, long id, ListingApi.ResultRequest input) {
        Listing listing = owned(caller, id, ListingKind.RESULT, true);
        validation.check(input);
        ListingInputs.checkHorizon("validUntil", input.validUntil());
        if (listing.isPublished()) {
            return new Edit(listing, revise(caller, listing, input, l -> ListingInputs.apply(input, l)));
        }
        requireEditable(listing);
        ListingInputs.apply(input, listing);
        return new Edit(saveEdit(listing), null);
    }

    @Transactional
    public Edit updateNeed(Caller caller, long id, ListingApi.NeedRequest input) {
        Listing listing = owned(caller, id, ListingKind.NEED, true);
        validation.check(input);
        ListingInputs.checkHorizon("deadline", input.deadline());
        ListingInputs.checkBudget(input);
        if (listing.isPublished()) {
            return new Edit(listing, revise(caller, listing, input, l -> ListingInputs.apply(input, l)));
        }
        requireEditable(listing);
        ListingInputs.apply(input, listing);
        return new Edit(saveEdit(listing), null);
    }

    /**
     * A published listing's new terms wait for staff as a revision (a waiting one is superseded);
     * the market keeps seeing the published version. Terms that change nothing are refused.
     */
    private ListingRevision revise(Caller caller, Listing listing, Object input,
            java.util.function.Consumer<Listing> applyTo) {
        Listing changed = new Listing();
        changed.kind = listing.kind;
        applyTo.accept(changed);
        String changes = ListingRevisions.changes(listing, changed);
        if (changes.isEmpty()) {
            throw new ConflictException("These terms are the published ones: nothing to review");
        }
        revisions.pendingOf(listing.id).ifPresent(old -> {
            old.status = ListingRevision.Status.SUPERSEDED;
            old.decidedAt = OffsetDateTime.now();
            revisions.flush();
        });
        ListingRevision r = new ListingRevision();
        r.listingId = listing.id;
        r.kind = listing.kind;
        r.authorId = caller.userId();
        r.changes = changes;
        try {
            r.payload = json.writeValueAsString(input);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        revisions.persist(r);
        audit.record(Listing.ENTITY, listing.id, "revise", listing.status, listing.status,
                org.techmarket.common.AuditTrail.reason("revision_submitted", r.id, changes));
        return r;
    }

    /** The revision waiting for staff, for the owner (or staff). */
    public Optional<ListingRevision> pendingRevision(Caller caller, long id, ListingKind kind) {
        if (!caller.isStaff()) {
            owned(caller, id, kind, false);
        }
        return revisions.pendingOf(id);
    }

    public List<ListingRevision> revisionQueue(Caller caller) {
        if (!caller.isStaff()) {
            throw new ForbiddenActionException("Only market staff review listings");
        }
        return revisions.queue(200);
    }

    /** Staff publish a revision (the listing takes its terms, is indexed again and re-matched) or return it. */
    @Transactional
    public ListingRevision reviewRevision(Caller caller, long revisionId, Decision decision, String reason) {
        checkReview(caller, decision, reason);
        ListingRevision r = revisions.findByIdOptional(revisionId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("ListingRevision", revisionId));
        if (r.status != ListingRevision.Status.PENDING) {
            throw new ConflictException("This revision was already decided (" + r.status + ")");
        }
        Listing listing = listings.findForUpdate(r.listingId).orElseThrow();
        if (decision == Decision.PUBLISH) {
            if (!listing.isPublished()) {
                throw new ConflictException("The listing is no longer published (" + listing.status + ")");
            }
            try {
                if (listing.kind == ListingKind.RESULT) {
                    ListingInputs.apply(json.readValue(r.payload, ListingApi.ResultRequest.class), listing);
                } else {
                    ListingInputs.apply(json.readValue(r.payload, ListingApi.NeedRequest.class), listing);
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("Revision " + r.id + " cannot be read", e);
            }
            listing.updatedAt = OffsetDateTime.now();
            r.status = ListingRevision.Status.PUBLISHED;
            search.index(listing);
            announce(listing);
        } else {
            r.status = ListingRevision.Status.RETURNED;
            r.reason = reason.strip();
        }
        r.decidedBy = caller.userId();
        r.decidedAt = OffsetDateTime.now();
        audit.record(Listing.ENTITY, listing.id, decision == Decision.PUBLISH ? "publish-revision" : "return-revision",
                listing.status, listing.status, decision == Decision.PUBLISH ? org.techmarket.common.AuditTrail.reason("revision_published", r.id, r.changes)
                        : org.techmarket.common.AuditTrail.reason("revision_returned", r.id, reason.strip()));
        notifications.notify(listing.ownerId, "LISTING", "revision:" + r.id + ":" + r.status, "/my/listings",
                decision == Decision.PUBLISH ? "listing.revision.published" : "listing.revision.returned", listing.title,
                reason == null ? "" : reason.strip());
        return r;
    }

    @Transactional
    public Listing submit(Caller caller, long id, ListingKind kind) {
        Listing listing = owned(caller, id, kind, true);
        if (!listing.validUntil.isAfter(LocalDate.now())) {
            throw InvalidInputException.of(kind == ListingKind.RESULT ? "validUntil" : "deadline",
                    "the date has passed; correct it before submitting");
        }
        ListingStatus from = listing.status;
        listing.submit();
        audit.record(Listing.ENTITY, listing.id, "submit", from, listing.status, null);
        return listing;
    }

    /** Staff publish a submitted listing or return it with a reason. Listings of unverified organisations stay unpublished. */
    @Transactional
    public Listing review(Caller caller, long id, ListingKind kind, Decision decision, String reason) {
        checkReview(caller, decision, reason);
        Listing listing = listings.findForUpdate(id).filter(l -> l.kind == kind)
                .orElseThrow(() -> new NotFoundException(Listing.ENTITY, id));
        ListingStatus from = listing.status;
        if (decision == Decision.PUBLISH) {
            if (!organisations.isVerified(listing.organisationId)) {
                throw new ConflictException("The organisation is not verified yet; its listings cannot be published");
            }
            listing.publish();
        } else {
            listing.returnForCorrection(reason);
        }
        audit.record(Listing.ENTITY, listing.id, decision == Decision.PUBLISH ? "publish" : "return", from,
                listing.status, reason);
        notifications.notify(listing.ownerId, "LISTING", "listing:" + listing.id + ":" + decision + ":" + listing.version,
                "/my/listings", decision == Decision.PUBLISH ? "listing.published" : "listing.returned", listing.title,
                reason == null ? "" : reason.strip());
        announce(listing);
        return listing;
    }

    @Transactional
    public Listing withdraw(Caller caller, long id, ListingKind kind) {
        Listing listing = owned(caller, id, kind, true);
        ListingStatus from = listing.status;
        listing.withdraw();
        audit.record(Listing.ENTITY, listing.id, "withdraw", from, listing.status, null);
        announce(listing);
        return listing;
    }

    /** The owner confirms a published listing is still available; it stays up {@code extension-days} from today. */
    @Transactional
    public Listing confirmAvailable(Caller caller, long id, ListingKind kind) {
        Listing listing = owned(caller, id, kind, true);
        LocalDate before = listing.validUntil;
        listing.confirmAvailableUntil(LocalDate.now().plusDays(config.extensionDays()));
        audit.record(Listing.ENTITY, listing.id, "confirm-available", listing.status, listing.status,
                org.techmarket.common.AuditTrail.reason("validity_extended", before, listing.validUntil));
        return listing;
    }

    /** A listing as the caller may see it: published ones for everyone, others for their organisation and staff. */
    public Listing getVisible(long id, ListingKind kind, Optional<Caller> caller) {
        Listing listing = listings.findByIdOptional(id).filter(l -> l.kind == kind)
                .orElseThrow(() -> new NotFoundException(Listing.ENTITY, id));
        if (listing.isPublished()) {
            return listing;
        }
        if (caller.isPresent() && (caller.get().isStaff() || caller.get().isMemberOf(listing.organisationId))) {
            return listing;
        }
        throw new NotFoundException(Listing.ENTITY, id);
    }

    /** A listing of the caller's organisation, for its edit form (another organisation's is 403 or 404). */
    public Listing getOwned(Caller caller, long id, ListingKind kind) {
        return owned(caller, id, kind, false);
    }

    public Optional<Listing> findPublished(long id) {
        return listings.findByIdOptional(id).filter(Listing::isPublished);
    }

    /** Ids of all listings of an organisation, of both kinds. */
    public List<Long> idsOfOrganisation(long organisationId) {
        return listings.find("select l.id from Listing l where l.organisationId = ?1", organisationId)
                .project(Long.class).list();
    }

    public List<Listing> listMine(Caller caller, ListingKind kind) {
        return listings.listByOrganisation(caller.organisationId(), kind);
    }

    public List<Listing> reviewQueue(Caller caller) {
        if (!caller.isStaff()) {
            throw new ForbiddenActionException("Only market staff review listings");
        }
        return listings.listAwaitingReview();
    }

    public SearchPage search(SearchQuery query) {
        return search.search(query);
    }

    public Facets facets(SearchQuery query) {
        return search.facets(query);
    }

    public ListingSearch.BrowsePage browse(SearchQuery query, AnalysedQuery analysed) {
        return search.browse(query, analysed);
    }

    public List<org.techmarket.common.AuditEvent> history(long id) {
        return audit.history(Listing.ENTITY, id);
    }

    /** Creates a published listing that staff collected and checked (征集): imports and demo data. */
    @Transactional(Transactional.TxType.MANDATORY)
    Listing importPublished(Listing listing, String reason) {
        listing.status = ListingStatus.SUBMITTED;
        listing.submittedAt = OffsetDateTime.now();
        listings.persist(listing);
        listing.publish();
        audit.record(Listing.ENTITY, listing.id, "import", null, listing.status, reason);
        search.index(listing);
        announce(listing);
        return listing;
    }

    /** A demo listing of an unverified organisation: submitted, waiting in the staff queue. */
    @Transactional(Transactional.TxType.MANDATORY)
    void demoSubmitted(Listing listing) {
        listings.persist(listing);
        audit.record(Listing.ENTITY, listing.id, "create", null, listing.status, org.techmarket.common.AuditTrail.reason("demo_data"));
        listing.submit();
        audit.record(Listing.ENTITY, listing.id, "submit", ListingStatus.DRAFT, listing.status, org.techmarket.common.AuditTrail.reason("demo_data"));
        search.index(listing);
    }

    /** Tells other features (matching) that a listing entered or left publication, in this transaction. */
    void announce(Listing listing) {
        changes.fire(new ListingChanged(listing.id, listing.kind, listing.status));
    }

    /** Candidate ids for matching: published listings of a kind sharing any of the words, best first. */
    public List<Long> candidates(ListingKind kind, java.util.Set<String> words, int limit) {
        return search.candidates(kind, words, limit);
    }

    public Optional<ListingSummary> summary(long id) {
        return listings.findByIdOptional(id).map(l -> new ListingSummary(l.id, l.kind, l.title, l.organisationId,
                l.ownerId, l.status, l.field, l.regionCode, l.modes));
    }

    public List<IndexedListing> indexed(List<Long> ids) {
        return search.documents(ids);
    }

    /** Indexed listings with only the given words (for scoring candidates); an empty set: their facts alone. */
    public List<IndexedListing> indexed(List<Long> ids, java.util.Set<String> onlyTerms) {
        return search.documents(ids, onlyTerms);
    }

    public TermStatistics statistics(ListingKind kind) {
        return search.statistics(kind);
    }

    public TermStatistics refreshStatistics(ListingKind kind) {
        return search.refreshStatistics(kind);
    }

    /** The texts of listings (those that exist), in no particular order. */
    public List<ListingText> texts(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return listings.list("id in ?1", ids).stream().map(l -> new ListingText(l.id, l.kind,
                l.status == ListingStatus.PUBLISHED, l.title, l.keywords, l.summary, l.description)).toList();
    }

    /** Ids of all published listings of a kind, for full recomputations. */
    public List<Long> publishedIds(ListingKind kind) {
        return listings.find("select l.id from Listing l where l.kind = ?1 and l.status = ?2 order by l.id", kind,
                ListingStatus.PUBLISHED).project(Long.class).list();
    }

    private Listing persistNew(Listing listing) {
        listings.persist(listing);
        audit.record(Listing.ENTITY, listing.id, "create", null, listing.status, null);
        search.index(listing);
        return listing;
    }

    private Listing saveEdit(Listing listing) {
        listing.updatedAt = OffsetDateTime.now();
        audit.record(Listing.ENTITY, listing.id, "edit", listing.status, listing.status, null);
        search.index(listing);
        return listing;
    }

    private Listing newListing(Caller caller, ListingKind kind) {
        Listing listing = new Listing();
        listing.kind = kind;
        listing.organisationId = caller.organisationId();
        listing.ownerId = caller.userId();
        return listing;
    }

    private void requirePoster(Caller caller, ListingKind kind) {
        String role = kind == ListingKind.RESULT ? Roles.RESEARCHER : Roles.ENTERPRISE;
        if (!role.equals(caller.role())) {
            throw new ForbiddenActionException(kind == ListingKind.RESULT
                    ? "Technology results are posted by researchers" : "Technology needs are posted by enterprises");
        }
    }

    /** A staff review of a listing or of a revision: by staff, a known decision, a reason to return. */
    private void checkReview(Caller caller, Decision decision, String reason) {
        if (!caller.isStaff()) {
            throw new ForbiddenActionException("Only market staff review listings");
        }
        if (decision == null) {
            throw InvalidInputException.of("decision", "PUBLISH or RETURN");
        }
        if (decision == Decision.RETURN && (reason == null || reason.isBlank())) {
            throw InvalidInputException.of("reason", texts.get("techmarket.reason.required"));
        }
        if (reason != null && reason.length() > 500) {
            throw InvalidInputException.of("reason", "max 500 characters");
        }
    }

    private static void requireEditable(Listing listing) {
        if (!listing.status.isEditable()) {
            throw new ConflictException("A " + listing.status + " listing cannot be edited");
        }
    }

    /**
     * The listing if the caller's organisation owns it. Someone else's published listing is
     * 403 (they can see it exists); an unpublished one is 404, as if it did not exist.
     */
    private Listing owned(Caller caller, long id, ListingKind kind, boolean lock) {
        Optional<Listing> found = (lock ? listings.findForUpdate(id) : listings.findByIdOptional(id))
                .filter(l -> l.kind == kind);
        Listing listing = found.orElseThrow(() -> new NotFoundException(Listing.ENTITY, id));
        if (!caller.isMemberOf(listing.organisationId)) {
            if (listing.isPublished()) {
                throw new ForbiddenActionException("This listing belongs to another organisation");
            }
            throw new NotFoundException(Listing.ENTITY, id);
        }
        return listing;
    }
}

package org.techmarket.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techmarket.account.Organisation;
import org.techmarket.account.OrganisationService;
import org.techmarket.account.OrganisationType;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.Caller;
import org.techmarket.common.ConflictException;
import org.techmarket.common.ForbiddenActionException;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.NotFoundException;
import org.techmarket.common.RegionDirectory;
import org.techmarket.common.Validation;
import org.techmarket.listing.ListingKind;
import org.techmarket.listing.ListingService;
import org.techmarket.listing.ListingStatus;
import org.techmarket.listing.ListingSummary;
import org.techmarket.listing.ListingText;
import org.techmarket.listing.TechField;
import org.techmarket.notification.Notifications;

/**
 * 揭榜挂帅, the posing side: staff write a challenge from a published need or a government problem, edit it
 * while it is a draft, open it (DRAFT → OPEN) and the deadline closes it (OPEN → CLOSED, see {@link ChallengeClosing}).
 */
@ApplicationScoped
public class ChallengeService {

    @Inject
    ChallengeRepository challenges;

    @Inject
    ChallengeSubmissionRepository submissions;

    @Inject
    OrganisationService organisations;

    @Inject
    ListingService listings;

    @Inject
    RegionDirectory regions;

    @Inject
    Validation validation;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Inject
    ChallengeSuggestions suggestions;

    /** A challenge with what its pages show beside it. */
    public record Shown(Challenge challenge, String ownerName, long teams, List<ChallengeCriterion> criteria) {
        public ChallengeApi.ChallengeView view() {
            return ChallengeApi.ChallengeView.of(challenge, ownerName, teams, criteria);
        }
    }

    @Transactional
    public Challenge create(Caller caller, ChallengeApi.ChallengeRequest input) {
        requireStaff(caller);
        Challenge c = new Challenge();
        c.createdBy = caller.userId();
        apply(input, c);
        challenges.persist(c);
        replaceCriteria(c, input.criteria());
        audit.record(Challenge.ENTITY, c.id, "create", null, c.stage, null);
        return c;
    }

    @Transactional
    public Challenge update(Caller caller, long id, ChallengeApi.ChallengeRequest input) {
        requireStaff(caller);
        Challenge c = challenges.findForUpdate(id).orElseThrow(() -> new NotFoundException(Challenge.ENTITY, id));
        if (c.stage != ChallengeStage.DRAFT) {
            throw new ConflictException("Only a draft challenge can be edited");
        }
        apply(input, c);
        c.updatedAt = OffsetDateTime.now();
        replaceCriteria(c, input.criteria());
        audit.record(Challenge.ENTITY, c.id, "edit", c.stage, c.stage, null);
        return c;
    }

    /** DRAFT → OPEN: with at least one criterion and a deadline still ahead; tells the best-matching teams. */
    @Transactional
    public Challenge open(Caller caller, long id) {
        requireStaff(caller);
        Challenge c = challenges.findForUpdate(id).orElseThrow(() -> new NotFoundException(Challenge.ENTITY, id));
        if (c.stage != ChallengeStage.DRAFT) {
            throw new ConflictException("Only a draft challenge can be opened");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (challenges.criteria(c.id).isEmpty()) {
            errors.put("criteria", "at least one criterion is required to open a challenge");
        }
        if (c.isPastDeadline(OffsetDateTime.now())) {
            errors.put("deadline", "must be in the future");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        c.moveTo(ChallengeStage.OPEN);
        c.openedAt = OffsetDateTime.now();
        audit.record(Challenge.ENTITY, c.id, "open", ChallengeStage.DRAFT, c.stage, null);
        notifications.notifyMembers(c.ownerOrganisationId, null, "CHALLENGE", "challenge:" + c.id + ":opened",
                "/challenges/" + c.id, "challenge.opened", c.title);
        suggestions.tellStrongMatches(c);
        return c;
    }

    /**
     * OPEN → CLOSED for one challenge whose deadline has passed; tells the teams that submitted. Called by the
     * closing job (once per cluster) inside its transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean closeIfDue(long id, OffsetDateTime now) {
        Challenge c = challenges.findForUpdate(id).orElse(null);
        if (c == null || c.stage != ChallengeStage.OPEN || !c.isPastDeadline(now)) {
            return false;
        }
        c.moveTo(ChallengeStage.CLOSED);
        c.closedAt = now;
        audit.record(Challenge.ENTITY, c.id, "close", ChallengeStage.OPEN, c.stage, null);
        // The deadline has passed (the database's clock agrees or the list is empty): the teams are known now.
        for (ChallengeSubmission s : submissions.listUnsealed(c.id)) {
            notifications.notifyMembers(s.organisationId, null, "CHALLENGE", "challenge:" + c.id + ":closed",
                    "/challenges/" + c.id + "/submission", "challenge.closed", c.title);
        }
        return true;
    }

    public List<Long> dueForClosing(OffsetDateTime now, int limit) {
        return challenges.getEntityManager().createQuery("select c.id from Challenge c where c.stage = ?1"
                + " and c.deadline <= ?2 order by c.deadline", Long.class).setParameter(1, ChallengeStage.OPEN)
                .setParameter(2, now).setMaxResults(limit).getResultList();
    }

    /** The public list: open ones first (deadline nearest first), then the rest newest first; drafts never. */
    public List<Challenge> listPublic(ChallengeStage stage) {
        if (stage == ChallengeStage.DRAFT) {
            return List.of();
        }
        String where = stage == null ? "c.stage <> :draft" : "c.stage = :stage";
        var query = challenges.getEntityManager().createQuery("select c from Challenge c where " + where
                + " order by case when c.stage = :open then 0 else 1 end, case when c.stage = :open then c.deadline end,"
                + " c.createdAt desc", Challenge.class).setParameter("open", ChallengeStage.OPEN).setMaxResults(200);
        if (stage == null) {
            query.setParameter("draft", ChallengeStage.DRAFT);
        } else {
            query.setParameter("stage", stage);
        }
        return query.getResultList();
    }

    /** Every challenge, drafts included, newest first (staff). */
    public List<Challenge> listAll(Caller caller) {
        requireStaff(caller);
        return challenges.find("order by createdAt desc").page(0, 500).list();
    }

    /** One challenge: a draft is staff's only (404 to anyone else). */
    public Challenge visible(Optional<Caller> caller, long id) {
        Challenge c = challenges.findByIdOptional(id).orElseThrow(() -> new NotFoundException(Challenge.ENTITY, id));
        if (!c.stage.isPublic() && !caller.map(Caller::isStaff).orElse(false)) {
            throw new NotFoundException(Challenge.ENTITY, id);
        }
        return c;
    }

    public Shown shown(Optional<Caller> caller, long id) {
        Challenge c = visible(caller, id);
        String owner = organisations.find(c.ownerOrganisationId).map(o -> o.name).orElse("");
        return new Shown(c, owner, submissions.countOf(c.id), challenges.criteria(c.id));
    }

    public Map<Long, String> ownerNames(List<Challenge> list) {
        return organisations.namesOf(list.stream().map(c -> c.ownerOrganisationId).distinct().toList());
    }

    public List<ChallengeCriterion> criteria(long challengeId) {
        return challenges.criteria(challengeId);
    }

    /** The results that match the challenge, best first, with their organisations (staff). */
    public List<ChallengeApi.SuggestionView> suggestions(Caller caller, long id) {
        requireStaff(caller);
        Challenge c = challenges.findByIdOptional(id).orElseThrow(() -> new NotFoundException(Challenge.ENTITY, id));
        return suggestions.suggest(c);
    }

    /** The organisations staff may choose as the owner of a government problem: verified, not service providers. */
    public List<Organisation> possibleOwners(Caller caller) {
        requireStaff(caller);
        return organisations.listByStatus(org.techmarket.account.OrganisationStatus.VERIFIED).stream()
                .filter(o -> o.type != OrganisationType.SERVICE_PROVIDER).toList();
    }

    /** What a challenge from this need starts with: its title, text, field and region. */
    public Optional<ChallengeApi.ChallengeRequest> draftFromNeed(Caller caller, long needId) {
        requireStaff(caller);
        Optional<ListingSummary> need = listings.summary(needId).filter(s -> s.kind() == ListingKind.NEED
                && s.status() == ListingStatus.PUBLISHED);
        return need.map(n -> new ChallengeApi.ChallengeRequest(ChallengeSource.ENTERPRISE_NEED, n.id(),
                n.organisationId(), n.title(), needText(n.id()), n.field() == null ? null : n.field().name(),
                n.regionCode(), null, null, null, 10, 7, List.of()));
    }

    public List<org.techmarket.common.AuditEvent> history(long id) {
        return audit.history(Challenge.ENTITY, id);
    }

    static void requireStaff(Caller caller) {
        if (!caller.isStaff()) {
            throw new ForbiddenActionException("Only market staff manage challenges");
        }
    }

    private String needText(long needId) {
        return listings.texts(List.of(needId)).stream().findFirst().map(ChallengeService::textOf).orElse("");
    }

    private static String textOf(ListingText t) {
        String text = t.description() != null && !t.description().isBlank() ? t.description()
                : t.summary() == null ? "" : t.summary();
        return text.length() > 8000 ? text.substring(0, 8000) : text;
    }

    private void apply(ChallengeApi.ChallengeRequest input, Challenge c) {
        validation.check(input);
        Map<String, String> errors = new LinkedHashMap<>();
        String title = input.title();
        String problem = input.problem();
        String field = input.field();
        String region = input.regionCode();
        if (input.source() == ChallengeSource.ENTERPRISE_NEED) {
            Optional<ListingSummary> need = input.needId() == null ? Optional.empty()
                    : listings.summary(input.needId()).filter(s -> s.kind() == ListingKind.NEED);
            if (input.needId() == null) {
                errors.put("needId", "required");
            } else if (need.isEmpty()) {
                errors.put("needId", "no such listing");
            } else if (need.get().status() != ListingStatus.PUBLISHED) {
                errors.put("needId", "the need is not published");
            } else {
                ListingSummary n = need.get();
                c.needId = n.id();
                c.ownerOrganisationId = n.organisationId();
                title = blank(title) ? n.title() : title;
                problem = blank(problem) ? needText(n.id()) : problem;
                field = blank(field) && n.field() != null ? n.field().name() : field;
                region = blank(region) ? n.regionCode() : region;
            }
        } else {
            c.needId = null;
            Optional<Organisation> owner = input.ownerOrganisationId() == null ? Optional.empty()
                    : organisations.find(input.ownerOrganisationId());
            if (input.ownerOrganisationId() == null) {
                errors.put("ownerOrganisationId", "required");
            } else if (owner.isEmpty() || !owner.get().isVerified()) {
                errors.put("ownerOrganisationId", "the organisation is not verified");
            } else {
                c.ownerOrganisationId = owner.get().id;
            }
        }
        if (blank(title)) {
            errors.put("title", "required");
        }
        if (blank(problem)) {
            errors.put("problem", "required");
        }
        if (!blank(field)) {
            try {
                TechField.valueOf(field.strip());
            } catch (IllegalArgumentException e) {
                errors.put("field", "unknown value " + field.strip());
            }
        }
        if (!blank(region) && !regions.exists(region.strip())) {
            errors.put("regionCode", "unknown region code");
        }
        if (!input.deadline().isAfter(OffsetDateTime.now())) {
            errors.put("deadline", "must be in the future");
        }
        List<ChallengeApi.CriterionRequest> criteria = input.criteria() == null ? List.of() : input.criteria();
        if (criteria.size() > ChallengeApi.MAX_CRITERIA) {
            errors.put("criteria", "between 1 and " + ChallengeApi.MAX_CRITERIA);
        }
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i) == null) {
                errors.put("criteria[" + i + "]", "required");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        c.source = input.source();
        c.title = title.strip();
        c.problem = problem.strip();
        c.field = blank(field) ? null : field.strip();
        c.regionCode = blank(region) ? null : region.strip();
        c.bountyFen = input.bountyFen();
        c.deadline = input.deadline();
        c.eligibility = input.eligibility().strip();
        c.scoreMax = (short) (input.scoreMax() == null ? 10 : input.scoreMax());
        c.objectionDays = (short) (input.objectionDays() == null ? 7 : input.objectionDays());
    }

    private void replaceCriteria(Challenge c, List<ChallengeApi.CriterionRequest> input) {
        var em = challenges.getEntityManager();
        em.createQuery("delete from ChallengeCriterion where challengeId = ?1").setParameter(1, c.id).executeUpdate();
        List<ChallengeApi.CriterionRequest> criteria = input == null ? List.of() : new ArrayList<>(input);
        short position = 1;
        for (ChallengeApi.CriterionRequest in : criteria) {
            ChallengeCriterion cc = new ChallengeCriterion();
            cc.challengeId = c.id;
            cc.position = position++;
            cc.name = in.name().strip();
            cc.description = blank(in.description()) ? null : in.description().strip();
            cc.weight = in.weight().shortValue();
            em.persist(cc);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

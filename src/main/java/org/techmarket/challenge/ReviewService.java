package org.techmarket.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.Caller;
import org.techmarket.common.ConflictException;
import org.techmarket.common.Idempotency;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.NotFoundException;
import org.techmarket.common.Validation;
import org.techmarket.contract.Contract;
import org.techmarket.contract.ContractService;
import org.techmarket.notification.Notifications;

/**
 * The staff side of a challenge's review (评审): reviewers invited and assigned, the review started, the weighted
 * ranking, the shortlist, the final round and the winner, the publicity (公示) with its objections, and the award
 * (a contract draft between the owner and the winner) or no award. Each step checks the stage, is audited, and
 * tells the parties concerned.
 */
@ApplicationScoped
public class ReviewService {

    static final String KIND = "CHALLENGE";

    @Inject
    ChallengeRepository challenges;

    @Inject
    ChallengeSubmissionRepository submissions;

    @Inject
    ReviewRepository reviews;

    @Inject
    ChallengeObjectionRepository objections;

    @Inject
    ReviewerService reviewers;

    @Inject
    ContractService contracts;

    @Inject
    AuditTrail audit;

    @Inject
    Validation validation;

    @Inject
    Notifications notifications;

    public Challenge get(long challengeId) {
        return challenges.findByIdOptional(challengeId).orElseThrow(() -> new NotFoundException(Challenge.ENTITY, challengeId));
    }

    /** Staff invite a reviewer to a challenge whose deadline has passed. */
    @Transactional
    public List<ReviewApi.ReviewerView> inviteReviewer(Caller staff, long challengeId, ReviewApi.ChallengeReviewerRequest input) {
        ReviewerService.requireStaff(staff);
        validation.check(input);
        Challenge c = reviewable(challengeId);
        if (!reviewers.isReviewer(input.reviewerId())) {
            throw InvalidInputException.of("reviewerId", "not an expert reviewer");
        }
        if (reviews.invite(c.id, input.reviewerId(), staff.userId())) {
            audit.record(Challenge.ENTITY, c.id, "invite-reviewer", null, null, org.techmarket.common.AuditTrail.reason("reviewer_account", input.reviewerId()));
            notifications.notify(input.reviewerId(), KIND, "challenge:" + c.id + ":invited", "/reviewer",
                    "challenge.reviewer.invited", c.title);
        }
        return reviewersOf(staff, challengeId);
    }

    public List<ReviewApi.ReviewerView> reviewersOf(Caller staff, long challengeId) {
        ReviewerService.requireStaff(staff);
        get(challengeId);
        return reviews.reviewersOf(challengeId).stream().map(r -> new ReviewApi.ReviewerView(((Number) r[0]).longValue(),
                (String) r[1], (String) r[2])).toList();
    }

    /**
     * Assigns a submission to an invited reviewer, never one who declared a conflict with its team: the check and
     * the insert happen under the lock a conflict declaration takes, and the insert itself re-checks.
     */
    @Transactional
    public List<ReviewApi.AssignmentView> assign(Caller staff, long challengeId, ReviewApi.AssignmentRequest input) {
        ReviewerService.requireStaff(staff);
        validation.check(input);
        Challenge c = reviewable(challengeId);
        if (c.stage != ChallengeStage.CLOSED && c.stage != ChallengeStage.UNDER_REVIEW) {
            throw new ConflictException("Submissions are assigned before the final round");
        }
        ChallengeSubmission s = submissions.findUnsealed(input.submissionId()).filter(x -> x.challengeId == c.id)
                .orElseThrow(() -> InvalidInputException.of("submissionId", "not a submission of this challenge"));
        if (!reviews.isInvited(c.id, input.reviewerId())) {
            throw InvalidInputException.of("reviewerId", "not a reviewer of this challenge");
        }
        reviews.lockReviewer(input.reviewerId());
        if (reviews.hasConflict(input.reviewerId(), s.organisationId) || !reviews.assign(s.id, input.reviewerId(),
                staff.userId()) && !reviews.isAssigned(s.id, input.reviewerId())) {
            throw InvalidInputException.of("reviewerId", "the reviewer declared a conflict of interest with this team");
        }
        audit.record(Challenge.ENTITY, c.id, "assign", null, null, org.techmarket.common.AuditTrail.reason("assigned_to", s.id, input.reviewerId()));
        notifications.notify(input.reviewerId(), KIND, "challenge:assigned:" + s.id, "/reviewer/submissions/" + s.id,
                "challenge.reviewer.assigned", c.title);
        return assignments(staff, challengeId);
    }

    /**
     * 平均分配: gives each submission without a reviewer the invited reviewer with the fewest assignments among
     * those without a conflict with its team. Returns how many were assigned; a submission every reviewer is
     * conflicted with stays unassigned (the review cannot start until staff invite another reviewer).
     */
    @Transactional
    public int assignEvenly(Caller staff, long challengeId) {
        ReviewerService.requireStaff(staff);
        Challenge c = reviewable(challengeId);
        if (c.stage != ChallengeStage.CLOSED && c.stage != ChallengeStage.UNDER_REVIEW) {
            throw new ConflictException("Submissions are assigned before the final round");
        }
        List<Long> invited = reviews.reviewersOf(c.id).stream().map(r -> ((Number) r[0]).longValue()).sorted().toList();
        invited.forEach(reviews::lockReviewer);
        Map<Long, Integer> load = new LinkedHashMap<>();
        invited.forEach(r -> load.put(r, 0));
        Set<Long> assignedSubmissions = new HashSet<>();
        for (Object[] a : reviews.assignmentsOf(c.id)) {
            assignedSubmissions.add(((Number) a[0]).longValue());
            load.computeIfPresent(((Number) a[1]).longValue(), (k, n) -> n + 1);
        }
        int assigned = 0;
        for (ChallengeSubmission s : submissions.listUnsealed(c.id)) {
            if (assignedSubmissions.contains(s.id)) {
                continue;
            }
            Long best = load.entrySet().stream().filter(e -> !reviews.hasConflict(e.getKey(), s.organisationId))
                    .min(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            if (best != null && reviews.assign(s.id, best, staff.userId())) {
                load.merge(best, 1, Integer::sum);
                assigned++;
                notifications.notify(best, KIND, "challenge:assigned:" + s.id, "/reviewer/submissions/" + s.id,
                        "challenge.reviewer.assigned", c.title);
            }
        }
        audit.record(Challenge.ENTITY, c.id, "assign-evenly", null, null, org.techmarket.common.AuditTrail.reason("assignments_made", assigned));
        return assigned;
    }

    public List<ReviewApi.AssignmentView> assignments(Caller staff, long challengeId) {
        ReviewerService.requireStaff(staff);
        get(challengeId);
        return reviews.assignmentsOf(challengeId).stream().map(a -> new ReviewApi.AssignmentView(
                ((Number) a[0]).longValue(), ((Number) a[1]).longValue(), (String) a[2], a[3] != null)).toList();
    }

    /** CLOSED → UNDER_REVIEW, once every submission has a reviewer; the teams are told. */
    @Transactional
    public ReviewApi.ReviewState startReview(Caller staff, long challengeId) {
        ReviewerService.requireStaff(staff);
        Challenge c = locked(challengeId);
        if (c.stage == ChallengeStage.CLOSED && (submissions.countOf(c.id) == 0 || reviews.countUnassigned(c.id) > 0)) {
            throw new Idempotency.UnprocessableException("assignments", "every submission needs a reviewer first");
        }
        move(c, ChallengeStage.UNDER_REVIEW, "start-review", null);
        tellTeams(c, "review", "challenge.review.started", c.title);
        return ReviewApi.ReviewState.of(c);
    }

    /** The weighted ranking with each reviewer's score, the mean and the spread; conflicted reviews never count. */
    public ReviewApi.RankingView ranking(Caller staff, long challengeId) {
        ReviewerService.requireStaff(staff);
        Challenge c = get(challengeId);
        List<ChallengeCriterion> criteria = challenges.criteria(c.id);
        long totalWeight = criteria.stream().mapToLong(k -> k.weight).sum();
        Map<Long, List<Object[]>> bySubmission = new LinkedHashMap<>();
        for (Object[] line : reviews.rankingLines(c.id)) {
            bySubmission.computeIfAbsent(((Number) line[0]).longValue(), k -> new ArrayList<>()).add(line);
        }
        List<ReviewApi.RankedSubmission> lines = new ArrayList<>();
        int allIn = 0;
        int allAssigned = 0;
        for (var entry : bySubmission.entrySet()) {
            Object[] first = entry.getValue().get(0);
            List<ReviewApi.ReviewerScore> scores = new ArrayList<>();
            int in = 0;
            for (Object[] line : entry.getValue()) {
                if (line[6] == null || Boolean.TRUE.equals(line[10])) {
                    continue;
                }
                BigDecimal score = null;
                if (line[8] != null && line[9] != null && totalWeight > 0) {
                    score = Ranking.reviewerScore(((Number) line[9]).longValue(), totalWeight, c.scoreMax);
                    in++;
                }
                scores.add(new ReviewApi.ReviewerScore(((Number) line[6]).longValue(), (String) line[7], score));
            }
            List<BigDecimal> values = scores.stream().map(ReviewApi.ReviewerScore::score).toList();
            BigDecimal spread = Ranking.spread(values);
            allIn += in;
            allAssigned += scores.size();
            lines.add(new ReviewApi.RankedSubmission(0, entry.getKey(), (String) first[1], ((Number) first[2]).longValue(),
                    (String) first[3], scores, Ranking.mean(values), spread, Ranking.isFlagged(spread), in, scores.size(),
                    Boolean.TRUE.equals(first[4]), first[5] == null ? null : new BigDecimal(first[5].toString()),
                    c.winnerSubmissionId != null && c.winnerSubmissionId == entry.getKey()));
        }
        lines.sort(Comparator.comparing(ReviewApi.RankedSubmission::mean, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ReviewApi.RankedSubmission::submissionId));
        List<ReviewApi.RankedSubmission> ranked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ReviewApi.RankedSubmission r = lines.get(i);
            ranked.add(new ReviewApi.RankedSubmission(i + 1, r.submissionId(), r.title(), r.organisationId(),
                    r.organisationName(), r.reviewers(), r.mean(), r.spread(), r.spreadFlagged(), r.reviewsIn(),
                    r.reviewsAssigned(), r.shortlisted(), r.finalScore(), r.winner()));
        }
        return new ReviewApi.RankingView(c.id, c.stage, allIn, allAssigned, ranked);
    }

    /** 入围: the teams that go to the final round (the others are taken off); they are told. */
    @Transactional
    public ReviewApi.RankingView shortlist(Caller staff, long challengeId, ReviewApi.ShortlistRequest input) {
        ReviewerService.requireStaff(staff);
        validation.check(input);
        Challenge c = locked(challengeId);
        if (c.stage != ChallengeStage.UNDER_REVIEW && c.stage != ChallengeStage.FINAL) {
            throw new ConflictException("The shortlist is drawn up during the review");
        }
        List<ChallengeSubmission> all = submissions.listUnsealed(c.id);
        Set<Long> chosen = new HashSet<>(input.submissionIds());
        Set<Long> known = new HashSet<>();
        all.forEach(s -> known.add(s.id));
        if (chosen.isEmpty() || !known.containsAll(chosen)) {
            throw InvalidInputException.of("submissionIds", "submissions of this challenge, at least one");
        }
        for (ChallengeSubmission s : all) {
            boolean was = s.shortlisted;
            s.shortlisted = chosen.contains(s.id);
            if (s.shortlisted && !was) {
                notifications.notifyMembers(s.organisationId, null, KIND, "challenge:" + c.id + ":shortlisted",
                        "/challenges/" + c.id, "challenge.shortlisted", c.title);
            }
        }
        audit.record(Challenge.ENTITY, c.id, "shortlist", null, null, org.techmarket.common.AuditTrail.reason("shortlisted", chosen.size()));
        return ranking(staff, challengeId);
    }

    /**
     * 终审: a score per shortlisted team, the winner among them and a note → FINAL. Refused (422 naming
     * {@code reviews}) while any assigned review is incomplete. Again in FINAL after an upheld objection.
     */
    @Transactional
    public ReviewApi.ReviewState recordFinal(Caller staff, long challengeId, ReviewApi.FinalRequest input) {
        ReviewerService.requireStaff(staff);
        validation.check(input);
        Challenge c = locked(challengeId);
        if (c.stage != ChallengeStage.UNDER_REVIEW && c.stage != ChallengeStage.FINAL) {
            throw new ConflictException(Challenge.ENTITY + " cannot move from " + c.stage + " to " + ChallengeStage.FINAL);
        }
        long incomplete = reviews.countIncomplete(c.id);
        if (incomplete > 0) {
            throw new Idempotency.UnprocessableException("reviews", incomplete + " assigned reviews are not complete");
        }
        Map<Long, ChallengeSubmission> shortlisted = new LinkedHashMap<>();
        submissions.listUnsealed(c.id).stream().filter(s -> s.shortlisted).forEach(s -> shortlisted.put(s.id, s));
        Map<String, String> errors = new LinkedHashMap<>();
        if (!shortlisted.containsKey(input.winnerSubmissionId())) {
            errors.put("winnerSubmissionId", "a shortlisted submission of this challenge");
        }
        for (ReviewApi.FinalScore f : input.scores()) {
            if (!shortlisted.containsKey(f.submissionId())) {
                errors.put("scores." + f.submissionId(), "a shortlisted submission of this challenge");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        input.scores().forEach(f -> shortlisted.get(f.submissionId()).finalScore = f.score());
        c.winnerSubmissionId = input.winnerSubmissionId();
        c.finalNote = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        if (c.stage == ChallengeStage.FINAL) {
            c.updatedAt = OffsetDateTime.now();
            audit.record(Challenge.ENTITY, c.id, "final", c.stage, c.stage, c.finalNote);
        } else {
            move(c, ChallengeStage.FINAL, "final", c.finalNote);
        }
        return ReviewApi.ReviewState.of(c);
    }

    /** 公示: FINAL → PUBLICISED; objections are taken for the challenge's objection days; all teams are told. */
    @Transactional
    public ReviewApi.ReviewState publicise(Caller staff, long challengeId) {
        ReviewerService.requireStaff(staff);
        Challenge c = locked(challengeId);
        if (c.winnerSubmissionId == null) {
            throw new Idempotency.UnprocessableException("winnerSubmissionId", "record the final round first");
        }
        move(c, ChallengeStage.PUBLICISED, "publicise", null);
        c.publicisedAt = OffsetDateTime.now();
        c.objectionEndsAt = c.publicisedAt.plusDays(c.objectionDays);
        tellTeams(c, "publicised:" + c.publicisedAt.toEpochSecond(), "challenge.publicised", c.title);
        return ReviewApi.ReviewState.of(c);
    }

    /** An objection by a member of a verified organisation during the publicity (422 naming the period after it). */
    @Transactional
    public ChallengeObjection object(Caller member, long challengeId, ReviewApi.ObjectionRequest input) {
        validation.check(input);
        Challenge c = publicChallenge(challengeId);
        if (!takesObjections(c)) {
            throw new Idempotency.UnprocessableException("objectionPeriod", "objections are taken during the publicity only");
        }
        ChallengeObjection o = new ChallengeObjection();
        o.challengeId = c.id;
        o.raisedBy = member.userId();
        o.organisationId = member.organisationId();
        o.reason = input.reason().strip();
        objections.persist(o);
        audit.record(ChallengeObjection.ENTITY, o.id, "raise", null, null, null);
        return o;
    }

    /** A challenge the public may see (404 for a draft). */
    public Challenge publicChallenge(long challengeId) {
        Challenge c = get(challengeId);
        if (!c.stage.isPublic()) {
            throw new NotFoundException(Challenge.ENTITY, challengeId);
        }
        return c;
    }

    /** Whether the result is publicised and its objection period runs (server time). */
    public boolean takesObjections(Challenge c) {
        return c.stage == ChallengeStage.PUBLICISED && c.objectionEndsAt != null
                && OffsetDateTime.now().isBefore(c.objectionEndsAt);
    }

    /** The challenge an objection is about (staff only). */
    public long objectionChallenge(Caller staff, long objectionId) {
        ReviewerService.requireStaff(staff);
        return objections.findByIdOptional(objectionId).map(o -> o.challengeId)
                .orElseThrow(() -> new NotFoundException(ChallengeObjection.ENTITY, objectionId));
    }

    public List<ChallengeObjection> objections(Caller staff, long challengeId) {
        ReviewerService.requireStaff(staff);
        get(challengeId);
        return objections.listOf(challengeId);
    }

    /** Staff decide an objection once: upheld sends the result back to the final round; the objector is told. */
    @Transactional
    public ChallengeObjection decideObjection(Caller staff, long objectionId, ReviewApi.ObjectionDecisionRequest input) {
        ReviewerService.requireStaff(staff);
        validation.check(input);
        ChallengeObjection o = objections.findForUpdate(objectionId)
                .orElseThrow(() -> new NotFoundException(ChallengeObjection.ENTITY, objectionId));
        Challenge c = locked(o.challengeId);
        o.decide(input.decision(), input.reason().strip(), staff.userId());
        audit.record(ChallengeObjection.ENTITY, o.id, "decide", null, o.decision, o.decisionReason);
        if (o.decision == ObjectionDecision.UPHELD && c.stage == ChallengeStage.PUBLICISED) {
            move(c, ChallengeStage.FINAL, "objection-upheld", o.decisionReason);
            c.objectionEndsAt = null;
        }
        notifications.notify(o.raisedBy, KIND, "objection:" + o.id, "/challenges/" + c.id,
                "challenge.objection.decided", c.title, "@challenge.objection." + o.decision);
        return o;
    }

    /**
     * 揭榜: after the objection period, with every objection decided → AWARDED and a contract draft between the
     * owner (buyer) and the winner (seller) for the bounty. The challenge row is locked: a second award is refused
     * and makes no second contract.
     */
    @Transactional
    public ReviewApi.ReviewState award(Caller staff, long challengeId) {
        ReviewerService.requireStaff(staff);
        Challenge c = locked(challengeId);
        if (c.stage != ChallengeStage.PUBLICISED) {
            throw new ConflictException(Challenge.ENTITY + " cannot move from " + c.stage + " to " + ChallengeStage.AWARDED);
        }
        if (OffsetDateTime.now().isBefore(c.objectionEndsAt)) {
            throw new Idempotency.UnprocessableException("objectionPeriod", "the objection period has not ended");
        }
        if (objections.countUndecided(c.id) > 0) {
            throw new Idempotency.UnprocessableException("objections", "decide every objection first");
        }
        ChallengeSubmission winner = submissions.findUnsealed(c.winnerSubmissionId).orElseThrow();
        Contract draft = contracts.draftForAward(c.ownerOrganisationId, winner.organisationId, c.title, c.bountyFen,
                c.needId, staff.userId());
        c.contractId = draft.id;
        c.decidedAt = OffsetDateTime.now();
        move(c, ChallengeStage.AWARDED, "award", null);
        String link = "/contracts/" + draft.id;
        notifications.notifyMembers(winner.organisationId, null, KIND, "challenge:" + c.id + ":awarded", link,
                "challenge.awarded.winner", c.title);
        notifications.notifyMembers(c.ownerOrganisationId, null, KIND, "challenge:" + c.id + ":awarded", link,
                "challenge.awarded.owner", c.title, winner.title);
        return ReviewApi.ReviewState.of(c);
    }

    /** 未揭榜: no award, with a reason, from CLOSED to PUBLICISED; teams and owner are told. */
    @Transactional
    public ReviewApi.ReviewState noAward(Caller staff, long challengeId, ReviewApi.NoAwardRequest input) {
        ReviewerService.requireStaff(staff);
        validation.check(input);
        Challenge c = locked(challengeId);
        c.decidedAt = OffsetDateTime.now();
        move(c, ChallengeStage.NO_AWARD, "no-award", input.reason().strip());
        tellTeams(c, "no-award", "challenge.no_award", c.title);
        notifications.notifyMembers(c.ownerOrganisationId, null, KIND, "challenge:" + c.id + ":no-award",
                "/challenges/" + c.id, "challenge.no_award", c.title);
        return ReviewApi.ReviewState.of(c);
    }

    private Challenge reviewable(long challengeId) {
        Challenge c = get(challengeId);
        if (!c.stage.isUnsealed() || c.stage.isEnded()) {
            throw new ConflictException("Reviewers take part from the deadline to the decision");
        }
        return c;
    }

    private Challenge locked(long challengeId) {
        return challenges.findForUpdate(challengeId).orElseThrow(() -> new NotFoundException(Challenge.ENTITY, challengeId));
    }

    private void move(Challenge c, ChallengeStage to, String action, String reason) {
        ChallengeStage from = c.stage;
        c.moveTo(to);
        audit.record(Challenge.ENTITY, c.id, action, from, to, reason);
    }

    private void tellTeams(Challenge c, String event, String key, Object... values) {
        for (long team : reviews.teamsOf(c.id)) {
            notifications.notifyMembers(team, null, KIND, "challenge:" + c.id + ":" + event, "/challenges/" + c.id, key,
                    values);
        }
    }

    /** A timestamp from a native query, whichever type the driver gives. */
    static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }
}

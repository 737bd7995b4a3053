package org.techmarket.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.techmarket.account.AccountService;
import org.techmarket.account.OrganisationService;
import org.techmarket.account.PasswordResetService;
import org.techmarket.account.UserAccount;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.Caller;
import org.techmarket.common.ConflictException;
import org.techmarket.common.ForbiddenActionException;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.NotFoundException;
import org.techmarket.common.Roles;
import org.techmarket.common.Texts;
import org.techmarket.common.Validation;
import org.techmarket.notification.Notifications;

/**
 * 评审专家: the expert reviewers' side. Staff invite an expert (an account with the REVIEWER role in the market's
 * organisation, acting for none, and a one-time link to set a password; their employer is a conflict of interest
 * from the start); a reviewer declares conflicts, reads the submissions assigned to them and scores them.
 */
@ApplicationScoped
public class ReviewerService {

    public static final String CONFLICT_ENTITY = "ReviewerConflict";
    public static final String SCORE_ENTITY = "ChallengeScore";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ReviewRepository reviews;

    @Inject
    ChallengeRepository challenges;

    @Inject
    ChallengeSubmissionRepository submissions;

    @Inject
    AccountService accounts;

    @Inject
    OrganisationService organisations;

    @Inject
    PasswordResetService resets;

    @Inject
    AuditTrail audit;

    @Inject
    Validation validation;

    @Inject
    Texts texts;

    @Inject
    Notifications notifications;

    /** Staff create a reviewer's account and the link with which the expert sets a password. */
    @Transactional
    public ReviewApi.InvitedReviewer invite(Caller staff, ReviewApi.InviteReviewerRequest input) {
        requireStaff(staff);
        validation.check(input);
        Map<String, String> errors = new LinkedHashMap<>();
        if (accounts.usernameTaken(input.username().strip())) {
            errors.put("username", texts.get("techmarket.username.taken"));
        }
        if (input.employerOrganisationId() != null && organisations.find(input.employerOrganisationId()).isEmpty()) {
            errors.put("employerOrganisationId", "no such organisation");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // Nobody knows this password: the expert sets their own through the link.
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        UserAccount user = accounts.createMarketAccount(input.username().strip(),
                java.util.Base64.getUrlEncoder().encodeToString(secret), Roles.REVIEWER, input.displayName().strip(),
                input.email().strip());
        if (input.employerOrganisationId() != null) {
            reviews.declareConflict(user.id, input.employerOrganisationId(), texts.get("techmarket.reviewer.employer"));
            audit.record(CONFLICT_ENTITY, user.id, "declare-conflict", null, null,
                    org.techmarket.common.AuditTrail.reason("employer_conflict", input.employerOrganisationId()));
        }
        PasswordResetService.Issued link = resets.issueByStaff(staff, user.id);
        return new ReviewApi.InvitedReviewer(user.id, user.username, user.displayName, link.link(), link.expiresAt());
    }

    public List<ReviewApi.ReviewerView> reviewers(Caller staff) {
        requireStaff(staff);
        return reviews.reviewerAccounts().stream().map(r -> new ReviewApi.ReviewerView(((Number) r[0]).longValue(),
                (String) r[1], (String) r[2])).toList();
    }

    /** Whether an account is a reviewer (staff invite only those to a challenge). */
    public boolean isReviewer(long userId) {
        return accounts.findById(userId).filter(u -> Roles.REVIEWER.equals(u.role) && u.enabled).isPresent();
    }

    /**
     * A reviewer declares a conflict of interest with an organisation (a reason is required). Under the lock that
     * assignments take too, their assignments of that organisation's submissions in undecided challenges go, with
     * any scores: a conflicted review never counts. Later decided results are not reopened (the ranking leaves
     * conflicted scores out in any case).
     */
    @Transactional
    public ReviewApi.ConflictDeclared declareConflict(Caller reviewer, ReviewApi.ConflictRequest input) {
        validation.check(input);
        if (organisations.find(input.organisationId()).isEmpty()) {
            throw InvalidInputException.of("organisationId", "no such organisation");
        }
        reviews.lockReviewer(reviewer.userId());
        reviews.declareConflict(reviewer.userId(), input.organisationId(), input.reason().strip());
        int removed = reviews.removeConflicted(reviewer.userId(), input.organisationId());
        audit.record(CONFLICT_ENTITY, reviewer.userId(), "declare-conflict", null, null,
                "#" + input.organisationId() + " " + input.reason().strip());
        ReviewApi.ConflictView view = conflicts(reviewer).stream()
                .filter(c -> c.organisationId() == input.organisationId()).findFirst().orElseThrow();
        return new ReviewApi.ConflictDeclared(view, removed);
    }

    public List<ReviewApi.ConflictView> conflicts(Caller reviewer) {
        return reviews.conflictsOf(reviewer.userId()).stream().map(r -> new ReviewApi.ConflictView(
                ((Number) r[0]).longValue(), (String) r[1], (String) r[2], ReviewService.time(r[3]))).toList();
    }

    public List<ReviewApi.MyAssignment> assignments(Caller reviewer) {
        return reviews.assignmentsOfReviewer(reviewer.userId()).stream().map(r -> new ReviewApi.MyAssignment(
                ((Number) r[0]).longValue(), (String) r[1], ChallengeStage.valueOf((String) r[2]),
                ((Number) r[3]).longValue(), (String) r[4], r[5] != null)).toList();
    }

    /** An assigned submission, read only once unsealed, with the reviewer's scores so far. */
    public ReviewApi.SubmissionForReview submission(Caller reviewer, long submissionId) {
        ChallengeSubmission s = assigned(reviewer, submissionId, false);
        Challenge c = challenges.findByIdOptional(s.challengeId).orElseThrow();
        List<ReviewApi.ScoreItem> scores = new ArrayList<>();
        String comment = null;
        for (Object[] row : reviews.scoresOf(submissionId, reviewer.userId())) {
            scores.add(new ReviewApi.ScoreItem(((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
            comment = comment == null ? (String) row[2] : comment;
        }
        return new ReviewApi.SubmissionForReview(s.id, c.id, c.title, c.stage, s.title, s.description, s.teamMembers,
                s.plan, s.budgetFen, c.scoreMax, challenges.criteria(c.id).stream().map(ReviewApi.CriterionView::of)
                        .toList(), scores, comment, c.stage == ChallengeStage.UNDER_REVIEW);
    }

    /**
     * Scores every criterion of an assigned submission on the challenge's scale, with a comment; the review is then
     * complete. Editable while the challenge is under review (until the final round is recorded).
     */
    @Transactional
    public ReviewApi.SubmissionForReview score(Caller reviewer, long submissionId, ReviewApi.ScoreRequest input) {
        validation.check(input);
        reviews.lockReviewer(reviewer.userId());
        ChallengeSubmission s = assigned(reviewer, submissionId, true);
        Challenge c = challenges.findByIdOptional(s.challengeId).orElseThrow();
        if (c.stage != ChallengeStage.UNDER_REVIEW) {
            throw new ConflictException("Scores are given while the challenge is under review");
        }
        List<ChallengeCriterion> criteria = challenges.criteria(c.id);
        Set<Long> known = new HashSet<>();
        criteria.forEach(k -> known.add(k.id));
        Map<Long, Integer> given = new HashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (ReviewApi.ScoreItem item : input.scores()) {
            String field = "scores." + item.criterionId();
            if (!known.contains(item.criterionId())) {
                errors.put(field, "not a criterion of this challenge");
            } else if (item.score() < 0 || item.score() > c.scoreMax) {
                errors.put(field, "between 0 and " + c.scoreMax);
            } else if (given.put(item.criterionId(), item.score()) != null) {
                errors.put(field, "scored twice");
            }
        }
        for (ChallengeCriterion k : criteria) {
            if (!given.containsKey(k.id) && !errors.containsKey("scores." + k.id)) {
                errors.put("scores." + k.id, "required");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
        given.forEach((criterion, score) -> reviews.saveScore(s.id, reviewer.userId(), criterion, score, comment));
        reviews.complete(s.id, reviewer.userId(), OffsetDateTime.now());
        audit.record(SCORE_ENTITY, s.id, "score", null, null, null);
        return submission(reviewer, submissionId);
    }

    /**
     * The submission if it is assigned to the reviewer and its team is not one they declared a conflict with;
     * read through the unsealed read. A submission not theirs reads as absent (404) on a page, and as a refusal
     * naming the field when they try to score it.
     */
    private ChallengeSubmission assigned(Caller reviewer, long submissionId, boolean scoring) {
        if (!Roles.REVIEWER.equals(reviewer.role())) {
            throw new ForbiddenActionException("Only the reviewers assigned to a submission score it");
        }
        ChallengeSubmission s = submissions.findUnsealed(submissionId).orElse(null);
        if (s == null || !reviews.isAssigned(submissionId, reviewer.userId())) {
            if (scoring) {
                throw InvalidInputException.of("submissionId", "not a submission assigned to you");
            }
            throw new NotFoundException(ChallengeSubmission.ENTITY, submissionId);
        }
        if (reviews.hasConflict(reviewer.userId(), s.organisationId)) {
            if (scoring) {
                throw InvalidInputException.of("organisation", "you declared a conflict of interest with this team");
            }
            throw new NotFoundException(ChallengeSubmission.ENTITY, submissionId);
        }
        return s;
    }

    static void requireStaff(Caller caller) {
        if (!caller.isStaff()) {
            throw new ForbiddenActionException("Only market staff run a challenge's review");
        }
    }
}

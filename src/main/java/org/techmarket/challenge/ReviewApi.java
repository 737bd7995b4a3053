package org.techmarket.challenge;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** The JSON shapes of the challenge review: reviewers, conflicts, assignments, scores, ranking, final, publicity, award. */
public final class ReviewApi {

    private ReviewApi() {
    }

    /** Staff invite an expert: an account with the REVIEWER role; the employer becomes a conflict of interest. */
    public record InviteReviewerRequest(
            @NotBlank @Size(min = 3, max = 40) @Pattern(regexp = "[A-Za-z0-9_.-]*", message = "{techmarket.username.chars}")
            String username,
            @NotBlank @Size(max = 50) String displayName,
            @NotBlank @Email @Size(max = 120) String email,
            Long employerOrganisationId) {
    }

    /** The new reviewer and the one-time link (valid one hour) with which they set their password. */
    public record InvitedReviewer(long id, String username, String displayName, String invitationLink,
            OffsetDateTime linkExpiresAt) {
    }

    public record ReviewerView(long id, String username, String displayName) {
    }

    public record ChallengeReviewerRequest(@NotNull Long reviewerId) {
    }

    public record AssignmentRequest(@NotNull Long submissionId, @NotNull Long reviewerId) {
    }

    public record AssignmentView(long submissionId, long reviewerId, String reviewerName, boolean complete) {
    }

    public record ConflictRequest(@NotNull Long organisationId, @NotBlank @Size(max = 500) String reason) {
    }

    public record ConflictView(long organisationId, String organisationName, String reason, OffsetDateTime declaredAt) {
    }

    /** A conflict declared, and how many not-yet-decided assignments of that organisation it removed. */
    public record ConflictDeclared(ConflictView conflict, int assignmentsRemoved) {
    }

    public record MyAssignment(long challengeId, String challengeTitle, ChallengeStage stage, long submissionId,
            String submissionTitle, boolean complete) {
    }

    public record CriterionView(long id, int position, String name, String description, int weight) {
        static CriterionView of(ChallengeCriterion c) {
            return new CriterionView(c.id, c.position, c.name, c.description, c.weight);
        }
    }

    public record ScoreItem(@NotNull Long criterionId, @NotNull Integer score) {
    }

    /** Every criterion of the challenge scored on its scale, and a comment. */
    public record ScoreRequest(@NotNull List<@Valid @NotNull ScoreItem> scores, @Size(max = 2000) String comment) {
    }

    /** An assigned submission as its reviewer reads it, with their scores so far. */
    public record SubmissionForReview(long id, long challengeId, String challengeTitle, ChallengeStage stage,
            String title, String description, String teamMembers, String plan, long budgetFen, int scoreMax,
            List<CriterionView> criteria, List<ScoreItem> scores, String comment, boolean editable) {
    }

    public record ReviewerScore(long reviewerId, String reviewerName, BigDecimal score) {
    }

    /**
     * A submission's line in the ranking: each reviewer's weighted score on 0..100 (null until their review is
     * complete), the mean, the spread between reviewers (flagged above 20 points) and how many reviews are in.
     */
    public record RankedSubmission(int rank, long submissionId, String title, long organisationId,
            String organisationName, List<ReviewerScore> reviewers, BigDecimal mean, BigDecimal spread,
            boolean spreadFlagged, int reviewsIn, int reviewsAssigned, boolean shortlisted, BigDecimal finalScore,
            boolean winner) {
    }

    public record RankingView(long challengeId, ChallengeStage stage, int reviewsIn, int reviewsAssigned,
            List<RankedSubmission> submissions) {
    }

    public record ShortlistRequest(@NotNull List<@NotNull Long> submissionIds) {
    }

    public record FinalScore(@NotNull Long submissionId,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal score) {
    }

    /** The final round: a score per shortlisted team, the winner (one of them) and a note. */
    public record FinalRequest(@NotNull List<@Valid @NotNull FinalScore> scores, @NotNull Long winnerSubmissionId,
            @Size(max = 2000) String note) {
    }

    public record ObjectionRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    public record ObjectionView(long id, long challengeId, long organisationId, String reason, OffsetDateTime raisedAt,
            ObjectionDecision decision, String decisionReason, OffsetDateTime decidedAt) {
        static ObjectionView of(ChallengeObjection o) {
            return new ObjectionView(o.id, o.challengeId, o.organisationId, o.reason, o.raisedAt, o.decision,
                    o.decisionReason, o.decidedAt);
        }
    }

    public record ObjectionDecisionRequest(@NotNull ObjectionDecision decision, @NotBlank @Size(max = 2000) String reason) {
    }

    public record NoAwardRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    /** Where a challenge's review stands after a step. */
    public record ReviewState(long challengeId, ChallengeStage stage, Long winnerSubmissionId, String finalNote,
            OffsetDateTime publicisedAt, OffsetDateTime objectionEndsAt, Long contractId) {
        static ReviewState of(Challenge c) {
            return new ReviewState(c.id, c.stage, c.winnerSubmissionId, c.finalNote, c.publicisedAt, c.objectionEndsAt,
                    c.contractId);
        }
    }
}

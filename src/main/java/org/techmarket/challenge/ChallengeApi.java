package org.techmarket.challenge;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.techmarket.common.MoneyInput;

/** The challenge API's records: what it reads ({@code …Request}) and what it answers ({@code …View}). Amounts in fen. */
public final class ChallengeApi {

    private ChallengeApi() {
    }

    public static final int MAX_CRITERIA = 10;
    public static final int MAX_ATTACHMENTS = 5;

    /** A challenge as staff write it: from a published need (owner = the need's organisation) or a government problem. */
    public record ChallengeRequest(
            @NotNull ChallengeSource source,
            Long needId,
            Long ownerOrganisationId,
            @Size(max = 200) String title,
            @Size(max = 8000) String problem,
            String field,
            String regionCode,
            @NotNull @Positive @Max(MoneyInput.MAX_FEN) Long bountyFen,
            @NotNull OffsetDateTime deadline,
            @NotBlank @Size(max = 2000) String eligibility,
            @Min(1) @Max(100) Integer scoreMax,
            @Min(1) @Max(60) Integer objectionDays,
            List<@Valid CriterionRequest> criteria) {
    }

    public record CriterionRequest(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 500) String description,
            @NotNull @Min(1) @Max(100) Integer weight) {
    }

    public record CriterionView(long id, int position, String name, String description, int weight) {
        static CriterionView of(ChallengeCriterion c) {
            return new CriterionView(c.id, c.position, c.name, c.description, c.weight);
        }
    }

    public record ChallengeView(long id, String title, String problem, ChallengeSource source, Long needId,
            long ownerOrganisationId, String ownerName, String field, String regionCode, long bountyFen,
            String eligibility, int scoreMax, OffsetDateTime deadline, int objectionDays, ChallengeStage stage,
            OffsetDateTime openedAt, OffsetDateTime closedAt, long teams, List<CriterionView> criteria) {

        static ChallengeView of(Challenge c, String ownerName, long teams, List<ChallengeCriterion> criteria) {
            return new ChallengeView(c.id, c.title, c.problem, c.source, c.needId, c.ownerOrganisationId, ownerName,
                    c.field, c.regionCode, c.bountyFen, c.eligibility, c.scoreMax, c.deadline, c.objectionDays, c.stage,
                    c.openedAt, c.closedAt, teams, criteria.stream().map(CriterionView::of).toList());
        }
    }

    /** A team's solution. Saved again before the deadline, it replaces the text of the team's one submission. */
    public record SubmissionRequest(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 8000) String description,
            @NotBlank @Size(max = 2000) String teamMembers,
            @NotBlank @Size(max = 8000) String plan,
            @NotNull @Positive @Max(MoneyInput.MAX_FEN) Long budgetFen) {
    }

    public record AttachmentView(long id, String fileName, int sizeBytes, String sha256, OffsetDateTime uploadedAt) {
    }

    public record SubmissionView(long id, long challengeId, long organisationId, String organisationName, String title,
            String description, String teamMembers, String plan, long budgetFen, OffsetDateTime submittedAt,
            OffsetDateTime updatedAt, List<AttachmentView> attachments) {

        static SubmissionView of(ChallengeSubmission s, String organisationName, List<AttachmentView> attachments) {
            return new SubmissionView(s.id, s.challengeId, s.organisationId, organisationName, s.title, s.description,
                    s.teamMembers, s.plan, s.budgetFen, s.submittedAt, s.updatedAt, attachments);
        }
    }

    /** A result that matches the challenge and its organisation (a team to invite); score null for a text search. */
    public record SuggestionView(long resultId, String title, long organisationId, String organisationName,
            Double score) {

        /** The engine's score as a percentage, for pages. */
        public Integer percent() {
            return score == null ? null : (int) Math.round(score * 100);
        }
    }
}

package org.techmarket.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.techmarket.common.StateTransitionException;

/** 揭榜挂帅: a problem, its bounty, deadline and criteria, and where it stands from draft to award. */
@Entity
@Table(name = "challenge")
public class Challenge {

    public static final String ENTITY = "Challenge";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String title;

    /** The problem to solve and the expected outcome. */
    @Column(nullable = false)
    public String problem;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChallengeSource source;

    @Column(name = "need_id")
    public Long needId;

    /** The enterprise or department that poses the problem and signs with the winner. */
    @Column(name = "owner_organisation_id", nullable = false)
    public long ownerOrganisationId;

    public String field;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "bounty_fen", nullable = false)
    public long bountyFen;

    @Column(nullable = false)
    public String eligibility;

    /** Each criterion is scored from 0 to this. */
    @Column(name = "score_max", nullable = false)
    public short scoreMax = 10;

    /** Submissions are accepted until this instant (server time) and sealed until it has passed. */
    @Column(nullable = false)
    public OffsetDateTime deadline;

    @Column(name = "objection_days", nullable = false)
    public short objectionDays = 7;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChallengeStage stage = ChallengeStage.DRAFT;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "winner_submission_id")
    public Long winnerSubmissionId;
    @Column(name = "final_note")
    public String finalNote;

    @Column(name = "publicised_at")
    public OffsetDateTime publicisedAt;
    @Column(name = "objection_ends_at")
    public OffsetDateTime objectionEndsAt;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "contract_id")
    public Long contractId;

    @Column(name = "created_by", nullable = false)
    public long createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    @Version
    public long version;

    /** Whether the deadline has passed by the given server time. */
    public boolean isPastDeadline(OffsetDateTime now) {
        return !now.isBefore(deadline);
    }

    /** Moves the challenge to the next stage or refuses with the two stages named. */
    public void moveTo(ChallengeStage target) {
        if (!stage.canMoveTo(target)) {
            throw new StateTransitionException(ENTITY, stage, target);
        }
        stage = target;
        updatedAt = OffsetDateTime.now();
    }
}

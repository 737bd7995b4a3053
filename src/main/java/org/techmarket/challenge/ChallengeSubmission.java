package org.techmarket.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A team's solution (揭榜方案): one per organisation and challenge, edited until the deadline. Sealed until
 * then: only reads that name the team's organisation may return it (see {@link ChallengeSubmissionRepository}).
 */
@Entity
@Table(name = "challenge_submission")
public class ChallengeSubmission {

    public static final String ENTITY = "ChallengeSubmission";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "challenge_id", nullable = false)
    public long challengeId;

    @Column(name = "organisation_id", nullable = false)
    public long organisationId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Column(name = "team_members", nullable = false)
    public String teamMembers;

    @Column(nullable = false)
    public String plan;

    @Column(name = "budget_fen", nullable = false)
    public long budgetFen;

    @Column(name = "submitted_by", nullable = false)
    public long submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt = OffsetDateTime.now();

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    @Column(nullable = false)
    public boolean shortlisted;

    /** The final round's score, recorded by staff for shortlisted teams. */
    @Column(name = "final_score")
    public BigDecimal finalScore;

    @Version
    public long version;
}

package org.techmarket.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.techmarket.common.ConflictException;

/** 异议: an objection to a publicised result, raised by a member of a verified organisation and decided once by staff. */
@Entity
@Table(name = "challenge_objection")
public class ChallengeObjection {

    public static final String ENTITY = "ChallengeObjection";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "challenge_id", nullable = false)
    public long challengeId;

    @Column(name = "raised_by", nullable = false)
    public long raisedBy;

    @Column(name = "organisation_id", nullable = false)
    public long organisationId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "raised_at", nullable = false)
    public OffsetDateTime raisedAt = OffsetDateTime.now();

    @Enumerated(EnumType.STRING)
    public ObjectionDecision decision;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_by")
    public Long decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    public boolean isDecided() {
        return decision != null;
    }

    /** Decides the objection once; a second decision is refused. */
    public void decide(ObjectionDecision outcome, String why, long staffId) {
        if (isDecided()) {
            throw new ConflictException("This objection has already been decided");
        }
        decision = outcome;
        decisionReason = why;
        decidedBy = staffId;
        decidedAt = OffsetDateTime.now();
    }
}

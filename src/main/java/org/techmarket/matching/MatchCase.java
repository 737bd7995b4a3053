package org.techmarket.matching;

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
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.StateTransitionException;

/** 供需对接案例: market staff or a party carry the contact between one need and one result toward a deal. */
@Entity
@Table(name = "match_case")
public class MatchCase {

    public static final String ENTITY = "MatchCase";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "need_id", nullable = false)
    public long needId;

    @Column(name = "result_id", nullable = false)
    public long resultId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status = CaseStatus.RECOMMENDED;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason")
    public DeclineReason declineReason;

    public String comment;

    @Column(name = "opened_by", nullable = false)
    public long openedBy;

    public Float score;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    @Version
    public long version;

    /** Moves the case on; a decline needs a reason code. */
    public void moveTo(CaseStatus target, DeclineReason reason, String note) {
        if (target == null) {
            throw InvalidInputException.of("status", "CONTACTED, NEGOTIATING, AGREED or DECLINED");
        }
        if (target == CaseStatus.DECLINED && reason == null) {
            throw InvalidInputException.of("reasonCode", "a decline needs a reason code");
        }
        if (!status.canMoveTo(target)) {
            throw new StateTransitionException(ENTITY, status, target);
        }
        status = target;
        declineReason = target == CaseStatus.DECLINED ? reason : null;
        comment = note == null || note.isBlank() ? comment : note.strip();
        updatedAt = OffsetDateTime.now();
    }
}

package org.techmarket.challenge;

import java.util.Map;
import java.util.Set;
import org.techmarket.common.LabelKeys;

/**
 * DRAFT → OPEN (teams submit) → CLOSED (deadline passed, submissions unsealed) → UNDER_REVIEW (reviewers
 * score) → FINAL (final round and winner recorded) → PUBLICISED (公示, objection period) → AWARDED | NO_AWARD.
 * A challenge without any submission may end NO_AWARD from CLOSED; an objection upheld during the publicity
 * sends it back to FINAL.
 */
@LabelKeys("cgstage")
public enum ChallengeStage {
    DRAFT, OPEN, CLOSED, UNDER_REVIEW, FINAL, PUBLICISED, AWARDED, NO_AWARD;

    private static final Map<ChallengeStage, Set<ChallengeStage>> NEXT = Map.of(
            DRAFT, Set.of(OPEN),
            OPEN, Set.of(CLOSED),
            CLOSED, Set.of(UNDER_REVIEW, NO_AWARD),
            UNDER_REVIEW, Set.of(FINAL, NO_AWARD),
            FINAL, Set.of(PUBLICISED, NO_AWARD),
            PUBLICISED, Set.of(AWARDED, FINAL, NO_AWARD),
            AWARDED, Set.of(),
            NO_AWARD, Set.of());

    public boolean canMoveTo(ChallengeStage target) {
        return NEXT.get(this).contains(target);
    }

    /** Stages in which submissions are unsealed: the deadline has passed. */
    public boolean isUnsealed() {
        return this != DRAFT && this != OPEN;
    }

    /** Stages shown to the public. */
    public boolean isPublic() {
        return this != DRAFT;
    }

    public boolean isEnded() {
        return this == AWARDED || this == NO_AWARD;
    }
}

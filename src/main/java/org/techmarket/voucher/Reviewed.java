package org.techmarket.voucher;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.techmarket.common.ConflictException;
import org.techmarket.common.InvalidInputException;

/** What staff approve or reject once: provider registrations, voucher applications, redemptions. */
@MappedSuperclass
public abstract class Reviewed {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewStatus status = ReviewStatus.SUBMITTED;
    public String reason;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    @Version
    public long version;

    /** Checks a decision before anything moves: decided once (409), a reason to reject (400), at most 500 characters. */
    public void checkDecision(boolean approve, String reason, String what) {
        if (!status.canMoveTo(ReviewStatus.decided(approve))) {
            throw new ConflictException("This " + what + " has already been decided");
        }
        if (!approve && (reason == null || reason.isBlank())) {
            throw InvalidInputException.of("reason", "a reason is required to reject");
        }
        if (reason != null && reason.length() > 500) {
            throw InvalidInputException.of("reason", "at most 500 characters");
        }
    }

    /** A rejected one comes back for a new decision (where the feature allows it). */
    public void resubmit() {
        if (status != ReviewStatus.REJECTED) {
            throw new ConflictException("Only a rejected one is submitted again");
        }
        status = ReviewStatus.SUBMITTED;
        reason = null;
        decidedAt = null;
        createdAt = OffsetDateTime.now();
    }

    /** Records the decision (after {@link #checkDecision}). */
    public void decide(boolean approve, String reason) {
        status = ReviewStatus.decided(approve);
        this.reason = reason;
        decidedAt = OffsetDateTime.now();
    }
}

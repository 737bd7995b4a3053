package org.techmarket.common;

import java.time.Duration;

/**
 * A login that was not checked at all: the client address made too many failed logins
 * ({@link Reason#THROTTLED}, 429) or every password check is busy ({@link Reason#BUSY}, 503).
 * Both say when to try again.
 */
public class LoginRefusedException extends RuntimeException {

    public enum Reason { THROTTLED, BUSY }

    private final Reason reason;
    private final Duration retryAfter;

    public LoginRefusedException(Reason reason, Duration retryAfter) {
        super(reason == Reason.BUSY ? "Too many logins at once; try again shortly"
                : "Too many failed logins from this address; try again later");
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds());
    }
}

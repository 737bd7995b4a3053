package org.techmarket.account;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.quarkus.elytron.security.common.BcryptUtil;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.techmarket.common.LoginRefusedException;

/**
 * What stands between a login attempt and the CPU: a token bucket of failed logins per client
 * address (Bucket4j; a full bucket answers 429 before any password is checked) and a bound on
 * password checks running at once (bcrypt costs tens of milliseconds of CPU; a check that cannot
 * start within the queue wait answers 503). Neither holds a database connection.
 */
final class LoginGate {

    private final LoadingCache<String, Bucket> failuresByAddress;
    private final Semaphore checks;
    private final Duration queueWait;
    private final Duration window;

    LoginGate(int addressFailures, Duration window, int parallelChecks, Duration queueWait) {
        this.window = window;
        this.queueWait = queueWait;
        this.checks = new Semaphore(parallelChecks > 0 ? parallelChecks : Runtime.getRuntime().availableProcessors(),
                true);
        Bandwidth limit = Bandwidth.builder().capacity(addressFailures).refillGreedy(addressFailures, window).build();
        this.failuresByAddress = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window.multipliedBy(2))
                .build(address -> Bucket.builder().addLimit(limit).build());
    }

    /** Refuses (429) when the address has used up its failed logins. */
    void admit(String address) {
        if (address != null && failuresByAddress.get(address).getAvailableTokens() <= 0) {
            throw new LoginRefusedException(LoginRefusedException.Reason.THROTTLED, window);
        }
    }

    void failed(String address) {
        if (address != null) {
            failuresByAddress.get(address).tryConsume(1);
        }
    }

    /** bcrypt comparison, at most N at once; 503 when no check frees up within the queue wait. */
    boolean matches(String password, String hash) {
        boolean acquired;
        try {
            acquired = checks.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new LoginRefusedException(LoginRefusedException.Reason.BUSY, Duration.ofSeconds(1));
        }
        try {
            return BcryptUtil.matches(password, hash);
        } finally {
            checks.release();
        }
    }
}

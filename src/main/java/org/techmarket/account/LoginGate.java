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
 * address (Bucket4j; a full bucket answers 429 before any password is checked), one per account and
 * address (after {@code max-failures} wrong passwords that address is refused for the account until the
 * lock duration has passed, whatever it tries — other addresses are not), and a bound on
 * password checks running at once (bcrypt costs tens of milliseconds of CPU; a check that cannot
 * start within the queue wait answers 503). Neither holds a database connection.
 */
final class LoginGate {

    private final LoadingCache<String, Bucket> failuresByAddress;
    private final LoadingCache<String, Bucket> failuresByAccountAndAddress;
    private final Duration accountLock;
    private final Semaphore checks;
    private final Duration queueWait;
    private final Duration window;

    LoginGate(int addressFailures, Duration window, int parallelChecks, Duration queueWait) {
        this(addressFailures, window, parallelChecks, queueWait, 5, Duration.ofMinutes(15));
    }

    LoginGate(int addressFailures, Duration window, int parallelChecks, Duration queueWait, int accountFailures,
            Duration accountLock) {
        this.accountLock = accountLock;
        Bandwidth perAccount = Bandwidth.builder().capacity(accountFailures).refillIntervally(accountFailures, accountLock)
                .build();
        this.failuresByAccountAndAddress = Caffeine.newBuilder().maximumSize(200_000)
                .expireAfterAccess(accountLock.multipliedBy(2))
                .build(key -> Bucket.builder().addLimit(perAccount).build());
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

    /**
     * Whether this address has used up its wrong passwords for this account: the account is locked for
     * that address only, so that nobody can lock another person out by guessing from elsewhere.
     */
    boolean lockedFor(String username, String address) {
        Bucket bucket = failuresByAccountAndAddress.getIfPresent(key(username, address));
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    void failedFor(String username, String address) {
        failuresByAccountAndAddress.get(key(username, address)).tryConsume(1);
    }

    /** A right password forgives this address its earlier wrong ones for the account. */
    void succeededFor(String username, String address) {
        failuresByAccountAndAddress.invalidate(key(username, address));
    }

    private static String key(String username, String address) {
        return username.toLowerCase(java.util.Locale.ROOT) + "\u0000" + (address == null ? "" : address);
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

package org.techmarket.account;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.techmarket.common.IdentityAttributes;
import org.techmarket.common.InputGuard;
import org.techmarket.common.Standing;

/**
 * Checks passwords (bcrypt, as security-jpa stores them) and slows down guessing: after
 * {@code techmarket.login.max-failures} wrong passwords from one address an account is locked for that
 * address for {@code techmarket.login.lock-duration}, whatever password it tries meanwhile; after
 * {@code account-max-failures} wrong passwords in a row from anywhere (a distributed guess) it is locked
 * for everyone; a client address with too many failures is refused before any check ({@link LoginGate}). The password check runs
 * outside any transaction: the account is read in one short transaction and a failure counted in
 * another, so a burst of logins never holds pooled connections while bcrypt runs.
 */
@ApplicationScoped
public class LoginService {

    public static final String IDENTITY_CACHE = "session-identity";

    /** Compared against when the username is unknown, so that unknown and known names take as long. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("timing-equaliser-not-a-password");

    /** Separates the username from the session version in a session cookie's principal. */
    static final char SESSION_SEPARATOR = '#';

    @Inject
    UserAccountRepository users;

    @Inject
    AccountConfig config;

    @Inject
    @CacheName(IDENTITY_CACHE)
    Cache identities;

    private LoginGate gate;

    @PostConstruct
    void init() {
        var login = config.login();
        gate = new LoginGate(login.addressFailures(), login.addressWindow(), login.parallelChecks(), login.queueWait(),
                login.maxFailures(), login.lockDuration());
    }

    /** Empty when the login must be refused; throws {@code LoginRefusedException} when it was not even checked. */
    public Optional<SecurityIdentity> authenticate(String username, char[] password, String clientAddress) {
        if (username == null || username.isEmpty() || username.length() > 40
                || InputGuard.problem("j_username", username).isPresent()) {
            return Optional.empty();
        }
        gate.admit(clientAddress);
        String given = new String(password);
        Optional<LoginAccount> found = QuarkusTransaction.requiringNew().call(() -> users.findLoginAccount(username));
        if (found.isEmpty()) {
            gate.matches(given, DUMMY_HASH);
            gate.failed(clientAddress);
            return Optional.empty();
        }
        LoginAccount account = found.get();
        if (!account.user().enabled || account.user().isLocked(OffsetDateTime.now())
                || gate.lockedFor(username, clientAddress)) {
            gate.failed(clientAddress);
            return Optional.empty();
        }
        if (!gate.matches(given, account.user().passwordHash)) {
            QuarkusTransaction.requiringNew().run(() -> users.recordFailedLogin(account.user().id,
                    config.login().accountMaxFailures(), config.login().lockDuration()));
            gate.failed(clientAddress);
            gate.failedFor(username, clientAddress);
            return Optional.empty();
        }
        gate.succeededFor(username, clientAddress);
        if (account.user().failedLogins > 0) {
            QuarkusTransaction.requiringNew().run(() -> users.resetFailedLogins(account.user().id));
        }
        return Optional.of(identityOf(account, true));
    }

    /**
     * The identity behind a valid session cookie, whose principal is {@code username#sessionVersion}:
     * empty when the account is gone or disabled, or when the session has been ended since (logout or
     * password change bump the version). Re-read from the database at most every few seconds per
     * user and replica ({@link #currentIdentity}), so role, standing and session changes reach every
     * replica within that time.
     */
    public Optional<SecurityIdentity> identityForSession(String sessionPrincipal) {
        int at = sessionPrincipal.lastIndexOf(SESSION_SEPARATOR);
        if (at <= 0) {
            return Optional.empty();
        }
        String username = sessionPrincipal.substring(0, at);
        String version = sessionPrincipal.substring(at + 1);
        return currentIdentity(username).filter(identity -> version.equals(
                String.valueOf(identity.<Integer>getAttribute(IdentityAttributes.SESSION_VERSION))));
    }

    /** Cached by username ({@code quarkus.cache.caffeine."session-identity".expire-after-write}). */
    @CacheResult(cacheName = IDENTITY_CACHE)
    public Optional<SecurityIdentity> currentIdentity(String username) {
        return QuarkusTransaction.requiringNew().call(() -> users.findLoginAccount(username))
                .filter(a -> a.user().enabled).map(a -> identityOf(a, true));
    }

    /** A bounded bcrypt check of a password the user gives again (password change). */
    public boolean passwordMatches(String password, String hash) {
        return gate.matches(password, hash);
    }

    /** Forgets what this replica cached of a user (after logout, password change, approval, verification). */
    public void forget(String username) {
        identities.invalidate(username).await().indefinitely();
    }

    public void forgetAll() {
        identities.invalidateAll().await().indefinitely();
    }

    /**
     * The identity of an account; for a session cookie ({@code forSession}) the principal carries the
     * session version so that ending the session can be checked on every request.
     */
    static SecurityIdentity identityOf(LoginAccount account, boolean forSession) {
        UserAccount user = account.user();
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(forSession ? user.username + SESSION_SEPARATOR + user.sessionVersion
                        : user.username))
                .addRole(user.role)
                .addAttribute(IdentityAttributes.USER_ID, user.id)
                .addAttribute(IdentityAttributes.USERNAME, user.username)
                .addAttribute(IdentityAttributes.ORGANISATION_ID, user.organisationId)
                .addAttribute(IdentityAttributes.DISPLAY_NAME, user.displayName)
                .addAttribute(IdentityAttributes.SESSION_VERSION, user.sessionVersion)
                .addAttribute(IdentityAttributes.STANDING, Standing.of(user.role, user.membershipApproved,
                        account.organisationVerified()))
                .build();
    }

    /** An account with what the access policy needs of its organisation. */
    public record LoginAccount(UserAccount user, boolean organisationVerified) {
    }
}

package org.techmarket.account;

import io.quarkus.cache.CacheResult;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.techmarket.common.IdentityAttributes;
import org.techmarket.common.TechMarketConfig;

/**
 * Checks passwords (bcrypt, as security-jpa stores them) and slows down guessing: after
 * {@code techmarket.login.max-failures} wrong passwords in a row an account is locked for
 * {@code techmarket.login.lock-duration}, whatever password is tried meanwhile.
 */
@ApplicationScoped
public class LoginService {

    /** Compared against when the username is unknown, so that unknown and known names take as long. */
    public static final String IDENTITY_CACHE = "session-identity";

    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("timing-equaliser-not-a-password");

    @Inject
    UserAccountRepository users;

    @Inject
    TechMarketConfig config;

    /** Empty when the login must be refused. Commits the failure count even when refusing. */
    @Transactional
    public Optional<SecurityIdentity> authenticate(String username, char[] password) {
        String given = new String(password);
        Optional<UserAccount> found = users.findByUsername(username);
        if (found.isEmpty()) {
            BcryptUtil.matches(given, DUMMY_HASH);
            return Optional.empty();
        }
        UserAccount user = found.get();
        if (!user.enabled || user.isLocked(OffsetDateTime.now())) {
            return Optional.empty();
        }
        if (!BcryptUtil.matches(given, user.passwordHash)) {
            users.recordFailedLogin(user.id, config.login().maxFailures(), config.login().lockDuration());
            return Optional.empty();
        }
        users.resetFailedLogins(user.id);
        return Optional.of(identityOf(user));
    }

    /**
     * The identity behind a valid session cookie, re-read from the database so that role changes and
     * disabling apply without a new login. Kept for a few seconds ({@code quarkus.cache.caffeine.
     * "session-identity".expire-after-write}) so that a busy client does not cost a transaction per
     * request; a change reaches every replica within that time.
     */
    @CacheResult(cacheName = IDENTITY_CACHE)
    @Transactional
    public Optional<SecurityIdentity> identityFor(String username) {
        return users.findByUsername(username).filter(u -> u.enabled).map(LoginService::identityOf);
    }

    static SecurityIdentity identityOf(UserAccount user) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRole(user.role)
                .addAttribute(IdentityAttributes.USER_ID, user.id)
                .addAttribute(IdentityAttributes.ORGANISATION_ID, user.organisationId)
                .addAttribute(IdentityAttributes.DISPLAY_NAME, user.displayName)
                .build();
    }
}

package org.techmarket.account;

import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheResult;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.Caller;
import org.techmarket.common.ConflictException;
import org.techmarket.common.Hashes;
import org.techmarket.common.InputGuard;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.NotFoundException;

/**
 * Personal API tokens: made by their owner with their password (the secret shown once), valid a year
 * unless said otherwise, listed without their secret, revoked by their owner — and all of them when the
 * password changes or is reset or the owner ends all sessions. A request with {@code Authorization: Bearer tm_…} is the owner, with the
 * owner's role and standing; a revoked token stops working within the cache time (5 s) on every
 * replica, at once on the one that revoked it.
 */
@ApplicationScoped
public class ApiTokenService {

    public static final String PREFIX = "tm_";
    static final String TOKEN_CACHE = "api-token-identity";
    private static final int MAX_TOKENS = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ApiTokenRepository tokens;

    @Inject
    UserAccountRepository users;

    @Inject
    AuditTrail audit;

    @Inject
    LoginService logins;

    @Inject
    org.techmarket.common.Texts texts;

    public record Created(ApiToken token, String secret) {
    }

    /** Tokens live a year unless their owner says otherwise (at most ten years). */
    static final int DEFAULT_VALID_DAYS = 365;

    /**
     * A new token for its owner, who gives their password again: a stolen session or token cannot
     * make itself a lasting credential.
     */
    @Transactional
    @CacheInvalidateAll(cacheName = TOKEN_CACHE)
    public Created create(Caller owner, String currentPassword, String name, Integer validDays) {
        UserAccount user = users.findByIdOptional(owner.userId()).orElseThrow(() -> new NotFoundException("User", owner.userId()));
        if (currentPassword == null || currentPassword.isEmpty() || !logins.passwordMatches(currentPassword, user.passwordHash)) {
            throw InvalidInputException.of("currentPassword", texts.get("techmarket.password.current"));
        }
        if (name == null || name.isBlank() || name.strip().length() > 60) {
            throw InvalidInputException.of("name", "1–60 characters");
        }
        InputGuard.check("name", name);
        if (validDays != null && (validDays < 1 || validDays > 3650)) {
            throw InvalidInputException.of("validDays", "1–3650 days (empty: " + DEFAULT_VALID_DAYS + ")");
        }
        if (tokens.countUsableByUser(owner.userId()) >= MAX_TOKENS) {
            throw new ConflictException("At most " + MAX_TOKENS + " tokens per person; revoke one first");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = new ApiToken();
        token.userId = owner.userId();
        token.name = name.strip();
        token.tokenHash = Hashes.sha256(secret);
        token.prefix = secret.substring(0, 9);
        token.expiresAt = OffsetDateTime.now().plusDays(validDays == null ? DEFAULT_VALID_DAYS : validDays);
        tokens.persist(token);
        audit.record("ApiToken", token.id, "create", null, "ACTIVE", token.name);
        return new Created(token, secret);
    }

    public List<ApiToken> list(Caller owner) {
        return tokens.listByUser(owner.userId());
    }

    @Transactional
    @CacheInvalidateAll(cacheName = TOKEN_CACHE)
    public ApiToken revoke(Caller owner, long tokenId) {
        ApiToken token = tokens.findByIdOptional(tokenId).filter(t -> t.userId == owner.userId())
                .orElseThrow(() -> new NotFoundException("ApiToken", tokenId));
        if (token.revokedAt == null) {
            token.revoke();
            audit.record("ApiToken", token.id, "revoke", "ACTIVE", "REVOKED", null);
        }
        return token;
    }

    /** Revokes every token of a person: their password changed or was reset, or they ended all sessions. */
    @Transactional(Transactional.TxType.MANDATORY)
    @CacheInvalidateAll(cacheName = TOKEN_CACHE)
    public void revokeAll(long userId) {
        if (tokens.revokeAll(userId) > 0) {
            audit.record("ApiToken", userId, "revoke-all", "ACTIVE", "REVOKED", org.techmarket.common.AuditTrail.reason("for_user", userId));
        }
    }

    /** The identity a bearer secret stands for; empty when unknown, revoked, expired, or its owner disabled. */
    @CacheResult(cacheName = TOKEN_CACHE)
    public Optional<SecurityIdentity> identityFor(String secretHash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<ApiToken> token = tokens.findByHash(secretHash).filter(t -> t.isUsable(OffsetDateTime.now()));
            if (token.isEmpty()) {
                return Optional.<SecurityIdentity>empty();
            }
            tokens.touch(token.get().id);
            return users.findByIdOptional(token.get().userId).map(u -> u.username)
                    .flatMap(users::findLoginAccount).filter(a -> a.user().enabled)
                    .map(a -> LoginService.identityOf(a, false));
        });
    }
}

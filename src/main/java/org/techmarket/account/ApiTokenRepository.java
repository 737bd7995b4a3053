package org.techmarket.account;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ApiTokenRepository implements PanacheRepository<ApiToken> {

    public Optional<ApiToken> findByHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional();
    }

    public List<ApiToken> listByUser(long userId) {
        return list("userId = ?1 order by createdAt desc", userId);
    }

    public long countUsableByUser(long userId) {
        return count("userId = ?1 and revokedAt is null and (expiresAt is null or expiresAt > current_timestamp)",
                userId);
    }

    /** Revokes every live token of a person (password changed or reset, sessions ended); how many. */
    public int revokeAll(long userId) {
        return update("revokedAt = ?2 where userId = ?1 and revokedAt is null", userId, java.time.OffsetDateTime.now());
    }

    /** Records use at most once a minute per token, so that a busy script does not write on every request. */
    public void touch(long id) {
        update("lastUsedAt = ?2 where id = ?1 and (lastUsedAt is null or lastUsedAt < ?3)", id,
                java.time.OffsetDateTime.now(), java.time.OffsetDateTime.now().minusMinutes(1));
    }
}

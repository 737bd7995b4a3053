package org.techmarket.account;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.Optional;

@ApplicationScoped
public class PasswordResetRepository implements PanacheRepository<PasswordReset> {

    public Optional<PasswordReset> findByHashForUpdate(String tokenHash) {
        return find("tokenHash", tokenHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public boolean issuedSince(long userId, OffsetDateTime since) {
        return count("userId = ?1 and createdAt > ?2", userId, since) > 0;
    }

    /** Any other open token of the user stops working once one is used. */
    public void closeOpen(long userId, OffsetDateTime now) {
        update("usedAt = ?2 where userId = ?1 and usedAt is null", userId, now);
    }
}

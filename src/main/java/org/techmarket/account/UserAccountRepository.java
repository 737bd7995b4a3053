package org.techmarket.account;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class UserAccountRepository implements PanacheRepository<UserAccount> {

    public Optional<UserAccount> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** The account and whether its organisation is verified, in one query (logins and session checks). */
    public Optional<LoginService.LoginAccount> findLoginAccount(String username) {
        return getEntityManager().createQuery("""
                select u, o.status from UserAccount u, Organisation o
                 where o.id = u.organisationId and u.username = :username""", Object[].class)
                .setParameter("username", username)
                .getResultStream().findFirst()
                .map(row -> new LoginService.LoginAccount((UserAccount) row[0], row[1] == OrganisationStatus.VERIFIED));
    }

    /** Ends every session of the user (logout everywhere, password change). */
    public void endSessions(long userId) {
        update("sessionVersion = sessionVersion + 1 where id = ?1", userId);
    }

    public boolean existsByUsername(String username) {
        return count("lower(username) = lower(?1)", username) > 0;
    }

    public List<UserAccount> listByOrganisation(long organisationId) {
        return list("organisationId = ?1 order by createdAt", organisationId);
    }

    public List<UserAccount> listAwaitingMembership() {
        return list("membershipApproved = false and enabled = true order by createdAt");
    }

    /**
     * Counts one failed login atomically (concurrent wrong passwords all count) and locks the
     * account once the count reaches the limit.
     */
    public void recordFailedLogin(long userId, int maxFailures, Duration lock) {
        getEntityManager().createNativeQuery("""
                UPDATE user_account
                   SET failed_logins = failed_logins + 1,
                       locked_until = CASE WHEN failed_logins + 1 >= :max
                                           THEN now() + make_interval(secs => :lockSeconds)
                                           ELSE locked_until END
                 WHERE id = :id""")
                .setParameter("max", maxFailures)
                .setParameter("lockSeconds", (double) lock.toSeconds())
                .setParameter("id", userId)
                .executeUpdate();
    }

    public void resetFailedLogins(long userId) {
        update("failedLogins = 0, lockedUntil = null where id = ?1 and failedLogins > 0", userId);
    }
}

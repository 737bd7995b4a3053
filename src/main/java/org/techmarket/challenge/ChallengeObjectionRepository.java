package org.techmarket.challenge;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ChallengeObjectionRepository implements PanacheRepository<ChallengeObjection> {

    public List<ChallengeObjection> listOf(long challengeId) {
        return list("challengeId = ?1 order by raisedAt", challengeId);
    }

    public long countUndecided(long challengeId) {
        return count("challengeId = ?1 and decision is null", challengeId);
    }

    public Optional<ChallengeObjection> findForUpdate(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}

package org.techmarket.challenge;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ChallengeRepository implements PanacheRepository<Challenge> {

    public Optional<Challenge> findForUpdate(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<ChallengeCriterion> criteria(long challengeId) {
        return getEntityManager().createQuery("from ChallengeCriterion where challengeId = ?1 order by position",
                ChallengeCriterion.class).setParameter(1, challengeId).getResultList();
    }
}

package org.techmarket.expo;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Expos and what belongs to each: exhibitors, results, sessions and deals (one statement per kind). */
@ApplicationScoped
public class ExpoRepository implements PanacheRepository<Expo> {

    public List<Expo> listNewestFirst() {
        return list("order by startsOn desc, id desc");
    }

    public List<ExpoExhibitor> exhibitorsOf(long expoId) {
        return getEntityManager().createQuery("from ExpoExhibitor where expoId = :e order by organisationName, id",
                ExpoExhibitor.class).setParameter("e", expoId).getResultList();
    }

    public List<ExpoResult> resultsOf(long expoId) {
        return getEntityManager().createQuery("from ExpoResult where expoId = :e order by id", ExpoResult.class)
                .setParameter("e", expoId).getResultList();
    }

    public List<ExpoSession> sessionsOf(long expoId) {
        return getEntityManager().createQuery("from ExpoSession where expoId = :e order by startsAt, room, id",
                ExpoSession.class).setParameter("e", expoId).getResultList();
    }

    public List<ExpoDeal> dealsOf(long expoId) {
        return getEntityManager().createQuery("from ExpoDeal where expoId = :e order by signedOn, id", ExpoDeal.class)
                .setParameter("e", expoId).getResultList();
    }

    public boolean isExhibitor(long expoId, long organisationId) {
        return getEntityManager().createQuery("select count(x) from ExpoExhibitor x where x.expoId = :e"
                + " and x.organisationId = :o", Long.class).setParameter("e", expoId).setParameter("o", organisationId)
                .getSingleResult() > 0;
    }

    public java.util.Optional<ExpoResult> exhibitedResult(long expoId, long resultId) {
        return getEntityManager().createQuery("from ExpoResult where expoId = :e and resultId = :r", ExpoResult.class)
                .setParameter("e", expoId).setParameter("r", resultId).getResultStream().findFirst();
    }
}

package org.techmarket.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Makes a scheduled job run once per cluster, not once per replica: a PostgreSQL advisory lock
 * held until the end of the current transaction. The replica that does not get it skips the run.
 */
@ApplicationScoped
public class ClusterLock {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryLockForTransaction(String jobName) {
        Object got = em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext(:name))")
                .setParameter("name", "techmarket:" + jobName).getSingleResult();
        return Boolean.TRUE.equals(got);
    }
}

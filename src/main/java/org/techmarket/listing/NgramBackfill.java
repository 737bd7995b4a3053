package org.techmarket.listing;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;
import org.techmarket.common.ClusterLock;

/**
 * Fills the character index of listings stored before it existed (migration V10), a batch at a
 * time, once per cluster; new and edited listings get theirs when they are indexed.
 */
@ApplicationScoped
public class NgramBackfill {

    private static final Logger LOG = Logger.getLogger(NgramBackfill.class);
    static final String JOB = "ngram-backfill";
    static final int BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    PostgresListingSearch search;

    @Inject
    ClusterLock lock;

    private volatile boolean done;
    private volatile long after;

    @Scheduled(every = "10s", delay = 5, delayUnit = java.util.concurrent.TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int filled = 0;
        int batch;
        while (!done && (batch = runBatch()) >= 0) {
            filled += batch;
        }
        if (filled > 0) {
            LOG.infof("Character index filled for %d listings stored before it existed", filled);
        }
    }

    /** One batch: the number filled, or -1 when none is left (or another instance holds the job). */
    @Transactional
    int runBatch() {
        if (!lock.tryLockForTransaction(JOB)) {
            return -1;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT l.id, l.title, array_to_string(l.keywords, '，'), l.summary, l.description, o.name
                  FROM listing l JOIN organisation o ON o.id = l.organisation_id
                 WHERE l.id > :after AND l.ngram_vector = ''::tsvector ORDER BY l.id LIMIT :batch""")
                .setParameter("after", after).setParameter("batch", BATCH).getResultList();
        if (rows.isEmpty()) {
            done = true;
            return -1;
        }
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            em.createNativeQuery("UPDATE listing SET ngram_vector = array_to_tsvector(array_remove(string_to_array(:ngrams, ' '), '')) WHERE id = :id")
                    .setParameter("ngrams", search.ngramText((String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5]))
                    .setParameter("id", id).executeUpdate();
            after = id;
        }
        return rows.size();
    }
}

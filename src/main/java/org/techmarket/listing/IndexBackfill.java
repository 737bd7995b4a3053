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
 * Indexes again, a batch at a time and once per cluster, the listings indexed with an older
 * segmentation than {@link Segmenter#VERSION} (or before the character index existed); new and
 * edited listings are indexed with the current one when they are saved.
 */
@ApplicationScoped
public class IndexBackfill {

    private static final Logger LOG = Logger.getLogger(IndexBackfill.class);
    static final String JOB = "index-backfill";
    static final int BATCH = 200;

    @Inject
    EntityManager em;

    @Inject
    ListingRepository listings;

    @Inject
    PostgresListingSearch search;

    @Inject
    ClusterLock lock;

    private volatile boolean done;
    private volatile long after;

    @Scheduled(every = "10s", delay = 5, delayUnit = java.util.concurrent.TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int indexed = 0;
        int batch;
        while (!done && (batch = runBatch()) >= 0) {
            indexed += batch;
        }
        if (indexed > 0) {
            LOG.infof("Indexed %d listings again with segmentation version %d", indexed, Segmenter.VERSION);
        }
    }

    /** One batch: the number indexed, or -1 when none is left (or another instance holds the job). */
    @Transactional
    int runBatch() {
        if (!lock.tryLockForTransaction(JOB)) {
            return -1;
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                SELECT id FROM listing WHERE id > :after AND indexed_with < :version ORDER BY id LIMIT :batch""")
                .setParameter("after", after).setParameter("version", Segmenter.VERSION)
                .setParameter("batch", BATCH).getResultList();
        if (ids.isEmpty()) {
            done = true;
            return -1;
        }
        for (Number id : ids) {
            Listing listing = listings.findById(id.longValue());
            if (listing != null) {
                search.index(listing);
            }
            after = id.longValue();
        }
        return ids.size();
    }
}

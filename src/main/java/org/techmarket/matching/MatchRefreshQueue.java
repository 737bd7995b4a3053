package org.techmarket.matching;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;
import org.techmarket.listing.ListingChanged;

/**
 * Keeps matches fresh without slowing anyone's request: a listing change is queued in the
 * changing transaction (so it is never lost nor queued for a change that rolled back), and a
 * scheduled drain recomputes queued listings within seconds. Rows are claimed with SKIP LOCKED,
 * so several instances share the queue without doing a listing twice.
 */
@ApplicationScoped
public class MatchRefreshQueue {

    private static final Logger LOG = Logger.getLogger(MatchRefreshQueue.class);
    static final int BATCH = 10;

    @Inject
    EntityManager em;

    @Inject
    MatchingService matching;

    @Inject
    ListingEmbeddings embeddings;

    @Inject
    org.techmarket.common.ClusterLock lock;

    @Inject
    org.techmarket.common.ScheduledRuns runs;

    @Inject
    org.techmarket.listing.ListingService listings;

    void onListingChanged(@Observes ListingChanged change) {
        em.createNativeQuery("""
                INSERT INTO match_refresh (listing_id) VALUES (:id)
                ON CONFLICT (listing_id) DO UPDATE SET requested_at = now()""")
                .setParameter("id", change.listingId()).executeUpdate();
    }

    @Inject
    MatchingConfig config;

    void announce(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent start) {
        org.jboss.logging.Logger.getLogger(MatchRefreshQueue.class).infof(
                "Match refresh drains its queue every %s (techmarket.matching.refresh-every)", config.refreshEvery());
    }

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    /** Listings whose matches this instance refreshed from the queue (committed batches): shows the queue shared, not doubled. */
    private io.micrometer.core.instrument.Counter refreshed;

    @jakarta.annotation.PostConstruct
    void meters() {
        refreshed = io.micrometer.core.instrument.Counter.builder("techmarket.matching.refreshed")
                .description("Listings whose matches this instance refreshed from the queue").register(metrics);
    }

    @Scheduled(every = "{techmarket.matching.refresh-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledDrain() {
        try {
            int taken;
            do {
                taken = drain();
                refreshed.increment(taken);
            } while (taken == BATCH);
        } catch (RuntimeException e) {
            LOG.warn("Match refresh failed; will retry", e);
        }
    }

    /** Word statistics for BM25 drift as listings come and go; one instance recomputes them now and then. */
    @Scheduled(every = "30m", delay = 20, delayUnit = java.util.concurrent.TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshStatistics() {
        try {
            // Once per half hour per cluster (the first replica to claim the period), not once per replica.
            runs.once("term-statistics", "30m", () -> {
                if (!lock.tryLockForTransaction("term-statistics")) {
                    return "skipped: locked";
                }
                listings.refreshStatistics(org.techmarket.listing.ListingKind.RESULT);
                listings.refreshStatistics(org.techmarket.listing.ListingKind.NEED);
                return "refreshed";
            });
        } catch (RuntimeException e) {
            LOG.warn("Refreshing word statistics failed; will retry", e);
        }
    }

    /** Refreshes up to one batch of queued listings; returns how many it took. */
    @Transactional
    public int drain() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                SELECT listing_id FROM match_refresh ORDER BY requested_at
                 LIMIT :batch FOR UPDATE SKIP LOCKED""").setParameter("batch", BATCH).getResultList();
        // Vectors first (one model call for the batch), committed, so that the matches below see them.
        List<Long> batch = ids.stream().map(Number::longValue).toList();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> embeddings.embed(batch));
        for (Number id : ids) {
            matching.refresh(id.longValue());
            em.createNativeQuery("DELETE FROM match_refresh WHERE listing_id = :id")
                    .setParameter("id", id.longValue()).executeUpdate();
        }
        return ids.size();
    }
}

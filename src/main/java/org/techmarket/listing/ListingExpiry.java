package org.techmarket.listing;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.ClusterLock;

/**
 * Lapses published listings whose date has passed (→ EXPIRED), and flags those about to lapse so
 * that their owners are asked to confirm they are still available. Runs once per cluster.
 */
@ApplicationScoped
public class ListingExpiry {

    private static final Logger LOG = Logger.getLogger(ListingExpiry.class);
    static final String JOB = "listing-expiry";
    /** Batches one period's run may take (100 of 1,000 by default: a bulk import lapsing on one day). */
    static final int MAX_BATCHES = 100;

    @Inject
    ListingRepository listings;

    @Inject
    ClusterLock lock;

    @Inject
    org.techmarket.common.ScheduledRuns runs;

    @Inject
    AuditTrail audit;

    @Inject
    ListingConfig config;

    @Inject
    jakarta.enterprise.event.Event<ListingChanged> changes;

    @Inject
    org.techmarket.notification.Notifications notifications;

    @Inject
    org.techmarket.account.AccountService accounts;

    public record Outcome(boolean ran, int expired, int reminded) {
    }

    @Scheduled(every = "{techmarket.listings.expiry-every:1h}", delay = 1, delayUnit = java.util.concurrent.TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        oncePer(config.expiryEvery());
    }

    /** Once per period per cluster (not once per replica): the first replica to claim the period runs it. */
    java.util.Optional<Outcome> oncePer(String every) {
        LocalDate today = LocalDate.now();
        // The replica that claimed the period goes on, one transaction per batch, while batches come back full: a
        // day on which many listings lapse is done within the period, not a batch per period.
        java.util.Optional<Outcome> done = runs.once(JOB, every, () -> run(today)).map(first -> {
            Outcome total = first;
            Outcome last = first;
            for (int batches = 1; batches < MAX_BATCHES && full(last); batches++) {
                last = run(today);
                if (!last.ran()) {
                    break;
                }
                total = new Outcome(true, total.expired() + last.expired(), total.reminded() + last.reminded());
            }
            return total;
        });
        done.filter(o -> o.expired() > 0 || o.reminded() > 0).ifPresent(o ->
                LOG.infof("Listing expiry: %d expired, %d owners reminded", o.expired(), o.reminded()));
        return done;
    }

    private boolean full(Outcome o) {
        return o.expired() == config.expiryBatch() || o.reminded() == config.expiryBatch();
    }

    /** One pass as of the given day. Returns what it did; ran=false when another instance holds the job. */
    @Transactional
    public Outcome run(LocalDate today) {
        if (!lock.tryLockForTransaction(JOB)) {
            return new Outcome(false, 0, 0);
        }
        int expired = 0;
        for (Listing listing : listings.listPublishedLapsedBefore(today, config.expiryBatch())) {
            listing.expire();
            audit.record(Listing.ENTITY, listing.id, "expire", ListingStatus.PUBLISHED, listing.status,
                    org.techmarket.common.AuditTrail.reason("valid_until", listing.validUntil));
            changes.fire(new ListingChanged(listing.id, listing.kind, listing.status));
            expired++;
        }
        int reminded = 0;
        LocalDate horizon = today.plusDays(config.reminderDays());
        for (Listing listing : listings.listPublishedLapsingUnnoticed(horizon, config.expiryBatch())) {
            listing.expiryNoticeAt = OffsetDateTime.now();
            audit.record(Listing.ENTITY, listing.id, "remind-expiry", listing.status, listing.status,
                    org.techmarket.common.AuditTrail.reason("lapses_on", listing.validUntil));
            notifications.notify(listing.ownerId, "EXPIRY", "expiry:" + listing.id + ":" + listing.validUntil, "/my/listings",
                    "listing.expiry", listing.title, listing.validUntil);
            reminded++;
        }
        return new Outcome(true, expired, reminded);
    }
}

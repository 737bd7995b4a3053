package org.techmarket.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.techmarket.common.ClusterLock;

/** The daily digest of match notifications ({@code techmarket.mail.digest-cron}), sent by one instance of a cluster. */
@ApplicationScoped
public class MatchDigestJob {

    private static final Logger LOG = Logger.getLogger(MatchDigestJob.class);

    @Inject
    Notifications notifications;

    @Inject
    ClusterLock lock;

    @Scheduled(cron = "{techmarket.mail.digest-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        try {
            int mails = QuarkusTransaction.requiringNew().call(() ->
                    lock.tryLockForTransaction("match-digest") ? notifications.sendDigests() : 0);
            if (mails > 0) {
                LOG.infof("Sent %d match digests", mails);
            }
        } catch (RuntimeException e) {
            LOG.warn("Sending match digests failed; the next run sends them", e);
        }
    }
}

package org.techmarket.challenge;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;
import org.techmarket.common.ClusterLock;

/**
 * Closes open challenges whose deadline has passed (OPEN → CLOSED) and tells their teams. Runs once per
 * cluster. Submissions do not wait for it: the server's clock refuses them at the deadline.
 */
@ApplicationScoped
public class ChallengeClosing {

    private static final Logger LOG = Logger.getLogger(ChallengeClosing.class);
    static final String JOB = "challenge-closing";
    private static final int BATCH = 200;

    @Inject
    ClusterLock lock;

    @Inject
    org.techmarket.common.ScheduledRuns runs;

    @Inject
    ChallengeService challenges;

    /** Read by the scheduler through its key; injected so that the key is a known setting. */
    @Inject
    ChallengeConfig config;

    public record Outcome(boolean ran, int closed) {
    }

    @Scheduled(every = "{techmarket.challenges.closing-every:1m}", delay = 1,
            delayUnit = java.util.concurrent.TimeUnit.MINUTES, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        // Once per period per cluster (not once per replica): the first replica to claim the period runs it.
        runs.once(JOB, config.closingEvery(), () -> run(OffsetDateTime.now())).ifPresent(outcome -> {
            if (outcome.closed() > 0) {
                LOG.infof("Challenge closing: %d closed at their deadline", outcome.closed());
            }
        });
    }

    /** One pass as of the given time; ran=false when another instance holds the job. */
    @Transactional
    public Outcome run(OffsetDateTime now) {
        if (!lock.tryLockForTransaction(JOB)) {
            return new Outcome(false, 0);
        }
        int closed = 0;
        for (Long id : challenges.dueForClosing(now, BATCH)) {
            closed += challenges.closeIfDue(id, now) ? 1 : 0;
        }
        return new Outcome(true, closed);
    }
}

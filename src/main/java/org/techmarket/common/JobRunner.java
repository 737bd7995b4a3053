package org.techmarket.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Runs background jobs on this instance: claims queued (or abandoned) jobs with SKIP LOCKED, opens
 * them with their {@link JobHandler} and does them batch by batch. Each batch locks the job's row,
 * checks that this run still holds the claim, does its items and records the progress in one
 * transaction; a run whose claim was taken over stops, so no item is done twice.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    @Inject
    EntityManager em;

    @Inject
    JobConfig config;

    @Inject
    @Any
    Instance<JobHandler> handlerBeans;

    private volatile Semaphore slots;
    private volatile ExecutorService workers;
    private volatile boolean stopping;

    /** A job this run has claimed. */
    record Claim(long id, String kind, UUID token, int attempts) {
    }

    /** Why a run stopped: the job ended, its claim was taken over, or this instance shuts down (queued again). */
    enum Outcome {
        DONE, FAILED, LOST, REQUEUED
    }

    @Scheduled(every = "{techmarket.jobs.poll-every:2s}", delay = 3, delayUnit = java.util.concurrent.TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPoll() {
        pollNow();
    }

    /** Looks for work soon, off the calling thread (after a job was queued). */
    public void poll() {
        executor().execute(this::pollNow);
    }

    /** Claims jobs while this instance has a free worker, and starts them. */
    void pollNow() {
        Semaphore free = slots();
        while (!stopping && free.tryAcquire()) {
            Optional<Claim> claim;
            try {
                claim = claimNext();
            } catch (RuntimeException e) {
                free.release();
                LOG.warn("Claiming a background job failed; will retry", e);
                return;
            }
            if (claim.isEmpty()) {
                free.release();
                return;
            }
            executor().execute(() -> {
                try {
                    run(claim.get());
                } finally {
                    free.release();
                }
            });
        }
    }

    /** Takes the oldest queued job, or a running one whose runner went silent; fails one out of attempts. */
    Optional<Claim> claimNext() {
        UUID token = UUID.randomUUID();
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    UPDATE background_job SET state = 'RUNNING', claim = :token, attempts = attempts + 1,
                           started_at = coalesce(started_at, now()), heartbeat_at = now()
                     WHERE id = (SELECT id FROM background_job
                                  WHERE state = 'QUEUED'
                                     OR (state = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => :stale))
                                  ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
                    RETURNING id, kind, attempts""")
                    .setParameter("token", token).setParameter("stale", (double) config.staleAfter().toSeconds())
                    .getResultList();
            if (rows.isEmpty()) {
                return Optional.<Claim>empty();
            }
            Object[] r = rows.get(0);
            return Optional.of(new Claim(((Number) r[0]).longValue(), (String) r[1], token, ((Number) r[2]).intValue()));
        });
    }

    /** Runs a claimed job until it is done, fails, or its claim is taken over. */
    Outcome run(Claim claim) {
        try {
            if (claim.attempts() > config.maxAttempts()) {
                return fail(claim, "stopped after " + config.maxAttempts() + " attempts");
            }
            JobHandler handler = handlers().get(claim.kind());
            if (handler == null) {
                return fail(claim, "no handler for jobs of kind " + claim.kind());
            }
            JobHandler.Job job = load(claim);
            JobHandler.Work work;
            try {
                work = handler.open(job);
            } catch (InvalidInputException e) {
                // The messages alone (the job's input is its only field), so the page can give them in its language.
                return fail(claim, String.join("; ", e.messages().values()));
            }
            try (work) {
                return runBatches(claim, handler, work);
            }
        } catch (RuntimeException e) {
            // Left running: once its heartbeat is stale another run resumes it (or fails it after the last attempt).
            LOG.errorf(e, "Background job %d (%s) stopped; it will be resumed", claim.id(), claim.kind());
            return Outcome.LOST;
        }
    }

    private Outcome runBatches(Claim claim, JobHandler handler, JobHandler.Work work) {
        int total = work.total();
        Boolean held = QuarkusTransaction.requiringNew().call(() -> lock(claim) != null && em.createNativeQuery(
                "UPDATE background_job SET total = :total, heartbeat_at = now() WHERE id = :id")
                .setParameter("total", total).setParameter("id", claim.id()).executeUpdate() == 1);
        if (!held) {
            return Outcome.LOST;
        }
        int batch = Math.max(1, handler.batchSize());
        while (true) {
            if (stopping) {
                return requeue(claim);
            }
            Integer step;
            try {
                step = QuarkusTransaction.requiringNew().call(() -> batch(claim, work, total, batch));
            } catch (RuntimeException e) {
                // One item broke the whole batch (rolled back): redo the batch item by item, so only that item fails.
                LOG.warnf(e, "A batch of background job %d failed; doing its items one by one", claim.id());
                step = oneByOne(claim, work, total, batch);
            }
            if (step == null) {
                return Outcome.LOST;
            }
            if (step == 0) {
                break;
            }
        }
        Boolean finished = QuarkusTransaction.requiringNew().call(() -> {
            if (lock(claim) == null) {
                return false;
            }
            work.finish();
            em.createNativeQuery("""
                    UPDATE background_job SET state = 'DONE', finished_at = now(), heartbeat_at = now(), input = NULL,
                           claim = NULL WHERE id = :id""").setParameter("id", claim.id()).executeUpdate();
            return true;
        });
        return finished ? Outcome.DONE : Outcome.LOST;
    }

    /** One batch; the number of items done, 0 when there are none left, null when the claim is lost. */
    private Integer batch(Claim claim, JobHandler.Work work, int total, int size) {
        Integer from = lock(claim);
        if (from == null) {
            return null;
        }
        int count = Math.min(size, total - from);
        if (count <= 0) {
            return 0;
        }
        JobHandler.Batch done = work.process(from, count);
        record(claim, count, done.produced(), done.errors());
        return count;
    }

    private Integer oneByOne(Claim claim, JobHandler.Work work, int total, int size) {
        int done = 0;
        for (int i = 0; i < size; i++) {
            Integer step;
            try {
                step = QuarkusTransaction.requiringNew().call(() -> batch(claim, work, total, 1));
            } catch (RuntimeException e) {
                LOG.warnf(e, "An item of background job %d failed", claim.id());
                step = QuarkusTransaction.requiringNew().call(() -> {
                    Integer from = lock(claim);
                    if (from == null) {
                        return null;
                    }
                    record(claim, 1, 0, List.of(new JobError(work.itemNumber(from), "could not be saved")));
                    return 1;
                });
            }
            if (step == null) {
                return null;
            }
            if (step == 0) {
                return done;
            }
            done += step;
        }
        return done;
    }

    /** Locks the job's row; the items done so far while this run holds the claim, else null. */
    private Integer lock(Claim claim) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT done, claim = :token FROM background_job WHERE id = :id AND state = 'RUNNING' FOR UPDATE""")
                .setParameter("id", claim.id()).setParameter("token", claim.token()).getResultList();
        if (rows.isEmpty() || !Boolean.TRUE.equals(rows.get(0)[1])) {
            return null;
        }
        return ((Number) rows.get(0)[0]).intValue();
    }

    private void record(Claim claim, int count, int produced, List<JobError> errors) {
        em.createNativeQuery("""
                UPDATE background_job SET done = done + :count, produced = produced + :produced,
                       errors = errors + :errors, heartbeat_at = now() WHERE id = :id""")
                .setParameter("count", count).setParameter("produced", produced)
                .setParameter("errors", errors.size()).setParameter("id", claim.id()).executeUpdate();
        if (errors.isEmpty()) {
            return;
        }
        Number kept = (Number) em.createNativeQuery("SELECT count(*) FROM background_job_error WHERE job_id = :id")
                .setParameter("id", claim.id()).getSingleResult();
        for (JobError error : errors.subList(0, Math.max(0, Math.min(errors.size(),
                BackgroundJobs.ERRORS_KEPT - kept.intValue())))) {
            String message = error.message() == null ? "" : error.message();
            em.createNativeQuery("""
                    INSERT INTO background_job_error (job_id, item, message) VALUES (:id, :item, :message)
                    ON CONFLICT DO NOTHING""")
                    .setParameter("id", claim.id()).setParameter("item", error.item())
                    .setParameter("message", message.length() > 500 ? message.substring(0, 500) : message)
                    .executeUpdate();
        }
    }

    private JobHandler.Job load(Claim claim) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] r = (Object[]) em.createNativeQuery("""
                    SELECT parameter, subject_id, input, done, requested_by FROM background_job WHERE id = :id""")
                    .setParameter("id", claim.id()).getSingleResult();
            return new JobHandler.Job(claim.id(), (String) r[0], r[1] == null ? null : ((Number) r[1]).longValue(),
                    (byte[]) r[2], ((Number) r[3]).intValue(), ((Number) r[4]).longValue());
        });
    }

    /** Gives a job back to the queue, this attempt not counted: another instance goes on with it at once. */
    private Outcome requeue(Claim claim) {
        int updated = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                UPDATE background_job SET state = 'QUEUED', claim = NULL, attempts = attempts - 1
                 WHERE id = :id AND claim = :token""")
                .setParameter("id", claim.id()).setParameter("token", claim.token()).executeUpdate());
        return updated == 1 ? Outcome.REQUEUED : Outcome.LOST;
    }

    private Outcome fail(Claim claim, String reason) {
        String failure = reason.length() > 500 ? reason.substring(0, 500) : reason;
        int updated = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                UPDATE background_job SET state = 'FAILED', failure = :failure, finished_at = now(), input = NULL,
                       claim = NULL WHERE id = :id AND claim = :token""")
                .setParameter("failure", failure).setParameter("id", claim.id()).setParameter("token", claim.token())
                .executeUpdate());
        return updated == 1 ? Outcome.FAILED : Outcome.LOST;
    }

    private Map<String, JobHandler> handlers() {
        return handlerBeans.stream().collect(Collectors.toMap(JobHandler::kind, h -> h, (a, b) -> a));
    }

    private Semaphore slots() {
        if (slots == null) {
            synchronized (this) {
                if (slots == null) {
                    slots = new Semaphore(Math.max(1, config.workers()));
                }
            }
        }
        return slots;
    }

    private ExecutorService executor() {
        if (workers == null) {
            synchronized (this) {
                if (workers == null) {
                    workers = Executors.newCachedThreadPool(r -> {
                        Thread t = new Thread(r, "background-job");
                        t.setDaemon(true);
                        return t;
                    });
                }
            }
        }
        return workers;
    }

    /** Lets running jobs finish their batch and go back to the queue, so a restart does not cost an attempt. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        if (workers != null) {
            workers.shutdown();
            if (!workers.awaitTermination(20, java.util.concurrent.TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        }
    }
}

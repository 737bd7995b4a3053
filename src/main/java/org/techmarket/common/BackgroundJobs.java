package org.techmarket.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Queues background jobs and answers what they are doing; {@link JobRunner} runs them. Staff only. */
@ApplicationScoped
public class BackgroundJobs {

    /** Errors kept per job (the count goes on). */
    static final int ERRORS_KEPT = 100;

    @Inject
    EntityManager em;

    @Inject
    BackgroundJobRepository jobs;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    JobRunner runner;

    @Inject
    @Any
    Instance<JobHandler> handlers;

    /** What the API answers about a job. */
    public record JobView(long id, String kind, JobState state, String label, int total, int done, int errors,
            int produced, List<JobError> firstErrors, String failure, long requestedBy, OffsetDateTime createdAt,
            OffsetDateTime startedAt, OffsetDateTime finishedAt, String resultLink) {
    }

    /**
     * Queues a job in the caller's transaction; it starts once that commits. The input (an uploaded
     * file) is kept until the job ends.
     */
    @Transactional
    public long enqueue(String kind, String label, String parameter, Long subjectId, byte[] input, long requestedBy) {
        Number id = (Number) em.createNativeQuery("""
                INSERT INTO background_job (kind, label, parameter, subject_id, input, requested_by)
                VALUES (:kind, :label, :parameter, CAST(:subject AS bigint), CAST(:input AS bytea), :by) RETURNING id""")
                .setParameter("kind", kind).setParameter("label", trim(label)).setParameter("parameter", parameter)
                .setParameter("subject", subjectId).setParameter("input", input).setParameter("by", requestedBy)
                .getSingleResult();
        startAfterCommit();
        return id.longValue();
    }

    /** Queues a job of a kind that runs once at a time; while one is queued or running, that one is answered. */
    @Transactional
    public long enqueueExclusive(String kind, long requestedBy) {
        @SuppressWarnings("unchecked")
        List<Number> created = em.createNativeQuery("""
                INSERT INTO background_job (kind, exclusive, requested_by) VALUES (:kind, true, :by)
                ON CONFLICT (kind) WHERE exclusive AND state IN ('QUEUED', 'RUNNING') DO NOTHING RETURNING id""")
                .setParameter("kind", kind).setParameter("by", requestedBy).getResultList();
        if (!created.isEmpty()) {
            startAfterCommit();
            return created.get(0).longValue();
        }
        return ((Number) em.createNativeQuery("""
                SELECT id FROM background_job WHERE kind = :kind AND exclusive AND state IN ('QUEUED', 'RUNNING')""")
                .setParameter("kind", kind).getSingleResult()).longValue();
    }

    public BackgroundJob get(Caller caller, long id) {
        requireStaff(caller);
        return jobs.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Job", id));
    }

    public JobView view(Caller caller, long id) {
        return view(get(caller, id));
    }

    public JobView view(BackgroundJob job) {
        return new JobView(job.id, job.kind, job.state, job.label, job.total, job.done, job.errors, job.produced,
                firstErrors(job.id, ERRORS_KEPT), job.failure, job.requestedBy, job.createdAt, job.startedAt,
                job.finishedAt, resultLink(job));
    }

    public List<BackgroundJob> recent(Caller caller, int limit) {
        requireStaff(caller);
        return jobs.listRecent(limit);
    }

    public List<BackgroundJob> recentOfKind(Caller caller, String kind, int limit) {
        requireStaff(caller);
        return jobs.listRecentOfKind(kind, limit);
    }

    public Optional<BackgroundJob> latestOfKind(Caller caller, String kind) {
        requireStaff(caller);
        return jobs.findLatestOfKind(kind);
    }

    /** The first errors of a job, by item number. */
    public List<JobError> firstErrors(long jobId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT item, message FROM background_job_error WHERE job_id = :id ORDER BY item LIMIT :limit""")
                .setParameter("id", jobId).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new JobError(((Number) r[0]).intValue(), (String) r[1])).toList();
    }

    public String resultLink(BackgroundJob job) {
        return job.state == JobState.DONE ? handler(job.kind).map(h -> h.resultLink(job)).orElse(null) : null;
    }

    /** The {@code jb} message keys naming a job's kind and what it produces. */
    public String labelKey(BackgroundJob job) {
        return handler(job.kind).map(JobHandler::labelKey).orElse("kind_OTHER");
    }

    public String producedKey(BackgroundJob job) {
        return handler(job.kind).map(JobHandler::producedKey).orElse("produced_OTHER");
    }

    Optional<JobHandler> handler(String kind) {
        return handlers.stream().filter(h -> h.kind().equals(kind)).findFirst();
    }

    private void startAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    runner.poll();
                }
            }
        });
    }

    private static void requireStaff(Caller caller) {
        if (!caller.isStaff()) {
            throw new ForbiddenActionException("Only market staff see background jobs");
        }
    }

    private static String trim(String label) {
        String l = label == null ? "" : label.strip();
        return l.length() > 200 ? l.substring(0, 200) : l;
    }
}

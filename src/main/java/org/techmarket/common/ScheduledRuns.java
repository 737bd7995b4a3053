package org.techmarket.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes a periodic job run once per period per cluster (table {@code scheduled_run}). Each replica's
 * timer fires at its own phase; time is cut into slots of one period, and the
 * first replica to insert the job's row for the current slot does the work, in the same transaction as
 * the row: a later replica in the same slot finds the row (or waits on the first one's insert until it
 * commits or fails) and skips. A run that fails, or whose replica dies, leaves no row, so another
 * replica does the work at its next tick in that slot or the next one.
 */
@ApplicationScoped
public class ScheduledRuns {

    /** Rows are kept this long (for the operator and the cluster check), then dropped by the job's next claim. */
    static final Duration KEEP = Duration.ofDays(30);

    @Inject
    EntityManager em;

    @Inject
    InstanceId instance;

    /**
     * Runs the work in a new transaction if this slot of the job was not claimed yet; empty when another
     * run had it. {@code every} is the job's schedule setting ("1h", "5s", "PT15M").
     */
    public <T> Optional<T> once(String job, String every, Supplier<T> work) {
        Duration period = period(every);
        return once(job, period, slotOf(Instant.now(), period), work);
    }

    <T> Optional<T> once(String job, Duration period, long slot, Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!claim(job, slot, period)) {
                return Optional.empty();
            }
            T result = work.get();
            String outcome = String.valueOf(result);
            em.createNativeQuery("""
                    UPDATE scheduled_run SET finished_at = clock_timestamp(), outcome = :outcome
                     WHERE job = :job AND slot = :slot""")
                    .setParameter("outcome", outcome.length() > 300 ? outcome.substring(0, 300) : outcome)
                    .setParameter("job", job).setParameter("slot", slot).executeUpdate();
            return Optional.of(result);
        });
    }

    /** Claims the slot in the current transaction; false when another run has it (committed, or committing first). */
    boolean claim(String job, long slot, Duration period) {
        int inserted = em.createNativeQuery("""
                INSERT INTO scheduled_run (job, slot, period_s, instance) VALUES (:job, :slot, :period, :instance)
                ON CONFLICT (job, slot) DO NOTHING""")
                .setParameter("job", job).setParameter("slot", slot)
                .setParameter("period", (int) period.toSeconds()).setParameter("instance", instance.get())
                .executeUpdate();
        if (inserted == 1) {
            em.createNativeQuery("DELETE FROM scheduled_run WHERE job = :job AND slot < :oldest")
                    .setParameter("job", job).setParameter("oldest", slot - Math.max(1, KEEP.toSeconds() / period.toSeconds()))
                    .executeUpdate();
        }
        return inserted == 1;
    }

    /**
     * The period an instant falls in. The scheduler fires on whole seconds (a few ms late), so slots begin half
     * a second before one: a timer whose phase sits on a slot's edge would otherwise fall now before it, now after
     * it, and claim one slot twice and the next never.
     */
    static long slotOf(Instant at, Duration period) {
        return (at.toEpochMilli() + EDGE_OFFSET_MS) / period.toMillis();
    }

    private static final long EDGE_OFFSET_MS = 500;

    /** A schedule setting as the scheduler reads it: an ISO-8601 duration, or a number and a unit ("5s", "1h", "2d"). */
    static Duration period(String every) {
        String value = every.trim();
        Duration period;
        if (Character.isDigit(value.charAt(0))) {
            period = value.toLowerCase(java.util.Locale.ROOT).endsWith("d")
                    ? Duration.parse("P" + value)
                    : Duration.parse("PT" + value);
        } else {
            period = Duration.parse(value);
        }
        if (period.toSeconds() < 1) {
            throw new IllegalArgumentException("A cluster-once job needs a period of a second or more, not " + every);
        }
        return period;
    }
}

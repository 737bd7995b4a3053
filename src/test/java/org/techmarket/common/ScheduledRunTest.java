package org.techmarket.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A periodic job runs once per period per cluster: the replica that claims the period's slot first
 * runs it, every other replica skips that slot, the next slot runs again, and a run that fails frees
 * its slot. Every response names the instance that answered.
 */
@QuarkusTest
class ScheduledRunTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Inject
    ScheduledRuns runs;

    @Inject
    InstanceId instance;

    @Inject
    EntityManager em;

    private final AtomicInteger work = new AtomicInteger();

    @org.junit.jupiter.api.BeforeEach
    void countFromZero() {
        work.set(0);
    }

    private String run() {
        return "run " + work.incrementAndGet();
    }

    @Test
    void shouldRunOnceWhenTwoInstancesComeInTheSameSlotAndAgainInTheNext() {
        String job = "test-" + UUID.randomUUID();
        long slot = ScheduledRuns.slotOf(Instant.now(), HOUR);

        assertEquals(Optional.of("run 1"), runs.once(job, HOUR, slot, this::run), "the first instance runs the job");
        assertEquals(Optional.empty(), runs.once(job, HOUR, slot, this::run), "the second one skips the slot");
        assertEquals(Optional.of("run 2"), runs.once(job, HOUR, slot + 1, this::run), "the next slot runs again");

        assertEquals(2, work.get());
        List<Object[]> rows = rows(job);
        assertEquals(2, rows.size(), "one row per slot");
        assertEquals(instance.get(), rows.get(0)[1]);
        assertEquals("run 1", rows.get(0)[2], "the outcome is recorded with the claim");
    }

    @Test
    void shouldSkipTheSlotThatAnotherInstanceClaimed() {
        String job = "test-" + UUID.randomUUID();
        long slot = ScheduledRuns.slotOf(Instant.now(), HOUR);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "INSERT INTO scheduled_run (job, slot, period_s, instance) VALUES (:job, :slot, 3600, 'other')")
                .setParameter("job", job).setParameter("slot", slot).executeUpdate());

        assertEquals(Optional.empty(), runs.once(job, HOUR, slot, this::run));
        assertEquals(0, work.get());
        assertEquals("other", rows(job).get(0)[1]);
    }

    @Test
    void shouldMakeTheSecondInstanceWaitForTheFirstsRunAndThenSkip() throws Exception {
        String job = "test-" + UUID.randomUUID();
        long slot = ScheduledRuns.slotOf(Instant.now(), HOUR);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Optional<String>> first = CompletableFuture.supplyAsync(() -> runs.once(job, HOUR, slot, () -> {
            running.countDown();
            await(finish);
            return run();
        }));
        assertTrue(running.await(10, TimeUnit.SECONDS));
        CompletableFuture<Optional<String>> second = CompletableFuture.supplyAsync(() -> runs.once(job, HOUR, slot, this::run));
        Thread.sleep(300);
        finish.countDown();

        assertEquals(Optional.of("run 1"), first.get(10, TimeUnit.SECONDS));
        assertEquals(Optional.empty(), second.get(10, TimeUnit.SECONDS), "the slot was taken once the first committed");
        assertEquals(1, work.get());
    }

    @Test
    void shouldFreeTheSlotWhenTheRunFails() {
        String job = "test-" + UUID.randomUUID();
        long slot = ScheduledRuns.slotOf(Instant.now(), HOUR);

        assertThrows(IllegalStateException.class, () -> runs.once(job, HOUR, slot, () -> {
            throw new IllegalStateException("the run broke off");
        }));
        assertEquals(0, rows(job).size(), "the claim went with the failed work");
        assertEquals(Optional.of("run 1"), runs.once(job, HOUR, slot, this::run), "another instance runs the slot");
    }

    @Test
    void shouldReadTheSchedulersPeriodSettings() {
        assertEquals(Duration.ofSeconds(5), ScheduledRuns.period("5s"));
        assertEquals(Duration.ofHours(1), ScheduledRuns.period("1h"));
        assertEquals(Duration.ofMinutes(15), ScheduledRuns.period("PT15M"));
        assertEquals(Duration.ofDays(2), ScheduledRuns.period("2d"));
        assertEquals(1000L, ScheduledRuns.slotOf(Instant.ofEpochSecond(3_600_000 + 3599), HOUR));
        // A timer on the hour, a few ms early or late, stays in the same slot each time.
        assertEquals(1001L, ScheduledRuns.slotOf(Instant.ofEpochMilli(3_600_000L * 1001 - 3), HOUR));
        assertEquals(1001L, ScheduledRuns.slotOf(Instant.ofEpochMilli(3_600_000L * 1001 + 40), HOUR));
    }

    @Test
    void shouldNameTheInstanceOnEveryResponse() {
        for (String path : List.of("/", "/api/v1/results", "/css/app.css", "/no-such-page", "/q/health/ready")) {
            given().get(path).then().header(InstanceId.HEADER, equalTo(instance.get()));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String job) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT slot, instance, outcome FROM scheduled_run WHERE job = :job ORDER BY slot")
                .setParameter("job", job).getResultList());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

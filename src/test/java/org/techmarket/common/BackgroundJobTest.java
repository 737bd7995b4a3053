package org.techmarket.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;

/**
 * Background jobs: claimed by one runner however many try at once, resumed after a dead runner's
 * last committed batch (and the dead runner, back, does nothing), past a failing item, failed when
 * their input cannot be read; their progress page polls only while they run.
 */
@QuarkusTest
class BackgroundJobTest {

    @Inject
    JobRunner runner;

    @Inject
    CountingJobHandler handler;

    @Inject
    BackgroundJobRepository jobs;

    @Inject
    EntityManager em;

    @Inject
    AccountFixtures accounts;

    @Test
    void shouldRunAJobOnceWhenThreeRunnersClaimAtTheSameTime() throws Exception {
        long id = queued(accounts.staff(), "60");
        ExecutorService runners = Executors.newFixedThreadPool(3);
        try {
            for (int r = 0; r < 3; r++) {
                runners.submit(() -> runUntilEnded(id));
            }
            awaitEnd(id);
        } finally {
            runners.shutdownNow();
        }
        BackgroundJob job = job(id);
        assertEquals(JobState.DONE, job.state);
        assertEquals(60, job.total);
        assertEquals(60, job.done);
        assertEquals(6, job.errors);
        assertEquals(54, job.produced);
        assertEquals(1, attempts(id), "claimed once");
        AtomicIntegerArray counts = handler.processed(id);
        for (int i = 0; i < 60; i++) {
            assertEquals(1, counts.get(i), "item " + i + " done once");
        }
    }

    @Test
    void shouldResumeAJobWhoseRunnerDiedAfterItsLastCommittedBatchAndLetTheOldRunnerDoNothing() throws Exception {
        UUID deadRunner = UUID.randomUUID();
        long id = abandoned(accounts.staff(), "40", 20, deadRunner);
        ExecutorService runners = Executors.newFixedThreadPool(2);
        try {
            Instant until = Instant.now().plusSeconds(30);
            while (deadRunner.equals(claimOf(id)) && Instant.now().isBefore(until)) {
                Optional<JobRunner.Claim> claim = runner.claimNext();
                claim.ifPresentOrElse(c -> runners.submit(() -> runner.run(c)), BackgroundJobTest::pause);
            }
            assertEquals(JobRunner.Outcome.LOST, runner.run(new JobRunner.Claim(id, CountingJobHandler.KIND, deadRunner, 1)),
                    "the runner presumed dead finds its claim taken over");
            awaitEnd(id);
        } finally {
            runners.shutdownNow();
        }
        BackgroundJob job = job(id);
        assertEquals(JobState.DONE, job.state);
        assertEquals(40, job.done);
        assertEquals(2, attempts(id));
        AtomicIntegerArray counts = handler.processed(id);
        for (int i = 0; i < 40; i++) {
            assertEquals(i < 20 ? 0 : 1, counts.get(i), "item " + i);
        }
    }

    @Test
    void shouldFailAJobAbandonedOnEveryAttemptInsteadOfTakingItOverAgain() {
        long id = abandoned(accounts.staff(), "40", 20, UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE background_job SET attempts = 3 WHERE id = :id").setParameter("id", id).executeUpdate());
        runUntilEnded(id);
        BackgroundJob job = job(id);
        assertEquals(JobState.FAILED, job.state);
        assertTrue(job.failure.contains("3 attempts"), job.failure);
        assertEquals(20, job.done, "nothing more was done");
    }

    @Test
    void shouldGoOnPastAnItemThatFailsAndListItsNumber() {
        long id = queued(accounts.staff(), "30,7");
        runUntilEnded(id);
        BackgroundJob job = job(id);
        assertEquals(JobState.DONE, job.state);
        assertEquals(30, job.done);
        assertEquals(4, job.errors, "items 4, 14 and 24 reported, item 8 failed");
        List<Integer> items = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT item FROM background_job_error WHERE job_id = :id ORDER BY item").setParameter("id", id)
                .getResultList()).stream().map(n -> ((Number) n).intValue()).toList();
        assertEquals(List.of(4, 8, 14, 24), items);
    }

    @Test
    void shouldFailAJobWhoseInputCannotBeRead() {
        long id = queued(accounts.staff(), "unreadable");
        runUntilEnded(id);
        BackgroundJob job = job(id);
        assertEquals(JobState.FAILED, job.state);
        assertTrue(job.failure.contains("could not be read"), job.failure);
        assertTrue(job.finishedAt != null);
    }

    @Test
    void shouldShowProgressAndPollOnlyWhileTheJobRuns() {
        Person staff = accounts.staff();
        long id = running(staff);
        String page = given().auth().preemptive().basic(staff.username(), staff.password())
                .get("/staff/jobs/{id}", id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<noscript><meta http-equiv=\"refresh\" content=\"3\"></noscript>"), page);
        assertTrue(page.contains("运行中") && page.contains("10 / 40") && page.contains("hx-trigger=\"every 2s\""), page);
        given().auth().preemptive().basic(staff.username(), staff.password()).header("HX-Request", "true")
                .get("/staff/jobs/{id}", id).then().statusCode(200)
                .body(not(containsString("<html"))).body(not(containsString("<noscript>")))
                .body(containsString("id=\"job-progress\"")).body(containsString("hx-get=\"/staff/jobs/" + id + "\""))
                .body(containsString("运行中")).body(containsString("第4项有误"));

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                UPDATE background_job SET state = 'DONE', done = total, claim = NULL, finished_at = now()
                 WHERE id = :id""").setParameter("id", id).executeUpdate());
        given().auth().preemptive().basic(staff.username(), staff.password()).header("HX-Request", "true")
                .get("/staff/jobs/{id}", id).then().statusCode(200)
                .body(containsString("已完成")).body(containsString("40 / 40")).body(not(containsString("hx-trigger")));
        given().auth().preemptive().basic(staff.username(), staff.password()).get("/staff/jobs/{id}", id)
                .then().statusCode(200).body(not(containsString("http-equiv=\"refresh\"")));
        given().auth().preemptive().basic(staff.username(), staff.password()).get("/staff/jobs")
                .then().statusCode(200).body(containsString("href=\"/staff/jobs/" + id + "\""))
                .body(containsString("已完成"));
        given().auth().preemptive().basic(staff.username(), staff.password()).get("/api/v1/jobs/{id}", id)
                .then().statusCode(200).body(containsString("\"state\":\"DONE\""));
    }

    @Test
    void shouldAnswer404ForAJobThatDoesNotExist() {
        Person staff = accounts.staff();
        given().auth().preemptive().basic(staff.username(), staff.password()).get("/api/v1/jobs/{id}", 987_654_321)
                .then().statusCode(404);
        given().auth().preemptive().basic(staff.username(), staff.password()).get("/staff/jobs/{id}", 987_654_321)
                .then().statusCode(404);
    }

    /** Claims and runs jobs (this one or others) until this one has ended. */
    private void runUntilEnded(long id) {
        Instant until = Instant.now().plusSeconds(60);
        while (job(id).state.open() && Instant.now().isBefore(until)) {
            runner.claimNext().ifPresentOrElse(runner::run, BackgroundJobTest::pause);
        }
    }

    private void awaitEnd(long id) {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (job(id).state.open() && Instant.now().isBefore(until)) {
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private BackgroundJob job(long id) {
        return QuarkusTransaction.requiringNew().call(() -> jobs.findById(id));
    }

    private int attempts(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT attempts FROM background_job WHERE id = :id").setParameter("id", id).getSingleResult()).intValue());
    }

    private UUID claimOf(long id) {
        return QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery(
                "SELECT claim FROM background_job WHERE id = :id").setParameter("id", id).getSingleResult());
    }

    /** A job queued directly (nothing is told to start it: whichever runner claims it first runs it). */
    private long queued(Person by, String parameter) {
        return insert("""
                INSERT INTO background_job (kind, parameter, requested_by) VALUES (:kind, :parameter, :by) RETURNING id""",
                by, parameter);
    }

    /** A job that a runner claimed an hour ago and last advanced to {@code done}, then went silent. */
    private long abandoned(Person by, String parameter, int done, UUID claim) {
        long id = insert("""
                INSERT INTO background_job (kind, parameter, requested_by, state, total, done, attempts, claim, started_at,
                                            heartbeat_at)
                VALUES (:kind, :parameter, :by, 'RUNNING', 0, 0, 1, gen_random_uuid(), now() - interval '1 hour',
                        now() - interval '1 hour') RETURNING id""", by, parameter);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE background_job SET done = :done, total = :done * 2, claim = :claim WHERE id = :id")
                .setParameter("done", done).setParameter("claim", claim).setParameter("id", id).executeUpdate());
        return id;
    }

    /** A job running now on some instance, 10 of 40 items done, with its first error. */
    private long running(Person by) {
        long id = insert("""
                INSERT INTO background_job (kind, parameter, requested_by, state, total, done, errors, attempts, claim,
                                            started_at, heartbeat_at)
                VALUES (:kind, :parameter, :by, 'RUNNING', 40, 10, 1, 1, gen_random_uuid(), now(), now()) RETURNING id""",
                by, "40");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "INSERT INTO background_job_error (job_id, item, message) VALUES (:id, 4, '第4项有误')")
                .setParameter("id", id).executeUpdate());
        return id;
    }

    private long insert(String sql, Person by, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter("kind", CountingJobHandler.KIND).setParameter("parameter", parameter)
                .setParameter("by", by.id()).getSingleResult()).longValue());
    }
}

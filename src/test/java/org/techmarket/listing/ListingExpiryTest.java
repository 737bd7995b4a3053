package org.techmarket.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.common.ClusterLock;

@QuarkusTest
class ListingExpiryTest {

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingFixtures fixtures;

    @Inject
    ListingExpiry expiry;

    @Inject
    ListingRepository listings;

    @Inject
    ClusterLock lock;

    @Inject
    org.techmarket.common.AuditTrail audit;

    @Inject
    jakarta.persistence.EntityManager em;

    @Test
    void shouldRemindBeforeAndExpireAfterTheValidityDate() {
        Listing l = fixtures.publishedResult(accounts.researcher(), "到期测试成果", "描述");
        LocalDate until = l.validUntil;

        expiry.run(until.minusDays(7));
        Listing reminded = QuarkusTransaction.requiringNew().call(() -> listings.findById(l.id));
        assertEquals(ListingStatus.PUBLISHED, reminded.status);
        assertNotNull(reminded.expiryNoticeAt, "the owner is asked to confirm before it lapses");

        expiry.run(until.plusDays(1));
        assertEquals(ListingStatus.EXPIRED,
                QuarkusTransaction.requiringNew().call(() -> listings.findById(l.id)).status);
    }

    @Test
    void shouldRunOncePerClusterWhenAnotherInstanceHoldsTheJob() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> otherInstance = CompletableFuture.runAsync(() ->
                QuarkusTransaction.requiringNew().run(() -> {
                    assertTrue(lock.tryLockForTransaction(ListingExpiry.JOB));
                    held.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertTrue(held.await(10, TimeUnit.SECONDS));
        try {
            assertFalse(expiry.run(LocalDate.now()).ran(), "the second instance skips the run");
        } finally {
            release.countDown();
            otherInstance.get(10, TimeUnit.SECONDS);
        }
        assertTrue(expiry.run(LocalDate.now()).ran(), "once the other is done, the job runs again");
    }

    @Test
    void shouldExpireALapsedListingOnceWhenEveryReplicasTimerFiresInTheSamePeriod() {
        Listing l = fixtures.publishedResult(accounts.researcher(), "调度到期测试成果", "描述");
        QuarkusTransaction.requiringNew().run(() -> {
            listings.update("validUntil = ?1 where id = ?2", LocalDate.now().minusDays(1), l.id);
            // This period may have been claimed by an earlier run on the same database.
            em.createNativeQuery("DELETE FROM scheduled_run WHERE job = :job").setParameter("job", ListingExpiry.JOB)
                    .executeUpdate();
        });

        // The tests' schedule is off: the hourly setting of production, as each replica's timer would pass it.
        assertTrue(expiry.oncePer("1h").isPresent(), "the first replica runs the job");
        assertFalse(expiry.oncePer("1h").isPresent(), "the second skips the period");

        assertEquals(ListingStatus.EXPIRED,
                QuarkusTransaction.requiringNew().call(() -> listings.findById(l.id)).status);
        long expiredEvents = QuarkusTransaction.requiringNew().call(() -> audit.history(Listing.ENTITY, l.id)).stream()
                .filter(e -> "expire".equals(e.action)).count();
        assertEquals(1, expiredEvents, "expired once, with one audit event");
        Number runs = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "SELECT count(*) FROM scheduled_run WHERE job = :job").setParameter("job", ListingExpiry.JOB).getSingleResult());
        assertEquals(1, runs.intValue(), "the second tick found the period claimed");
    }
}

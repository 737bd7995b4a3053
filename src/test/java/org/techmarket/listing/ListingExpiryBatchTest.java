package org.techmarket.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;

/**
 * A period's run of the listing expiry does not stop at one batch: the replica that claimed the period goes on,
 * batch after batch, until every lapsed listing is expired (here batches of two).
 */
@QuarkusTest
@TestProfile(ListingExpiryBatchTest.BatchesOfTwo.class)
class ListingExpiryBatchTest {

    public static class BatchesOfTwo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("techmarket.listings.expiry-batch", "2");
        }
    }

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingFixtures fixtures;

    @Inject
    ListingExpiry expiry;

    @Inject
    ListingRepository listings;

    @Inject
    EntityManager em;

    @Test
    void shouldExpireEveryLapsedListingInOnePeriodBatchAfterBatch() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(fixtures.publishedResult(accounts.researcher(), "批量到期测试成果 " + i, "描述").id);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            listings.update("validUntil = ?1 where id in ?2", LocalDate.now().minusDays(1), ids);
            em.createNativeQuery("DELETE FROM scheduled_run WHERE job = :job").setParameter("job", ListingExpiry.JOB)
                    .executeUpdate();
        });

        ListingExpiry.Outcome outcome = expiry.oncePer("1h").orElseThrow();

        assertTrue(outcome.expired() >= 5, "five lapsed listings in batches of two: " + outcome.expired() + " expired");
        for (long id : ids) {
            assertEquals(ListingStatus.EXPIRED, QuarkusTransaction.requiringNew().call(() -> listings.findById(id)).status,
                    "listing " + id + " expired in the same period");
        }
        Number runs = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "SELECT count(*) FROM scheduled_run WHERE job = :job").setParameter("job", ListingExpiry.JOB).getSingleResult());
        assertEquals(1, runs.intValue(), "one claimed period, however many batches");
    }
}

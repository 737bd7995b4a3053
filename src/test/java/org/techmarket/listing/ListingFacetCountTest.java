package org.techmarket.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.common.Roles;

/**
 * The facet counts the database keeps (V17's triggers) equal a count of the published listings
 * done from scratch, with the bands of {@link PriceBand#SQL}, after publishing, withdrawing and
 * editing; and the kind's version moves with each change a public page shows.
 */
@QuarkusTest
class ListingFacetCountTest {

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingFixtures listings;

    @Inject
    ListingService service;

    @Inject
    FacetCounts counts;

    @Inject
    EntityManager em;

    @Test
    void shouldKeepFacetCountsEqualToCountingFromScratch() {
        Person researcher = accounts.researcher();
        long before = version(ListingKind.RESULT);
        Listing cheap = listings.publishedResult(researcher, "计数测试成果一", "计数测试的描述。", 5_000_000L);
        listings.publishedResult(researcher, "计数测试成果二", "计数测试的描述。", 300_000_000L);
        Listing withdrawn = listings.publishedResult(researcher, "计数测试成果三", "计数测试的描述。", 20_000_000L);
        listings.publishedNeed(accounts.enterprise(), "计数测试需求", "计数测试需求的描述。");
        assertTrue(version(ListingKind.RESULT) > before, "publishing moves the version");
        assertSame(ListingKind.RESULT);
        assertSame(ListingKind.NEED);

        service.withdraw(ListingFixtures.caller(researcher, Roles.RESEARCHER), withdrawn.id, ListingKind.RESULT);
        assertSame(ListingKind.RESULT);

        // A staff-free edit path: change a published listing's facets directly, as an import would.
        long beforeEdit = version(ListingKind.RESULT);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE listing SET field = 'NEW_ENERGY', maturity = 9, price_fen = NULL WHERE id = :id")
                .setParameter("id", cheap.id).executeUpdate());
        assertTrue(version(ListingKind.RESULT) > beforeEdit, "an edit of a published listing moves the version");
        assertSame(ListingKind.RESULT);

        // A statement that changes nothing a facet counts writes no count.
        Map<String, Long> fields = counts.of(ListingKind.RESULT).field();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE listing SET description = description || '。' WHERE id = :id").setParameter("id", cheap.id)
                .executeUpdate());
        assertEquals(fields, counts.of(ListingKind.RESULT).field());
    }

    private void assertSame(ListingKind kind) {
        Facets kept = QuarkusTransaction.requiringNew().call(() -> counts.of(kind));
        Map<String, Map<String, Long>> fresh = QuarkusTransaction.requiringNew().call(() -> fromScratch(kind));
        assertEquals(fresh.getOrDefault("field", Map.of()), new TreeMap<>(kept.field()), "field");
        assertEquals(fresh.getOrDefault("maturity", Map.of()), new TreeMap<>(kept.maturity()), "maturity");
        assertEquals(fresh.getOrDefault("province", Map.of()), new TreeMap<>(kept.province()), "province");
        assertEquals(fresh.getOrDefault("band", Map.of()), new TreeMap<>(kept.priceBand()), "band");
        assertEquals(fresh.getOrDefault("mode", Map.of()), new TreeMap<>(kept.mode()), "mode");
    }

    private Map<String, Map<String, Long>> fromScratch(ListingKind kind) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("WITH m AS (SELECT field, maturity, substr(region_code, 1, 2) AS province, "
                + PriceBand.SQL + " AS band, modes FROM listing WHERE kind = :kind AND status = 'PUBLISHED') "
                + "SELECT 'field', field, count(*) FROM m GROUP BY field "
                + "UNION ALL SELECT 'maturity', maturity::text, count(*) FROM m GROUP BY maturity "
                + "UNION ALL SELECT 'province', province, count(*) FROM m GROUP BY province "
                + "UNION ALL SELECT 'band', band, count(*) FROM m GROUP BY band "
                + "UNION ALL SELECT 'mode', mode, count(*) FROM m, unnest(modes) AS mode GROUP BY mode")
                .setParameter("kind", kind.name()).getResultList();
        Map<String, Map<String, Long>> byFacet = new HashMap<>();
        for (Object[] row : rows) {
            byFacet.computeIfAbsent((String) row[0], k -> new TreeMap<>()).put(String.valueOf(row[1]),
                    ((Number) row[2]).longValue());
        }
        return byFacet;
    }

    private long version(ListingKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT version FROM listing_change WHERE kind = :kind").setParameter("kind", kind.name())
                .getSingleResult()).longValue());
    }
}

package org.techmarket.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.techmarket.voucher.VoucherFixtures.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.techmarket.voucher.VoucherFixtures;

/**
 * The monthly rollups the figures read (V19, V22, V23) equal the same sums done from scratch over every
 * record in the database, after money moved, contracts were registered and records were moved in time.
 */
@QuarkusTest
class FigureRollupTest {

    @Inject
    VoucherFixtures vouchers;

    @Inject
    EntityManager em;

    @Test
    void shouldKeepEveryRollupEqualToSummingTheRecordsFromScratch() {
        VoucherFixtures.World w = vouchers.world(1_000_000L, 250_000L);
        int order = vouchers.order(w, 100_002L);
        vouchers.reserve(w, order, 50_001L);
        int redemption = vouchers.redemption(w, order);
        as(w.staff()).header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("decision", "APPROVE"))
                .post("/api/v1/redemptions/{id}/decision", redemption).then().statusCode(200);
        assertRollupsMatch();

        // A data fix moving records in time (the demo loader's story dates) moves their sums too.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE ledger_transaction SET created_at = created_at - interval '75 days' "
                    + "WHERE voucher_id = :v").setParameter("v", w.voucherId()).executeUpdate();
            em.createNativeQuery("UPDATE contract SET decided_at = decided_at - interval '75 days' "
                    + "WHERE id = (SELECT max(id) FROM contract WHERE status = 'REGISTERED')").executeUpdate();
            em.createNativeQuery("UPDATE listing SET created_at = created_at - interval '75 days' "
                    + "WHERE id = (SELECT max(id) FROM listing)").executeUpdate();
        });
        assertRollupsMatch();
    }

    private void assertRollupsMatch() {
        assertEquals(List.of(), differences("""
                SELECT listing_month_of(created_at) AS m, kind AS k, status AS s, count(*) AS n
                  FROM listing GROUP BY 1, 2, 3""", """
                SELECT month AS m, kind AS k, status AS s, sum(listings) AS n
                  FROM listing_month_count GROUP BY 1, 2, 3 HAVING sum(listings) <> 0"""), "listings");
        assertEquals(List.of(), differences("""
                SELECT listing_month_of(decided_at) AS m, type AS k, coalesce(field, '') AS s,
                       count(*)::text || '/' || sum(approved_amount_fen) || '/' || count(case_id) AS n
                  FROM contract WHERE status = 'REGISTERED' GROUP BY 1, 2, 3""", """
                SELECT month AS m, type AS k, field AS s,
                       sum(contracts)::text || '/' || sum(approved_amount_fen) || '/' || sum(brokered) AS n
                  FROM contract_month_total GROUP BY 1, 2, 3 HAVING sum(contracts) <> 0"""), "contracts");
        assertEquals(List.of(), differences("""
                SELECT c.month AS m, v.dim AS k, v.value AS s,
                       sum(c.contracts)::text || '/' || sum(c.approved_amount_fen) || '/' || sum(c.brokered) AS n
                  FROM contract_month_total c, LATERAL (VALUES ('type', c.type), ('field', c.field),
                       ('province', substr(c.region_code, 1, 2))) AS v (dim, value)
                 GROUP BY 1, 2, 3 HAVING sum(c.contracts) <> 0""", """
                SELECT month AS m, dim AS k, value AS s,
                       sum(contracts)::text || '/' || sum(approved_amount_fen) || '/' || sum(brokered) AS n
                  FROM contract_month_dim GROUP BY 1, 2, 3 HAVING sum(contracts) <> 0"""), "contract dimensions");
        assertEquals(List.of(), differences("""
                SELECT listing_month_of(t.created_at) AS m, t.kind AS k, t.program_id::text AS s,
                       count(DISTINCT t.id)::text || '/' || sum(e.amount_fen) AS n
                  FROM ledger_transaction t JOIN ledger_entry e ON e.transaction_id = t.id AND e.amount_fen > 0
                 WHERE t.program_id IS NOT NULL GROUP BY 1, 2, 3""", """
                SELECT month AS m, kind AS k, program_id::text AS s, sum(transactions)::text || '/' || sum(amount_fen) AS n
                  FROM ledger_month_total GROUP BY 1, 2, 3 HAVING sum(transactions) <> 0"""), "ledger");
    }

    /** Rows of the two groupings (m, k, s, n) that differ. */
    @SuppressWarnings("unchecked")
    private List<String> differences(String live, String rollup) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT coalesce(a.m, b.m)::text, coalesce(a.k, b.k), coalesce(a.s, b.s), a.n::text, b.n::text
                  FROM (%s) a FULL JOIN (%s) b ON a.m = b.m AND a.k = b.k AND a.s = b.s
                 WHERE a.n::text IS DISTINCT FROM b.n::text""".formatted(live, rollup)).getResultList();
        return rows.stream().map(r -> r[0] + " " + r[1] + " " + r[2] + ": records " + r[3] + ", rollup " + r[4]).toList();
    }
}

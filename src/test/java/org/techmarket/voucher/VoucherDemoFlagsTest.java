package org.techmarket.voucher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The flags fitted on the demo data (loaded by the real workflow): fewer than one claim in five
 * carries a flag, and the one that does is the third claim of one pair.
 */
@QuarkusTest
@TestProfile(VoucherDemoFlagsTest.WithDemoData.class)
class VoucherDemoFlagsTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("techmarket.demo-data", "true");
        }
    }

    @Inject
    VoucherOversight oversight;

    @Inject
    EntityManager em;

    @Inject
    Ledger ledger;

    /** The demo's programs, vouchers, reservations and paid claims keep every ledger rule (typed accounts too). */
    @Test
    @jakarta.transaction.Transactional
    void shouldKeepTheLedgerWholeOnTheDemoData() {
        assertEquals(List.of(), ledger.check());
        @SuppressWarnings("unchecked")
        List<Object[]> kinds = em.createNativeQuery("SELECT owner_kind, count(*) FROM ledger_account GROUP BY 1 ORDER BY 1")
                .getResultList();
        // The demo's money sits in program and voucher accounts (other tests of this database add deposits).
        assertTrue(kinds.stream().map(k -> (String) k[0]).toList().containsAll(List.of("program", "voucher")),
                () -> kinds.stream().map(k -> k[0] + "=" + k[1]).toList().toString());
    }

    @Test
    @jakarta.transaction.Transactional
    void shouldFlagFewerThanOneDemoClaimInFive() {
        @SuppressWarnings("unchecked")
        List<Number> demoClaims = em.createNativeQuery("""
                SELECT r.id FROM redemption r JOIN service_order o ON o.id = r.order_id
                  JOIN user_account u ON u.organisation_id = o.enterprise_organisation_id
                 WHERE u.username IN ('demo-enterprise', 'demo-enterprise-2')""").getResultList();
        Set<Long> claims = demoClaims.stream().map(Number::longValue).collect(Collectors.toSet());
        assertEquals(7, claims.size(), "the demo data's claims");
        List<VoucherOversight.Flag> flags = oversight.anomalies().stream().filter(f -> claims.contains(f.redemptionId())).toList();
        Set<Long> flagged = flags.stream().map(VoucherOversight.Flag::redemptionId).collect(Collectors.toSet());
        assertTrue(flagged.size() * 5 < claims.size(), () -> "flagged " + flagged.size() + " of " + claims.size() + ": " + flags);
        assertEquals(List.of("REPEATED_PAIR"), flags.stream().map(VoucherOversight.Flag::flag).toList(),
                "the one flag the demo data is meant to show");
    }
}

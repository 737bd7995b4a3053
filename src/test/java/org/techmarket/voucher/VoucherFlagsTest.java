package org.techmarket.voucher;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.techmarket.voucher.VoucherFixtures.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmarket.voucher.VoucherFixtures.World;

/** Flags are rare and each means something: a normal claim carries none. */
@QuarkusTest
class VoucherFlagsTest {

    @Inject
    VoucherFixtures fixtures;

    @Inject
    EntityManager em;

    private int claim(World w, long orderFen, long voucherFen) {
        int order = fixtures.order(w, orderFen);
        fixtures.reserve(w, order, voucherFen);
        return fixtures.redemption(w, order);
    }

    private static io.restassured.response.ValidatableResponse flagsOf(World w, int redemption) {
        return as(w.staff()).get("/api/v1/redemptions/anomalies").then().statusCode(200)
                .rootPath("findAll { it.redemptionId == " + redemption + " }");
    }

    @Test
    void shouldNotFlagAnOrdinaryClaimAtTheCapInWholeHundreds() {
        World w = fixtures.world(10_000_000, 4_000_000);
        // ¥36,800 of testing, half paid by the voucher: round, at the co-funding cap — and ordinary.
        int r = claim(w, 3_680_000, 1_840_000);
        flagsOf(w, r).body("flag", empty());
    }

    @Test
    void shouldFlagTheThirdClaimOfAPairWithin90DaysAndNotTheFirstTwo() {
        World w = fixtures.world(10_000_000, 1_000_000);
        int first = claim(w, 200_000, 100_000);
        int second = claim(w, 300_000, 100_000);
        int third = claim(w, 400_000, 100_000);
        flagsOf(w, first).body("flag", not(hasItem("REPEATED_PAIR")));
        flagsOf(w, second).body("flag", not(hasItem("REPEATED_PAIR")));
        flagsOf(w, third).body("flag", hasItem("REPEATED_PAIR")).body("count", hasItem(3))
                .body("reason", hasItem(org.hamcrest.Matchers.containsString("within 90 days")));
    }

    @Test
    void shouldFlagClaimsSplitToStayUnderTheLargeClaimLine() {
        World w = fixtures.world(20_000_000, 10_000_000);
        // Two claims of ¥30,000 on the same day: each under ¥50,000, together ¥60,000.
        int a = claim(w, 6_000_000, 3_000_000);
        int b = claim(w, 6_000_000, 3_000_000);
        flagsOf(w, a).body("flag", hasItem("SPLIT_CLAIMS"));
        flagsOf(w, b).body("flag", hasItem("SPLIT_CLAIMS")).body("amountFen", hasItem(6_000_000));
        as(w.staff()).get("/staff/vouchers").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("疑似拆分"))
                .body(org.hamcrest.Matchers.containsString("合计60,000元"));
    }

    @Test
    void shouldFlagAProviderAndEnterpriseSharingAContact() {
        World w = fixtures.world(10_000_000, 1_000_000);
        int before = claim(w, 200_000, 100_000);
        flagsOf(w, before).body("flag", not(hasItem("SHARED_CONTACT")));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE organisation SET contact_phone = (SELECT contact_phone FROM organisation WHERE id = :e) WHERE id = :p")
                .setParameter("e", w.enterprise().organisationId()).setParameter("p", w.provider().organisationId())
                .executeUpdate());
        flagsOf(w, before).body("flag", hasItem("SHARED_CONTACT"));
    }

    @Test
    void shouldFlagTheFifthClaimAtOneProviderInADay() {
        World w = fixtures.world(10_000_000, 1_000_000);
        List<Integer> claims = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            claims.add(claim(w, 100_000, 50_000));
        }
        flagsOf(w, claims.get(4)).body("flag", hasItem("PROVIDER_BURST")).body("count", hasItem(5));
        as(w.staff()).get("/api/v1/redemptions/anomalies").then().statusCode(200)
                .body("findAll { it.flag == 'PROVIDER_BURST' }.reason", hasItem("5 claims at this provider on one day"));
        Map<String, Object> unused = Map.of();
    }
}

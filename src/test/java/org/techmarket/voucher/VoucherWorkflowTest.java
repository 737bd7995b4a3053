package org.techmarket.voucher;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.techmarket.voucher.VoucherFixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.account.AccountFixtures;
import org.techmarket.voucher.VoucherFixtures.World;

@QuarkusTest
class VoucherWorkflowTest {

    @Inject
    VoucherFixtures fixtures;

    @Inject
    AccountFixtures accounts;

    @Inject
    VoucherExpiry expiry;

    private Map<String, Object> balances(World w) {
        return as(w.enterprise()).get("/api/v1/vouchers").then().statusCode(200).extract().path("[0].balances");
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void shouldDrawAReproducibleLotteryWhenOversubscribed() {
        World w = fixtures.world(30_000); // three vouchers of ¥100; one is already issued: two places left
        List<Integer> applications = new ArrayList<>();
        Map<Integer, Person> applicants = new HashMap<>();
        for (int i = 0; i < 5; i++) {
            Person e = accounts.enterprise();
            int a = fixtures.apply(e, w.programId());
            applications.add(a);
            applicants.put(a, e);
        }
        as(w.staff()).header("Idempotency-Key", key()).body(Map.of("seed", "x".repeat(65)))
                .post("/api/v1/voucher-programs/{id}/lottery", w.programId()).then().statusCode(400)
                .body("errors.field", hasItem("seed"));
        as(w.enterprise()).header("Idempotency-Key", key()).body(Map.of())
                .post("/api/v1/voucher-programs/{id}/lottery", w.programId()).then().statusCode(403);

        as(w.staff()).header("Idempotency-Key", key()).body(Map.of("seed", "2026-lanzhou-draw"))
                .post("/api/v1/voucher-programs/{id}/lottery", w.programId()).then().statusCode(201)
                .body("seed", equalTo("2026-lanzhou-draw")).body("places", equalTo(2)).body("entrants", equalTo(5))
                .body("draw.size()", equalTo(5));

        // Anyone can recompute the order from the recorded seed.
        List<Long> expected = VoucherLottery.order("2026-lanzhou-draw",
                applications.stream().map(Integer::longValue).toList());
        List<Integer> drawn = as(w.staff()).get("/api/v1/voucher-programs/{id}/lotteries", w.programId())
                .then().statusCode(200).body("[0].seed", equalTo("2026-lanzhou-draw"))
                .extract().path("[0].draw.applicationId");
        assertEquals(expected, drawn.stream().map(Integer::longValue).toList());
        for (int i = 0; i < expected.size(); i++) {
            int application = expected.get(i).intValue();
            Person applicant = applicants.get(application);
            as(applicant).get("/api/v1/voucher-programs/{id}/applications", w.programId()).then().statusCode(200)
                    .body("[0].status", equalTo(i < 2 ? "APPROVED" : "REJECTED")).body("[0].lotteryRank", equalTo(i + 1));
            as(applicant).get("/api/v1/vouchers").then().body("size()", equalTo(i < 2 ? 1 : 0));
        }
        // Nothing left to draw for: a second draw is refused, and the ledger is whole.
        as(w.staff()).header("Idempotency-Key", key()).body(Map.of())
                .post("/api/v1/voucher-programs/{id}/lottery", w.programId()).then().statusCode(409);
        as(w.staff()).get("/api/v1/ledger/check").then().body("ok", equalTo(true));
    }

    @Test
    void shouldRefuseBadInputAndMoveNothing() {
        World w = fixtures.world(100_000);
        int order = fixtures.order(w, 100_000); // co-funding cap 50,000; the voucher holds 10,000
        Map<String, Object> before = balances(w);
        // More than the voucher holds, zero, negative: 400 naming amountFen.
        for (long amount : new long[] {12_000, 0, -5}) {
            as(w.enterprise()).header("Idempotency-Key", key()).body(Map.of("voucherId", w.voucherId(), "amountFen", amount))
                    .post("/api/v1/service-orders/{id}/voucher", order).then().statusCode(400)
                    .body("errors.field", hasItem("amountFen"));
        }
        // Another enterprise's voucher, or its order: not found for this caller.
        World other = fixtures.world(100_000);
        as(w.enterprise()).header("Idempotency-Key", key()).body(Map.of("voucherId", other.voucherId(), "amountFen", 1_000))
                .post("/api/v1/service-orders/{id}/voucher", order).then().statusCode(404);
        as(other.enterprise()).header("Idempotency-Key", key()).body(Map.of("voucherId", other.voucherId(), "amountFen", 1_000))
                .post("/api/v1/service-orders/{id}/voucher", order).then().statusCode(404);
        // An unregistered provider takes no voucher orders.
        Person unregistered = accounts.provider();
        as(w.enterprise()).body(Map.of("providerOrganisationId", unregistered.organisationId(), "category", "TESTING",
                "description", "检测", "amountFen", 5_000)).post("/api/v1/service-orders").then().statusCode(400)
                .body("errors.field", hasItem("providerOrganisationId"));
        assertEquals(before, balances(w), "no money moved");

        // A duplicate invoice number: 409, and no second redemption.
        int first = fixtures.order(w, 4_000);
        fixtures.reserve(w, first, 2_000);
        int redemption = fixtures.redemption(w, first);
        String invoice = as(w.provider()).get("/api/v1/redemptions").then().extract()
                .path("find { it.id == " + redemption + " }.invoiceNumber");
        int second = fixtures.order(w, 4_000);
        fixtures.reserve(w, second, 2_000);
        as(w.provider()).post("/api/v1/service-orders/{id}/delivery", second).then().statusCode(200);
        as(w.provider()).body(Map.of("orderId", second, "invoiceNumber", invoice)).post("/api/v1/redemptions")
                .then().statusCode(409);
        as(w.provider()).body(Map.of("orderId", second, "invoiceNumber", "")).post("/api/v1/redemptions")
                .then().statusCode(400).body("errors.field", hasItem("invoiceNumber"));

        // Rejecting needs a reason; approving twice pays once.
        as(w.staff()).header("Idempotency-Key", key()).body(Map.of("decision", "REJECT"))
                .post("/api/v1/redemptions/{id}/decision", redemption).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        as(w.staff()).header("Idempotency-Key", key()).body(Map.of("decision", "APPROVE"))
                .post("/api/v1/redemptions/{id}/decision", redemption).then().statusCode(200);
        as(w.staff()).header("Idempotency-Key", key()).body(Map.of("decision", "APPROVE"))
                .post("/api/v1/redemptions/{id}/decision", redemption).then().statusCode(409);
        Map<String, Object> after = balances(w);
        assertEquals(2_000, after.get("redeemed"));
        assertEquals(2_000, after.get("reserved"));
        assertEquals(6_000, after.get("available"));
        as(w.staff()).get("/api/v1/ledger/check").then().body("ok", equalTo(true));
    }

    @Test
    void shouldRefuseAnExhaustedOrExpiredVoucher() {
        World w = fixtures.world(100_000);
        int order = fixtures.order(w, 20_000);
        fixtures.reserve(w, order, 10_000);
        int redemption = fixtures.redemption(w, order);
        as(w.staff()).header("Idempotency-Key", key()).body(Map.of("decision", "APPROVE"))
                .post("/api/v1/redemptions/{id}/decision", redemption).then().statusCode(200);
        as(w.enterprise()).get("/api/v1/vouchers").then().body("[0].status", equalTo("EXHAUSTED"));
        int next = fixtures.order(w, 20_000);
        as(w.enterprise()).header("Idempotency-Key", key()).body(Map.of("voucherId", w.voucherId(), "amountFen", 100))
                .post("/api/v1/service-orders/{id}/voucher", next).then().statusCode(409)
                .body("detail", containsString("已用完"));

        World late = fixtures.world(100_000);
        int lateOrder = fixtures.order(late, 20_000);
        assertTrue(expiry.run(LocalDate.now().plusYears(1)).ran());
        as(late.enterprise()).header("Idempotency-Key", key()).body(Map.of("voucherId", late.voucherId(), "amountFen", 100))
                .post("/api/v1/service-orders/{id}/voucher", lateOrder).then().statusCode(409)
                .body("detail", containsString("已过期"));
        assertEquals(0, balances(late).get("reserved"));
    }

    @Test
    void shouldCheckTheProofAndShowItToStaffOnly() {
        World w = fixtures.world(100_000);
        int order = fixtures.order(w, 4_000);
        fixtures.reserve(w, order, 2_000);
        as(w.provider()).post("/api/v1/service-orders/{id}/delivery", order).then().statusCode(200);
        int redemption = as(w.provider()).body(Map.of("orderId", order, "invoiceNumber", "INV-" + UUID.randomUUID()))
                .post("/api/v1/redemptions").then().statusCode(201).extract().path("id");
        fixtures.uploadProof(w.provider(), redemption, "not a scan".getBytes(StandardCharsets.UTF_8), "text/plain")
                .then().statusCode(400).body("errors.field", hasItem("file"));
        fixtures.uploadProof(accounts.provider(), redemption, VoucherFixtures.PDF, "application/pdf").then().statusCode(404);
        fixtures.uploadProof(w.provider(), redemption, VoucherFixtures.PDF, "application/pdf").then().statusCode(201)
                .body("contentType", equalTo("application/pdf"));
        as(w.staff()).get("/api/v1/redemptions/{id}/proof", redemption).then().statusCode(200)
                .contentType("application/pdf");
        as(w.enterprise()).get("/api/v1/redemptions/{id}/proof", redemption).then().statusCode(404);
    }

    @Test
    void shouldReleaseTheReservationOfACancelledOrder() {
        World w = fixtures.world(100_000);
        int order = fixtures.order(w, 10_000);
        fixtures.reserve(w, order, 3_000);
        assertEquals(3_000, balances(w).get("reserved"));
        String k = key();
        for (int i = 0; i < 2; i++) { // a retry with the same key answers the same and releases nothing more
            as(w.enterprise()).header("Idempotency-Key", k).post("/api/v1/service-orders/{id}/cancellation", order)
                    .then().statusCode(200).body("status", equalTo("CANCELLED"));
        }
        as(w.enterprise()).header("Idempotency-Key", key()).post("/api/v1/service-orders/{id}/cancellation", order)
                .then().statusCode(409);
        assertEquals(0, balances(w).get("reserved"));
        assertEquals(10_000, balances(w).get("available"));
        as(w.staff()).get("/api/v1/ledger/check").then().body("ok", equalTo(true));
    }

    @Inject
    ServiceOrderService orderService;
    @Inject
    ProviderService providerService;
    @Inject
    RedemptionService redemptionService;

    @Test
    void shouldLetARejectedProviderApplyAgainButNotAWaitingOrRegisteredOne() {
        Person staff = accounts.staff();
        Person provider = accounts.provider();
        int registration = as(provider).body(Map.of("categories", List.of("TESTING")))
                .post("/api/v1/providers").then().statusCode(201).extract().path("id");
        as(provider).body(Map.of("categories", List.of("RND"))).post("/api/v1/providers").then().statusCode(409);
        as(staff).body(Map.of("decision", "REJECT", "reason", "资质证明缺失"))
                .post("/api/v1/providers/{id}/decision", registration).then().statusCode(200);
        as(provider).body(Map.of("categories", List.of("TESTING", "RND"))).post("/api/v1/providers")
                .then().statusCode(201).body("id", equalTo(registration)).body("status", equalTo("SUBMITTED"));
        as(staff).body(Map.of("decision", "APPROVE")).post("/api/v1/providers/{id}/decision", registration)
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("categories", hasItem("RND"));
        as(provider).body(Map.of("categories", List.of("DESIGN"))).post("/api/v1/providers").then().statusCode(409);
        as(provider).body(Map.of("categories", List.of(" "))).post("/api/v1/providers").then().statusCode(400)
                .body("errors.field", hasItem("categories"));
    }

    /** Steps taken one after another in one transaction (as the demo data does) see each other's writes. */
    @Test
    void shouldSeeItsOwnReservationLaterInTheSameTransaction() {
        World w = fixtures.world(100_000);
        org.techmarket.common.Caller enterprise = org.techmarket.common.Caller.member(w.enterprise().id(),
                w.enterprise().username(), w.enterprise().organisationId(), org.techmarket.common.Roles.ENTERPRISE);
        org.techmarket.common.Caller provider = org.techmarket.common.Caller.member(w.provider().id(),
                w.provider().username(), w.provider().organisationId(), org.techmarket.common.Roles.PROVIDER);
        Redemption r = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            ServiceOrder o = orderService.createOrder(enterprise, w.provider().organisationId(), "TESTING", "检测", 6_000L);
            ServiceOrder reserved = orderService.applyVoucher(enterprise, o.id, w.voucherId(), 3_000L);
            assertEquals(3_000, reserved.voucherAmountFen);
            assertEquals(3_000, o.voucherAmountFen, "the order read before sees the reservation");
            orderService.deliver(provider, o.id);
            return redemptionService.submitRedemption(provider, o.id, "INV-" + UUID.randomUUID());
        });
        assertEquals(3_000, r.amountFen);
        as(w.staff()).get("/api/v1/ledger/check").then().body("ok", equalTo(true));
    }

    /**
     * 32 parallel clients against one program and one voucher: approvals competing for the last four
     * places (with retries of the same request), and rival approve / approve / reject decisions on
     * four redemptions. The budget is never exceeded, each redemption is decided once, and the ledger
     * equals what the successful answers say.
     */
    @Test
    void shouldKeepOneProgramWholeUnderMixedParallelClients() throws Exception {
        World w = fixtures.world(50_000); // five places; one voucher issued: four left
        List<Integer> applications = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            applications.add(fixtures.apply(accounts.enterprise(), w.programId()));
        }
        List<Integer> redemptions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int order = fixtures.order(w, 4_000);
            fixtures.reserve(w, order, 2_000);
            redemptions.add(fixtures.redemption(w, order));
        }
        // The 32 clients carry the staff's API token (a script's credential): Basic would cost a bcrypt check
        // per request, which the login gate answers 503 when the machine is too busy to do them in time.
        String token = as(w.staff()).body(Map.of("name", "parallel staff", "currentPassword", w.staff().password()))
                .post("/api/v1/me/tokens").then().statusCode(201).extract().path("secret");
        java.util.function.Supplier<io.restassured.specification.RequestSpecification> staff = () -> io.restassured.RestAssured
                .given().header("Authorization", "Bearer " + token).contentType(io.restassured.http.ContentType.JSON);
        List<Callable<String[]>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) { // twelve approvals, eight of them sent twice with the same key
            int application = applications.get(i % 12);
            String k = "approve-" + application;
            calls.add(() -> new String[] {"P", k, String.valueOf(staff.get().header("Idempotency-Key", k)
                    .body(Map.of("decision", "APPROVE"))
                    .post("/api/v1/voucher-programs/{p}/applications/{a}/decision", w.programId(), application).statusCode())});
        }
        for (int redemption : redemptions) {
            for (String d : List.of("APPROVE-1", "APPROVE-2", "REJECT")) {
                String k = "redemption-" + redemption + "-" + d;
                Map<String, Object> body = d.equals("REJECT") ? Map.of("decision", "REJECT", "reason", "发票不符")
                        : Map.of("decision", "APPROVE");
                calls.add(() -> new String[] {d.substring(0, 1), k, String.valueOf(staff.get().header("Idempotency-Key", k)
                        .body(body).post("/api/v1/redemptions/{id}/decision", redemption).statusCode()), String.valueOf(redemption)});
            }
        }
        assertEquals(32, calls.size());
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<String[]> results = new ArrayList<>();
        try {
            for (Future<String[]> f : pool.invokeAll(calls)) {
                results.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(results.stream().allMatch(r -> List.of("200", "409").contains(r[2])),
                () -> "only clean answers: " + results.stream().map(r -> r[0] + ":" + r[2]).toList());
        long approvedKeys = results.stream().filter(r -> r[0].equals("P") && r[2].equals("200")).map(r -> r[1]).distinct().count();
        assertEquals(4, approvedKeys, "exactly the four places were given");
        List<Integer> issued = as(w.staff()).get("/api/v1/voucher-programs/{id}/applications", w.programId()).then()
                .extract().path("findAll { it.status == 'APPROVED' }.id");
        assertEquals(5, issued.size());
        long redeemedAnswers = 0;
        for (int redemption : redemptions) {
            List<String[]> mine = results.stream().filter(r -> r.length > 3 && r[3].equals(String.valueOf(redemption))).toList();
            assertEquals(1, mine.stream().filter(r -> r[2].equals("200")).count(), "each redemption decided once");
            redeemedAnswers += mine.stream().filter(r -> r[2].equals("200") && r[0].equals("A")).count() * 2_000;
        }
        Map<String, Object> b = balances(w);
        assertEquals(redeemedAnswers, ((Number) b.get("redeemed")).longValue(), "redeemed = what the answers paid");
        assertEquals(10_000, ((Number) b.get("available")).intValue() + ((Number) b.get("reserved")).intValue()
                + ((Number) b.get("redeemed")).intValue(), "issued = available + reserved + redeemed");
        as(w.staff()).get("/api/v1/ledger/check").then().statusCode(200).body("ok", equalTo(true));
    }

    @Test
    void shouldRefuseLooseProgramTermsAndCategoriesOffTheList() {
        Person staff = accounts.staff();
        Map<String, Object> program = new HashMap<>(Map.of("name", "测试创新券" + AccountFixtures.uniqueName(""),
                "year", 2026, "budgetFen", 1_000_000L, "faceValueFen", 10_000, "coFundingPercent", 50,
                "useDeadline", LocalDate.now().plusMonths(6).toString(),
                "redemptionDeadline", LocalDate.now().plusMonths(7).toString(), "categories", List.of("TESTING", "FOO")));
        as(staff).header("Idempotency-Key", UUID.randomUUID().toString()).body(program).post("/api/v1/voucher-programs")
                .then().statusCode(400).body("errors.field", hasItem("categories"));
        program.put("categories", List.of("TESTING"));
        program.put("useDeadline", LocalDate.now().minusDays(1).toString());
        as(staff).header("Idempotency-Key", UUID.randomUUID().toString()).body(program).post("/api/v1/voucher-programs")
                .then().statusCode(400).body("errors.field", hasItem("useDeadline"));
        program.put("useDeadline", LocalDate.now().plusMonths(6).toString());
        program.put("redemptionDeadline", LocalDate.now().plusYears(30).toString());
        as(staff).header("Idempotency-Key", UUID.randomUUID().toString()).body(program).post("/api/v1/voucher-programs")
                .then().statusCode(400).body("errors.field", hasItem("redemptionDeadline"));
        as(accounts.provider()).body(Map.of("categories", List.of("FOO"))).post("/api/v1/providers").then()
                .statusCode(400).body("errors.field", hasItem("categories"));
    }

    @Test
    void shouldNotApproveAProviderWhoseOrganisationIsUnverified() {
        var pending = accounts.organisation(org.techmarket.account.OrganisationType.SERVICE_PROVIDER, false);
        Person provider = accounts.member(org.techmarket.common.Roles.PROVIDER, pending.id);
        // Over HTTP such a provider cannot even register (the access policy); the rule holds below it too.
        as(provider).body(Map.of("categories", List.of("TESTING"))).post("/api/v1/providers").then().statusCode(403);
        long registration = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> providerService.registerProvider(
                org.techmarket.common.Caller.member(provider.id(), provider.username(), pending.id,
                        org.techmarket.common.Roles.PROVIDER), List.of("TESTING")).id);
        as(accounts.staff()).body(Map.of("decision", "APPROVE")).post("/api/v1/providers/{id}/decision", registration)
                .then().statusCode(409);
    }
}

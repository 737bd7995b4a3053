package org.techmarket.voucher;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
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
class VoucherLedgerTest {

    @Inject
    AccountFixtures accounts;

    @Inject
    VoucherFixtures fixtures;

    World world(long budgetFen) {
        return fixtures.world(budgetFen);
    }

    int order(World w, long amountFen) {
        return fixtures.order(w, amountFen);
    }

    @Test
    void shouldIssueReserveRedeemAndReleaseWithTheLedgerBalanced() {
        World w = world(100_000);
        int order = order(w, 8_000);
        as(w.enterprise()).header("Idempotency-Key", "k1").body(Map.of("voucherId", w.voucherId(), "amountFen", 5_000))
                .post("/api/v1/service-orders/{id}/voucher", order).then().statusCode(400)
                .body("errors.field", hasItem("amountFen"));
        as(w.enterprise()).header("Idempotency-Key", "k2").body(Map.of("voucherId", w.voucherId(), "amountFen", 4_000))
                .post("/api/v1/service-orders/{id}/voucher", order).then().statusCode(200)
                .body("voucherAmountFen", equalTo(4_000));
        as(w.provider()).post("/api/v1/service-orders/{id}/delivery", order).then().statusCode(200);
        int redemption = as(w.provider()).body(Map.of("orderId", order, "invoiceNumber", "INV-" + UUID.randomUUID()))
                .post("/api/v1/redemptions").then().statusCode(201).extract().path("id");
        as(w.staff()).header("Idempotency-Key", "r0").body(Map.of("decision", "APPROVE"))
                .post("/api/v1/redemptions/{id}/decision", redemption).then().statusCode(409);
        fixtures.uploadProof(w.provider(), redemption, VoucherFixtures.PDF, "application/pdf").then().statusCode(201);
        as(w.staff()).header("Idempotency-Key", "r1").body(Map.of("decision", "APPROVE"))
                .post("/api/v1/redemptions/{id}/decision", redemption).then().statusCode(200).body("status", equalTo("APPROVED"));
        as(w.staff()).header("Idempotency-Key", "r2").body(Map.of("decision", "APPROVE"))
                .post("/api/v1/redemptions/{id}/decision", redemption).then().statusCode(409);

        as(w.enterprise()).get("/api/v1/vouchers").then()
                .body("[0].balances.available", equalTo(6_000)).body("[0].balances.redeemed", equalTo(4_000));
        String program = "find { it.programId == " + w.programId() + " }.";
        as(w.staff()).get("/api/v1/vouchers/figures/programs").then().statusCode(200)
                .body(program + "issuedFen", equalTo(10_000)).body(program + "redeemedFen", equalTo(4_000))
                .body(program + "outstandingFen", equalTo(6_000)).body(program + "withProgramFen", equalTo(90_000));
        as(w.staff()).get("/api/v1/ledger/check").then().statusCode(200).body("ok", equalTo(true));
    }

    @Test
    void shouldReturnTheFirstAnswerToARetryAndRefuseTheKeyForAnotherBody() {
        World w = world(100_000);
        int order = order(w, 10_000);
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            as(w.enterprise()).header("Idempotency-Key", key).body(Map.of("voucherId", w.voucherId(), "amountFen", 3_000))
                    .post("/api/v1/service-orders/{id}/voucher", order).then().statusCode(200)
                    .body("voucherAmountFen", equalTo(3_000));
        }
        as(w.enterprise()).header("Idempotency-Key", key).body(Map.of("voucherId", w.voucherId(), "amountFen", 1_000))
                .post("/api/v1/service-orders/{id}/voucher", order).then().statusCode(422);
        as(w.enterprise()).body(Map.of("voucherId", w.voucherId(), "amountFen", 1_000))
                .post("/api/v1/service-orders/{id}/voucher", order).then().statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
        as(w.enterprise()).get("/api/v1/vouchers").then().body("[0].balances.reserved", equalTo(3_000));
    }

    @Test
    void shouldNeverIssueBeyondTheBudget() {
        World w = world(10_000);
        Person other = accounts.enterprise();
        int application = as(other).body(Map.of("purpose", "研发服务"))
                .post("/api/v1/voucher-programs/{id}/applications", w.programId()).then().statusCode(201).extract().path("id");
        as(w.staff()).header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("decision", "APPROVE"))
                .post("/api/v1/voucher-programs/{p}/applications/{a}/decision", w.programId(), application)
                .then().statusCode(409);
        as(other).get("/api/v1/vouchers").then().body("size()", equalTo(0));
    }

    @Test
    void shouldKeepTheLedgerWholeUnder32ParallelClients() throws Exception {
        World w = world(100_000);
        List<Integer> orders = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            orders.add(order(w, 2_000));
        }
        // A heavy API client uses a personal token, not a bcrypt-checked password per request.
        String token = as(w.enterprise()).body(Map.of("name", "ledger race", "currentPassword", w.enterprise().password())).post("/api/v1/me/tokens")
                .then().statusCode(201).extract().path("secret");
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Callable<String[]>> calls = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            int orderId = orders.get(i % 16);
            // Two clients per order: sometimes a retry of the same request (same key), sometimes a rival one.
            String key = "race-" + orderId + "-" + (i < 16 || i % 3 == 0 ? "a" : "b");
            int amount = key.endsWith("a") ? 1_000 : 900;
            calls.add(() -> {
                int status = io.restassured.RestAssured.given().header("Authorization", "Bearer " + token)
                        .contentType(io.restassured.http.ContentType.JSON).header("Idempotency-Key", key)
                        .body(Map.of("voucherId", w.voucherId(), "amountFen", amount))
                        .post("/api/v1/service-orders/{id}/voucher", orderId).statusCode();
                return new String[] {key, String.valueOf(status), String.valueOf(amount)};
            });
        }
        List<String[]> results = new ArrayList<>();
        try {
            for (Future<String[]> f : pool.invokeAll(calls)) {
                results.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(results.stream().allMatch(r -> List.of("200", "400", "409", "422").contains(r[1])),
                () -> "only clean answers: " + results.stream().map(r -> r[1]).toList());
        // What the successful answers say was reserved, each key once (a retry returns the first answer).
        long promised = results.stream().filter(r -> r[1].equals("200")).collect(java.util.stream.Collectors.toMap(
                r -> r[0], r -> Long.parseLong(r[2]), (a, b) -> a)).values().stream().mapToLong(Long::longValue).sum();
        int available = as(w.enterprise()).get("/api/v1/vouchers").then().extract().path("[0].balances.available");
        int reserved = as(w.enterprise()).get("/api/v1/vouchers").then().extract().path("[0].balances.reserved");
        assertEquals(promised, reserved, "the ledger holds exactly what the answers promised");
        assertEquals(10_000, available + reserved, "issued = available + reserved");
        assertTrue(available >= 0);
        as(w.staff()).get("/api/v1/ledger/check").then().statusCode(200).body("ok", equalTo(true));
    }

    @Test
    void shouldNotFlagAnOrdinaryClaimAndCountItsReservation() {
        World w = world(100_000);
        int order = order(w, 400_000);
        as(w.enterprise()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("voucherId", w.voucherId(), "amountFen", 10_000))
                .post("/api/v1/service-orders/{id}/voucher", order).then().statusCode(200);
        as(w.provider()).post("/api/v1/service-orders/{id}/delivery", order).then().statusCode(200);
        int redemption = as(w.provider()).body(Map.of("orderId", order, "invoiceNumber", "INV-" + UUID.randomUUID()))
                .post("/api/v1/redemptions").then().statusCode(201).extract().path("id");
        as(w.staff()).get("/api/v1/redemptions/anomalies").then().statusCode(200)
                .body("findAll { it.redemptionId == " + redemption + " }.flag", org.hamcrest.Matchers.empty());
        as(w.staff()).get("/api/v1/vouchers/figures").then().statusCode(200)
                .body("movement", hasItem("RESERVE"));
    }

    @Test
    void shouldExpireUnusedBalancesOncePerCluster() throws Exception {
        World w = world(100_000);
        int order = order(w, 4_000);
        as(w.enterprise()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("voucherId", w.voucherId(), "amountFen", 2_000))
                .post("/api/v1/service-orders/{id}/voucher", order).then().statusCode(200);

        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Void> otherInstance = java.util.concurrent.CompletableFuture.runAsync(() ->
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
                    assertTrue(clusterLock.tryLockForTransaction(VoucherExpiry.JOB));
                    held.countDown();
                    try {
                        release.await(10, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertTrue(held.await(10, java.util.concurrent.TimeUnit.SECONDS));
        try {
            assertTrue(!expiry.run(LocalDate.now().plusYears(1)).ran(), "the second instance skips the run");
        } finally {
            release.countDown();
            otherInstance.get(10, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertTrue(expiry.run(LocalDate.now().plusYears(1)).ran());
        as(w.enterprise()).get("/api/v1/vouchers").then().body("[0].status", equalTo("EXPIRED"))
                .body("[0].balances.available", equalTo(0)).body("[0].balances.expired", equalTo(8_000))
                .body("[0].balances.reserved", equalTo(2_000));
        // What expired unused is back with the program; the reservation is still owed.
        String program = "find { it.programId == " + w.programId() + " }.";
        as(w.staff()).get("/api/v1/vouchers/figures/programs").then()
                .body(program + "expiredFen", equalTo(8_000)).body(program + "outstandingFen", equalTo(2_000))
                .body(program + "withProgramFen", equalTo(98_000));
        as(w.staff()).get("/api/v1/ledger/check").then().body("ok", equalTo(true));
    }

    @Inject
    VoucherExpiry expiry;

    @Inject
    jakarta.persistence.EntityManager em;

    private void sql(String statement, String account) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery(statement).setParameter("account", account).executeUpdate());
    }

    /** The check is not a formality: a balance off by one fen, and an entry without its counterpart, are reported. */
    @Test
    void shouldReportEveryBreakOfTheLedger() {
        World w = world(100_000);
        String account = "voucher:" + w.voucherId() + ":available";
        sql("UPDATE ledger_account SET balance_fen = balance_fen + 1 WHERE name = :account", account);
        try {
            as(w.staff()).get("/api/v1/ledger/check").then().statusCode(200).body("ok", equalTo(false))
                    .body("breaks.findAll { it.subject == '" + account + "' }.rule", hasItem("balance equals entries"))
                    .body("breaks.findAll { it.subject == 'voucher " + w.voucherId() + "' }.rule",
                            hasItem("issued = available + reserved + redeemed + expired"))
                    .body("breaks.findAll { it.subject == 'program " + w.programId() + "' }.rule",
                            hasItem("budget = unissued + vouchers"));
        } finally {
            sql("UPDATE ledger_account SET balance_fen = balance_fen - 1 WHERE name = :account", account);
        }
        sql("INSERT INTO ledger_entry (transaction_id, account, amount_fen) SELECT max(transaction_id), :account, 1"
                + " FROM ledger_entry WHERE account = :account", account);
        try {
            as(w.staff()).get("/api/v1/ledger/check").then().body("ok", equalTo(false))
                    .body("breaks.rule", hasItem("entries sum to zero"));
        } finally {
            sql("DELETE FROM ledger_entry WHERE id = (SELECT max(id) FROM ledger_entry WHERE account = :account)", account);
        }
        as(w.staff()).get("/api/v1/ledger/check").then().body("ok", equalTo(true));
    }

    @Inject
    Ledger ledger;

    /**
     * The deposit movements of online trading: paid in from an auction's receipts (which may go below
     * zero, like a program's funding), refunded, credited to the price, forfeited; never more than
     * the bidder's deposit holds. The accounts carry their typed columns, and the check stays ok.
     */
    @Test
    void shouldMoveDepositsOnTheSameLedger() {
        World w = world(100_000);
        long auction = 9_000_000L + w.voucherId();
        long winner = auction * 10 + 1;
        long loser = auction * 10 + 2;
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            ledger.deposit(Ledger.Movement.DEPOSIT_PAY, auction, winner, 50_000, "auction " + auction);
            ledger.deposit(Ledger.Movement.DEPOSIT_PAY, auction, loser, 50_000, "auction " + auction);
            ledger.deposit(Ledger.Movement.DEPOSIT_REFUND, auction, loser, 50_000, "auction " + auction);
            ledger.deposit(Ledger.Movement.DEPOSIT_APPLY, auction, winner, 50_000, "auction " + auction);
        });
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(-50_000L, ledger.balance(new Ledger.Account(Ledger.Owner.AUCTION, auction, Ledger.Bucket.RECEIPTS)));
            assertEquals(50_000L, ledger.balance(new Ledger.Account(Ledger.Owner.AUCTION, auction, Ledger.Bucket.SETTLEMENT)));
            assertEquals(0L, ledger.balance(new Ledger.Account(Ledger.Owner.BIDDER, loser, Ledger.Bucket.DEPOSIT)));
            Object[] typed = (Object[]) em.createNativeQuery("SELECT owner_kind, owner_id, bucket FROM ledger_account"
                    + " WHERE name = :name").setParameter("name", "bidder:" + winner + ":deposit").getSingleResult();
            assertEquals(List.of("bidder", winner, "deposit"), List.of(typed[0], ((Number) typed[1]).longValue(), typed[2]));
        });
        org.junit.jupiter.api.Assertions.assertThrows(Ledger.NotEnoughMoney.class, () ->
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                        ledger.deposit(Ledger.Movement.DEPOSIT_FORFEIT, auction, loser, 1, "auction " + auction)));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () ->
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                        ledger.deposit(Ledger.Movement.REDEEM, auction, loser, 1, "auction " + auction)));
        as(w.staff()).get("/api/v1/ledger/check").then().body("ok", equalTo(true));
    }

    /** The co-funding rule as the reserving UPDATE states it in SQL agrees with the Java policy, at the edges too. */
    @Test
    void shouldStateTheCoFundingShareAlikeInSqlAndJava() {
        long[][] cases = {{100_000, 50, 0, 50_000}, {100_000, 50, 0, 50_001}, {101, 33, 0, 33}, {101, 33, 0, 34},
            {100_000, 50, 30_000, 20_000}, {100_000, 50, 30_000, 20_001}, {999_999, 1, 0, 9_999}, {999_999, 1, 0, 10_000}};
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            for (long[] c : cases) {
                Object sql = em.createNativeQuery("SELECT " + CoFundingPolicy.SQL + " FROM (SELECT CAST(:order AS bigint)"
                        + " AS amount_fen, CAST(:held AS bigint) AS voucher_amount_fen) service_order")
                        .setParameter("order", c[0]).setParameter("percent", (int) c[1]).setParameter("held", c[2])
                        .setParameter("amount", c[3]).getSingleResult();
                assertEquals(CoFundingPolicy.allows(c[0], (int) c[1], c[2], c[3]), sql, java.util.Arrays.toString(c));
            }
        });
    }

    @Inject
    org.techmarket.common.ClusterLock clusterLock;

    private static RequestSpecification as(Person p) {
        return VoucherFixtures.as(p);
    }
}

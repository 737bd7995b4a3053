package org.techmarket.trade;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.techmarket.trade.TradeFixtures.as;
import static org.techmarket.trade.TradeFixtures.withKey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.common.AuditText;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.Language;
import org.techmarket.voucher.Ledger;

@QuarkusTest
class AuctionTest {

    @Inject
    TradeFixtures fixtures;

    @Inject
    AccountFixtures accounts;

    @Inject
    TradeSchedule schedule;

    @Inject
    AuctionBidderRepository bidders;

    @Inject
    Ledger ledger;

    @Inject
    RecordedDepositGateway gateway;

    private static final OffsetDateTime IN_AN_HOUR = OffsetDateTime.now().plusHours(1);

    @Test
    void shouldTakeBidsOfAtLeastTheCurrentPricePlusTheIncrementAndShowBiddersByNumber() {
        TradeFixtures.Running r = fixtures.auction(2, 1_000_000, 100_000, 0, 50_000, OffsetDateTime.now().plusHours(1));
        Person a = r.bidders().get(0);
        Person b = r.bidders().get(1);
        bid(a, r, 999_999).then().statusCode(409);
        bid(a, r, 1_000_000).then().statusCode(201).body("sequence", equalTo(1)).body("extended", equalTo(false));
        bid(b, r, 1_050_000).then().statusCode(409).body("detail", containsString("出价至少应为 1.1万元"))
                .body("detail", not(containsString("分")));
        as(b).header("Accept-Language", "en").body(Map.of("amountFen", 1_050_000)).post("/api/v1/auctions/{id}/bids", r.auctionId())
                .then().statusCode(409)
                .body("detail", containsString("at least ¥11,000"));
        bid(b, r, 1_100_000).then().statusCode(201).body("minimumBidFen", equalTo(1_200_000));
        as(a).body("{\"amountFen\": 1300000.5}").post("/api/v1/auctions/{id}/bids", r.auctionId()).then().statusCode(400);
        bid(a, r, 10_000_000_000_001L).then().statusCode(400).body("errors.field", hasItem("amountFen"));

        given().get("/api/v1/auctions/{id}", r.auctionId()).then().statusCode(200)
                .body("currentPriceFen", equalTo(1_100_000)).body("minimumBidFen", equalTo(1_200_000))
                .body("bids", equalTo(2)).body("reservePriceFen", nullValue()).body("leaderNo", equalTo(2));
        String history = given().get("/api/v1/auctions/{id}/bids", r.auctionId()).then().statusCode(200)
                .body("bidderNo", equalTo(List.of(2, 1))).body("amountFen", equalTo(List.of(1_100_000, 1_000_000)))
                .extract().asString();
        assertTrue(!history.contains(a.username()) && !history.contains("organisation"), history);
    }

    @Test
    void shouldRefuseBidsWithoutADepositByTheSellerByAnOutsiderAndAfterTheClose() {
        TradeFixtures.Running r = fixtures.auction(2, 1_000_000, 100_000, 0, 50_000, IN_AN_HOUR);
        bid(r.listed().seller(), r, 1_000_000).then().statusCode(403);
        bid(accounts.enterprise(), r, 1_000_000).then().statusCode(409);
        as(r.listed().seller()).post("/api/v1/auctions/{id}/bidders", r.auctionId()).then().statusCode(403);
        as(accounts.enterprise()).post("/api/v1/auctions/{id}/bidders", r.auctionId()).then().statusCode(403);

        TradeFixtures.Running unpaid = auctionWithUnpaidBidder();
        bid(unpaid.bidders().get(0), unpaid, 1_000_000).then().statusCode(409)
                .body("detail", containsString("保证金"));

        bid(r.bidders().get(0), r, 1_000_000).then().statusCode(201);
        schedule.closeDue(IN_AN_HOUR.plusMinutes(1));
        bid(r.bidders().get(0), r, 2_000_000).then().statusCode(409);
    }

    @Test
    void shouldExtendTheCloseByFiveMinutesForABidInItsLastFiveMinutes() {
        OffsetDateTime close = OffsetDateTime.now().plusMinutes(3).withNano(0);
        TradeFixtures.Running r = fixtures.auction(2, 1_000_000, 100_000, 0, 50_000, close);
        bid(r.bidders().get(0), r, 1_000_000).then().statusCode(201).body("extended", equalTo(true));
        // Now eight minutes from the close: no longer in its last five.
        bid(r.bidders().get(1), r, 1_100_000).then().statusCode(201).body("extended", equalTo(false));
        String closesAt = given().get("/api/v1/auctions/{id}", r.auctionId()).then().body("extensions", equalTo(1))
                .extract().path("closesAt");
        assertEquals(close.plusMinutes(5).toInstant(), OffsetDateTime.parse(closesAt).toInstant());

        TradeFixtures.Running later = fixtures.auction(2, 1_000_000, 100_000, 0, 50_000, IN_AN_HOUR);
        bid(later.bidders().get(0), later, 1_000_000).then().statusCode(201).body("extended", equalTo(false));
    }

    @Test
    void shouldMakeNoDealBelowTheReserveRefundEveryDepositAndCloseOnlyOnce() {
        TradeFixtures.Running r = fixtures.auction(2, 1_000_000, 100_000, 5_000_000, 80_000, IN_AN_HOUR);
        bid(r.bidders().get(0), r, 1_000_000).then().statusCode(201);
        as(r.listed().staff()).post("/api/v1/auctions/{id}/close", r.auctionId()).then().statusCode(409);
        assertTrue(schedule.closeDue(IN_AN_HOUR.plusMinutes(1)).ran());
        given().get("/api/v1/auctions/{id}", r.auctionId()).then().statusCode(200)
                .body("status", equalTo("UNSOLD")).body("reservePriceFen", equalTo(5_000_000))
                .body("reserveMet", equalTo(false));
        long ledgerRows = ledgerTransactions(r.auctionId());
        as(r.listed().staff()).post("/api/v1/auctions/{id}/close", r.auctionId()).then().statusCode(409);
        schedule.closeDue(IN_AN_HOUR.plusMinutes(2));
        assertEquals(ledgerRows, ledgerTransactions(r.auctionId()));
        for (AuctionBidder b : bidders.listOf(r.auctionId())) {
            assertEquals(DepositState.REFUNDED, b.deposit);
            assertEquals(0, ledger.balance(new Ledger.Account(Ledger.Owner.BIDDER, b.id, Ledger.Bucket.DEPOSIT)));
        }
        withKey(r.listed().staff()).body(Map.of("bidderNo", 1)).post("/api/v1/auctions/{id}/refunds", r.auctionId())
                .then().statusCode(409);
        assertEquals(ledgerRows, ledgerTransactions(r.auctionId()));
        as(r.listed().seller()).get("/api/v1/trades/{id}", r.listed().tradeId()).then().body("status", equalTo("UNSOLD"));
        assertEquals(List.of(), ledger.check());
    }

    @Test
    void shouldRefundTheLosersAndCreditTheWinnersDepositWhenTheDealIsSettled() {
        TradeFixtures.Running r = fixtures.auction(3, 1_000_000, 100_000, 1_000_000, 60_000, IN_AN_HOUR);
        bid(r.bidders().get(0), r, 1_000_000).then().statusCode(201);
        bid(r.bidders().get(1), r, 1_500_000).then().statusCode(201);
        schedule.closeDue(IN_AN_HOUR.plusMinutes(1));
        given().get("/api/v1/auctions/{id}", r.auctionId()).then().body("status", equalTo("SOLD"))
                .body("reserveMet", equalTo(true));
        List<AuctionBidder> all = bidders.listOf(r.auctionId());
        assertEquals(List.of(DepositState.REFUNDED, DepositState.HELD, DepositState.REFUNDED),
                all.stream().map(b -> b.deposit).toList());
        as(r.bidders().get(1)).get("/api/v1/trades/{id}/deal", r.listed().tradeId()).then().statusCode(200)
                .body("priceFen", equalTo(1_500_000)).body("byAuction", equalTo(true));
        as(r.bidders().get(1)).get("/api/v1/notifications").then().body("title", hasItem(containsString("竞得")));
        as(r.bidders().get(0)).get("/api/v1/notifications").then().body("title", hasItem(containsString("保证金 600元 已退还")));
        as(r.bidders().get(0)).header("Accept-Language", "en").get("/api/v1/notifications").then()
                .body("title", hasItem(containsString("Your deposit of ¥600 has been refunded")));

        withKey(r.listed().staff()).body(Map.of("outcome", "SETTLED")).post("/api/v1/trades/{id}/settlement", r.listed().tradeId())
                .then().statusCode(200).body("status", equalTo("SETTLED"));
        withKey(r.listed().staff()).body(Map.of("outcome", "DEFAULTED")).post("/api/v1/trades/{id}/settlement", r.listed().tradeId())
                .then().statusCode(409);
        assertEquals(60_000, ledger.balance(new Ledger.Account(Ledger.Owner.AUCTION, r.auctionId(), Ledger.Bucket.SETTLEMENT)));
        assertEquals(0, ledger.balance(new Ledger.Account(Ledger.Owner.BIDDER, all.get(1).id, Ledger.Bucket.DEPOSIT)));
        assertEquals(-60_000, ledger.balance(new Ledger.Account(Ledger.Owner.AUCTION, r.auctionId(), Ledger.Bucket.RECEIPTS)));
        assertEquals(List.of(), ledger.check());
    }

    @Test
    void shouldForfeitTheWinnersDepositWhenTheWinnerWalksAway() {
        TradeFixtures.Running r = fixtures.auction(2, 1_000_000, 100_000, 0, 70_000, IN_AN_HOUR);
        bid(r.bidders().get(1), r, 1_000_000).then().statusCode(201);
        schedule.closeDue(IN_AN_HOUR.plusMinutes(1));
        schedule.closeDue(IN_AN_HOUR.plusMinutes(2));
        withKey(r.listed().staff()).body(Map.of("outcome", "DEFAULTED")).post("/api/v1/trades/{id}/settlement", r.listed().tradeId())
                .then().statusCode(200).body("status", equalTo("DEFAULTED"));
        assertEquals(70_000, ledger.balance(new Ledger.Account(Ledger.Owner.AUCTION, r.auctionId(), Ledger.Bucket.FORFEITED)));
        assertEquals(List.of(DepositState.REFUNDED, DepositState.FORFEITED),
                bidders.listOf(r.auctionId()).stream().map(b -> b.deposit).toList());
        assertEquals(List.of(), ledger.check());
    }

    @Test
    void shouldPayADepositOnlineOnceForARetriedRequest() {
        TradeFixtures.Running r = auctionWithUnpaidBidder();
        Person bidder = r.bidders().get(0);
        String key = UUID.randomUUID().toString();
        int before = gateway.payments().size();
        for (int i = 0; i < 2; i++) {
            as(bidder).header("Idempotency-Key", key).post("/api/v1/auctions/{id}/deposit-payment", r.auctionId())
                    .then().statusCode(200).body("deposit", equalTo("HELD"));
        }
        as(bidder).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/auctions/{id}/deposit-payment", r.auctionId()).then().statusCode(409);
        assertEquals(before + 1, gateway.payments().size());
        AuctionBidder b = bidders.listOf(r.auctionId()).get(0);
        assertEquals(50_000, ledger.balance(new Ledger.Account(Ledger.Owner.BIDDER, b.id, Ledger.Bucket.DEPOSIT)));
        bid(bidder, r, 1_000_000).then().statusCode(201);
    }

    @Test
    void shouldAcceptOnlyOneOfTwoBidsAtTheSameMomentAtTheSamePrice() throws Exception {
        TradeFixtures.Running r = fixtures.auction(8, 1_000_000, 10_000, 0, 50_000, IN_AN_HOUR);
        List<String> tokens = r.bidders().stream().map(AuctionTest::token).toList();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (String token : tokens) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return bidWith(token, r, 1_000_000);
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : statuses) {
                codes.add(f.get());
            }
            assertEquals(1, codes.stream().filter(c -> c == 201).count(), codes.toString());
            assertEquals(tokens.size() - 1, codes.stream().filter(c -> c == 409).count(), codes.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldKeepBidsStrictlyIncreasingInArrivalOrderWhenBiddersRace() throws Exception {
        TradeFixtures.Running r = fixtures.auction(6, 1_000_000, 10_000, 0, 50_000, IN_AN_HOUR);
        List<String> tokens = r.bidders().stream().map(AuctionTest::token).toList();
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        int accepted = 0;
        try {
            List<Callable<Integer>> racers = new ArrayList<>();
            for (String token : tokens) {
                racers.add(() -> {
                    int mine = 0;
                    for (int i = 0; i < 15; i++) {
                        long minimum = ((Number) given().get("/api/v1/auctions/{id}", r.auctionId()).path("minimumBidFen")).longValue();
                        if (bidWith(token, r, minimum) == 201) {
                            mine++;
                        }
                    }
                    return mine;
                });
            }
            for (Future<Integer> f : pool.invokeAll(racers)) {
                accepted += f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Integer> amounts = given().get("/api/v1/auctions/{id}/bids?limit=500", r.auctionId()).then().statusCode(200)
                .extract().path("amountFen");
        assertEquals(accepted, amounts.size());
        for (int i = 1; i < amounts.size(); i++) {
            assertTrue(amounts.get(i - 1) - amounts.get(i) >= 10_000, "not increasing by the increment: " + amounts);
        }
        given().get("/api/v1/auctions/{id}", r.auctionId()).then().body("bids", equalTo(accepted))
                .body("currentPriceFen", equalTo(amounts.get(0)));
        assertEquals(List.of(), ledger.check());
    }

    private TradeFixtures.Running auctionWithUnpaidBidder() {
        TradeFixtures.Listed l = fixtures.listed(1_000_000);
        Person unpaid = accounts.enterprise();
        fixtures.declareIntent(l, unpaid);
        fixtures.declareIntent(l, accounts.enterprise());
        fixtures.endNotice(l);
        int id = as(l.staff()).body(Map.of("startingPriceFen", 1_000_000, "incrementFen", 100_000, "reservePriceFen", 0,
                "depositFen", 50_000, "opensAt", OffsetDateTime.now().minusMinutes(1).toString(),
                "closesAt", IN_AN_HOUR.toString())).post("/api/v1/trades/{id}/auction", l.tradeId()).then().statusCode(201)
                .extract().path("id");
        as(unpaid).post("/api/v1/auctions/{id}/bidders", id).then().statusCode(200).body("deposit", equalTo("DUE"));
        return new TradeFixtures.Running(l, id, List.of(unpaid));
    }

    @Test
    void shouldLabelEveryTradingStateActionAndReasonInTheReadersLanguage() {
        assertEquals("公示中", AuditText.state(Trade.ENTITY, "NOTICE", Language.ZH));
        assertEquals("Sold", AuditText.state(Auction.ENTITY, "SOLD", Language.EN));
        assertEquals("已退还", AuditText.state(AuctionBidder.ENTITY, "REFUNDED", Language.ZH));
        assertEquals("买方违约", AuditText.state(TradeDeal.ENTITY, "DEFAULTED", Language.ZH));
        assertEquals("公示期满", AuditText.action("notice-end", Language.ZH));
        assertEquals("deposit forfeited", AuditText.action("deposit-forfeit", Language.EN));
        String bid = AuditTrail.reason("bid", 2, AuditText.amount(1_250_000));
        assertEquals("竞买人 2 出价 1.25万元", AuditText.reason(bid, Language.ZH));
        assertEquals("bidder 2 bid ¥12,500", AuditText.reason(bid, Language.EN));
    }

    private static io.restassured.response.Response bid(Person p, TradeFixtures.Running r, long fen) {
        return as(p).body(Map.of("amountFen", fen)).post("/api/v1/auctions/{id}/bids", r.auctionId());
    }

    private static int bidWith(String token, TradeFixtures.Running r, long fen) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("amountFen", fen)).post("/api/v1/auctions/{id}/bids", r.auctionId()).statusCode();
    }

    private static String token(Person p) {
        return as(p).body(Map.of("name", "bids", "currentPassword", p.password())).post("/api/v1/me/tokens")
                .then().statusCode(201).extract().path("secret");
    }

    /** The ledger movements of one auction's deposits. */
    private long ledgerTransactions(long auctionId) {
        return ((Number) bidders.getEntityManager().createNativeQuery(
                "SELECT count(*) FROM ledger_transaction WHERE reference LIKE :ref")
                .setParameter("ref", "auction " + auctionId + " %").getSingleResult()).longValue();
    }

}

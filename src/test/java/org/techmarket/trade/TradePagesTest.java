package org.techmarket.trade;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.techmarket.trade.TradeFixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.common.Htmx;
import org.techmarket.voucher.Ledger;

@QuarkusTest
class TradePagesTest {

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

    private static final DateTimeFormatter LANZHOU_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** A form post from a page, with the page's CSRF cookie and token. */
    private static io.restassured.specification.RequestSpecification form(Person p, Response page) {
        return given().auth().preemptive().basic(p.username(), p.password()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("techmarket-csrf", page.getCookie("techmarket-csrf")).formParam("csrf-token", token(page));
    }

    private static String key(Response page, String name) {
        return page.htmlPath().getString("**.find { it.@name == 'key' && it.@value.toString().endsWith('" + name + "') }.@value");
    }

    private static Response staffPage(Person staff, String path, Object... params) {
        Response page = given().auth().preemptive().basic(staff.username(), staff.password()).get(path, params);
        page.then().statusCode(200);
        return page;
    }

    private static String token(Response page) {
        return page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
    }

    @Test
    void shouldShowTheLiveAuctionWithBiddersByNumberAndTakeABidFromItsForm() {
        TradeFixtures.Running r = fixtures.auction(2, 1_000_000, 100_000, 0, 50_000, OffsetDateTime.now().plusHours(1));
        Person bidder = r.bidders().get(1);
        Response page = as(bidder).get("/auctions/{id}", r.auctionId());
        page.then().statusCode(200).body(containsString("您是竞买人 2")).body(containsString("hx-trigger=\"every 2s\""));
        as(bidder).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .cookie("techmarket-csrf", page.getCookie("techmarket-csrf")).formParam("csrf-token", token(page))
                .formParam("amount", "12000").post("/auctions/{id}/bids", r.auctionId()).then().statusCode(303);
        as(bidder).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .cookie("techmarket-csrf", page.getCookie("techmarket-csrf")).formParam("csrf-token", token(page))
                .formParam("amount", "12500").post("/auctions/{id}/bids", r.auctionId()).then().statusCode(409)
                .body(containsString("出价至少应为"));

        given().header(Htmx.REQUEST, "true").get("/auctions/{id}/live", r.auctionId()).then().statusCode(200)
                .body(containsString("竞买人 2")).body(containsString("1.2万元")).body(not(containsString("<html")))
                .body(not(containsString(bidder.username())));
        given().cookie("techmarket-lang", "en").get("/auctions/{id}", r.auctionId()).then().statusCode(200)
                .body(containsString("Bidder 2")).body(containsString("¥12,000"));
    }

    @Test
    void shouldShowTheResultNoticeAndAPrintableConfirmationToTheParties() {
        TradeFixtures.Listed l = fixtures.listed(2_500_000);
        Person buyer = accounts.enterprise();
        fixtures.declareIntent(l, buyer);
        fixtures.endNotice(l);
        String number = given().get("/api/v1/trades/{id}", l.tradeId()).path("dealNumber");
        given().get("/trades/{id}", l.tradeId()).then().statusCode(200).body(containsString("成交公告"))
                .body(containsString(number)).body(containsString("2.5万元"));
        given().get("/trades").then().statusCode(200).body(containsString("/trades/" + l.tradeId()));
        as(buyer).get("/trades/{id}/confirmation", l.tradeId()).then().statusCode(200)
                .body(containsString("成交确认书")).body(containsString(number));
        as(accounts.enterprise()).get("/trades/{id}/confirmation", l.tradeId()).then().statusCode(404);
    }

    @Test
    void shouldLetStaffSetUpAnAuctionInWanAndLanzhouTimeWithErrorsBesideTheFields() {
        TradeFixtures.Listed l = fixtures.listed(1_500_000);
        fixtures.declareIntent(l, accounts.enterprise());
        fixtures.declareIntent(l, accounts.enterprise());
        fixtures.endNotice(l);
        Person staff = l.staff();
        staffPage(staff, "/staff/trades").then().body(containsString("/staff/trades/" + l.tradeId() + "/auction"));
        Response page = staffPage(staff, "/staff/trades/{id}/auction", l.tradeId());
        page.then().body(containsString("起拍价（万元）")).body(containsString("兰州时间"));

        OffsetDateTime opens = OffsetDateTime.now().plusMinutes(30);
        OffsetDateTime closes = OffsetDateTime.now().plusHours(2);
        form(staff, page).formParam("startingPriceFen", "一百").formParam("incrementFen", "0.1")
                .formParam("reservePriceFen", "").formParam("depositFen", "0.5")
                .formParam("opensAt", LANZHOU_MINUTE.format(opens)).formParam("closesAt", "明天下午")
                .post("/staff/trades/{id}/auction", l.tradeId()).then().statusCode(400)
                .body(containsString("id=\"e-startingPriceFen\"")).body(containsString("id=\"e-closesAt\""))
                .body(containsString("兰州时间")).body(containsString("value=\"一百\""))
                .body(containsString("error-summary"));

        String location = form(staff, page).formParam("startingPriceFen", "150").formParam("incrementFen", "0.1")
                .formParam("reservePriceFen", "160").formParam("depositFen", "0.5")
                .formParam("opensAt", LANZHOU_MINUTE.format(opens)).formParam("closesAt", LANZHOU_MINUTE.format(closes).replace(' ', 'T'))
                .post("/staff/trades/{id}/auction", l.tradeId()).then().statusCode(303).extract().header("Location");
        long auctionId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String closesAt = given().get("/api/v1/auctions/{id}", auctionId).then().statusCode(200)
                .body("startingPriceFen", equalTo(150_000_000)).body("incrementFen", equalTo(100_000))
                .body("depositFen", equalTo(500_000)).extract().path("closesAt");
        assertEquals(closes.withSecond(0).withNano(0).toInstant(), OffsetDateTime.parse(closesAt).toInstant());
        form(staff, staffPage(staff, "/staff/trades/{id}/auction", l.tradeId())).formParam("startingPriceFen", "150")
                .formParam("incrementFen", "0.1").formParam("depositFen", "0.5")
                .formParam("opensAt", LANZHOU_MINUTE.format(opens)).formParam("closesAt", LANZHOU_MINUTE.format(closes))
                .post("/staff/trades/{id}/auction", l.tradeId()).then().statusCode(409);
        given().auth().preemptive().basic(l.seller().username(), l.seller().password())
                .get("/staff/trades/{id}/auction", l.tradeId()).then().statusCode(403);
    }

    @Test
    void shouldRecordADepositOnceFromABankReceiptAndRefundItOnceThroughTheForms() {
        TradeFixtures.Listed l = fixtures.listed(1_000_000);
        Person a = accounts.enterprise();
        Person b = accounts.enterprise();
        fixtures.declareIntent(l, a);
        fixtures.declareIntent(l, b);
        fixtures.endNotice(l);
        int auctionId = as(l.staff()).body(Map.of("startingPriceFen", 1_000_000, "incrementFen", 100_000,
                "reservePriceFen", 0, "depositFen", 50_000, "opensAt", OffsetDateTime.now().plusMinutes(30).toString(),
                "closesAt", OffsetDateTime.now().plusHours(2).toString()))
                .post("/api/v1/trades/{id}/auction", l.tradeId()).then().statusCode(201).extract().path("id");
        as(a).post("/api/v1/auctions/{id}/bidders", auctionId).then().statusCode(200);
        as(b).post("/api/v1/auctions/{id}/bidders", auctionId).then().statusCode(200);
        Person staff = l.staff();
        Response page = staffPage(staff, "/staff/auctions/{id}", auctionId);
        page.then().body(containsString("竞买人 1")).body(containsString("待缴纳")).body(containsString("银行回单号"));
        String key = key(page, "-deposit");

        form(staff, page).formParam("key", key).formParam("bidderNo", "1").formParam("reference", "兰州银行 0001")
                .formParam("amountFen", "499.99").post("/staff/auctions/{id}/deposits", auctionId).then().statusCode(400)
                .body(containsString("id=\"e-amountFen\"")).body(containsString("应等于本场竞价的保证金"));
        for (int i = 0; i < 2; i++) {
            form(staff, page).formParam("key", key).formParam("bidderNo", "1").formParam("reference", "兰州银行 0001")
                    .formParam("amountFen", "500").post("/staff/auctions/{id}/deposits", auctionId).then().statusCode(303);
        }
        Ledger.Account receipts = new Ledger.Account(Ledger.Owner.AUCTION, auctionId, Ledger.Bucket.RECEIPTS);
        assertEquals(-50_000, ledger.balance(receipts), "sent twice, recorded once");
        Response held = staffPage(staff, "/staff/auctions/{id}", auctionId);
        held.then().body(containsString("已缴纳")).body(containsString("兰州银行 0001"));

        String refundKey = key(held, "-refund-1");
        for (int i = 0; i < 2; i++) {
            form(staff, held).formParam("key", refundKey).formParam("bidderNo", "1")
                    .post("/staff/auctions/{id}/refunds", auctionId).then().statusCode(303);
        }
        assertEquals(0, ledger.balance(receipts));
        form(staff, held).formParam("key", refundKey + "-again").formParam("bidderNo", "1")
                .post("/staff/auctions/{id}/refunds", auctionId).then().statusCode(409);
        assertEquals(List.of(DepositState.REFUNDED, DepositState.DUE),
                bidders.listOf(auctionId).stream().map(x -> x.deposit).toList());
        assertEquals(List.of(), ledger.check());
        staffPage(staff, "/staff/auctions/{id}", auctionId).then().body(containsString("已退还"));
        given().cookie("techmarket-lang", "en").auth().preemptive().basic(staff.username(), staff.password())
                .get("/staff/auctions/{id}", auctionId).then().statusCode(200).body(containsString("Bank receipt number"))
                .body(containsString(">refunded<"));
    }

    @Test
    void shouldRecordTheWinnersDefaultOnceFromTheStaffPageAndForfeitTheDeposit() {
        OffsetDateTime closes = OffsetDateTime.now().plusHours(1);
        TradeFixtures.Running r = fixtures.auction(2, 1_000_000, 100_000, 0, 70_000, closes);
        as(r.bidders().get(1)).body(Map.of("amountFen", 1_000_000)).post("/api/v1/auctions/{id}/bids", r.auctionId())
                .then().statusCode(201);
        schedule.closeDue(closes.plusMinutes(1));
        Person staff = r.listed().staff();
        Response page = staffPage(staff, "/staff/trades");
        page.then().body(containsString("登记买方违约"));
        String key = key(page, "-default-" + r.listed().tradeId());
        for (int i = 0; i < 2; i++) {
            form(staff, page).formParam("key", key).formParam("outcome", "DEFAULTED")
                    .post("/staff/trades/{id}/settlement", r.listed().tradeId()).then().statusCode(303);
        }
        form(staff, page).formParam("key", key(page, "-settle-" + r.listed().tradeId())).formParam("outcome", "SETTLED")
                .post("/staff/trades/{id}/settlement", r.listed().tradeId()).then().statusCode(409);
        assertEquals(70_000, ledger.balance(new Ledger.Account(Ledger.Owner.AUCTION, r.auctionId(), Ledger.Bucket.FORFEITED)));
        assertEquals(List.of(DepositState.REFUNDED, DepositState.FORFEITED),
                bidders.listOf(r.auctionId()).stream().map(x -> x.deposit).toList());
        staffPage(staff, "/staff/trades").then().body(containsString("买方违约"));
    }
}

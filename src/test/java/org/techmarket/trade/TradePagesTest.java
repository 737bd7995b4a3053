package org.techmarket.trade;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.techmarket.trade.TradeFixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.common.Htmx;

@QuarkusTest
class TradePagesTest {

    @Inject
    TradeFixtures fixtures;

    @Inject
    AccountFixtures accounts;

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
}

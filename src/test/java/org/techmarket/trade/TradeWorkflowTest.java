package org.techmarket.trade;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.techmarket.trade.TradeFixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.listing.Listing;
import org.techmarket.listing.ListingFixtures;

@QuarkusTest
class TradeWorkflowTest {

    @Inject
    TradeFixtures fixtures;

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingFixtures listings;

    @Test
    void shouldConcludeADealAtTheAskingPriceWithOneIntendedBuyerAndDraftTheContract() {
        TradeFixtures.Listed l = fixtures.listed(5_000_000);
        Person buyer = accounts.enterprise();
        as(l.seller()).get("/api/v1/trades/{id}", l.tradeId()).then().statusCode(200).body("status", equalTo("NOTICE"))
                .body("noticeUntil", notNullValue());
        fixtures.declareIntent(l, buyer);
        fixtures.declareIntent(l, buyer);
        given().get("/api/v1/trades/{id}", l.tradeId()).then().body("intents", equalTo(1));

        fixtures.endNotice(l);

        given().get("/api/v1/trades/{id}", l.tradeId()).then().statusCode(200).body("status", equalTo("DEAL"))
                .body("dealNumber", matchesPattern("CJ\\d{10}"));
        given().get("/api/v1/trades/{id}/deal", l.tradeId()).then().statusCode(200)
                .body("priceFen", equalTo(5_000_000)).body("byAuction", equalTo(false)).body("contractId", nullValue());
        int contract = as(buyer).get("/api/v1/trades/{id}/deal", l.tradeId()).then().statusCode(200)
                .body("contractId", notNullValue()).extract().path("contractId");
        as(l.seller()).get("/api/v1/contracts/{id}", contract).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("type", equalTo("TRANSFER"))
                .body("transactionAmountFen", equalTo(5_000_000)).body("resultId", equalTo(l.result().id.intValue()));
    }

    @Test
    void shouldGoToAuctionWhenSeveralEnterprisesDeclaredIntent() {
        TradeFixtures.Listed l = fixtures.listed(8_000_000);
        fixtures.declareIntent(l, accounts.enterprise());
        fixtures.declareIntent(l, accounts.enterprise());
        fixtures.endNotice(l);
        given().get("/api/v1/trades/{id}", l.tradeId()).then().body("status", equalTo("AUCTION")).body("intents", equalTo(2));
    }

    @Test
    void shouldBeUnsoldWithoutIntentsThenRelistedOrWithdrawnByItsOwner() {
        TradeFixtures.Listed l = fixtures.listed(3_000_000);
        fixtures.endNotice(l);
        as(l.seller()).get("/api/v1/trades/{id}", l.tradeId()).then().body("status", equalTo("UNSOLD"));
        given().get("/api/v1/trades/{id}", l.tradeId()).then().statusCode(404);
        as(l.staff()).post("/api/v1/trades/{id}/relisting", l.tradeId()).then().statusCode(403);
        as(l.seller()).post("/api/v1/trades/{id}/relisting", l.tradeId()).then().statusCode(200)
                .body("status", equalTo("NOTICE"));
        fixtures.endNotice(l);
        as(l.seller()).post("/api/v1/trades/{id}/withdrawal", l.tradeId()).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        as(l.seller()).post("/api/v1/trades/{id}/relisting", l.tradeId()).then().statusCode(409);
    }

    @Test
    void shouldRefuseAShortNoticeAnotherOrganisationsResultAndTheSellersOwnIntent() {
        Person seller = accounts.researcher();
        Listing result = listings.publishedResult(seller, "挂牌校验测试成果", "用于校验的成果");
        Map<String, Object> shortNotice = new HashMap<>(TradeFixtures.request(result.id, 1_000_000));
        shortNotice.put("noticeDays", 9);
        as(seller).body(shortNotice).post("/api/v1/trades").then().statusCode(400).body("errors.field", hasItem("noticeDays"));
        Map<String, Object> tooDear = new HashMap<>(TradeFixtures.request(result.id, 1_000_000));
        tooDear.put("askingPriceFen", 10_000_000_000_001L);
        as(seller).body(tooDear).post("/api/v1/trades").then().statusCode(400).body("errors.field", hasItem("askingPriceFen"));
        as(accounts.researcher()).body(TradeFixtures.request(result.id, 1_000_000)).post("/api/v1/trades")
                .then().statusCode(400).body("errors.field", hasItem("resultId"));

        TradeFixtures.Listed l = fixtures.listed(1_000_000);
        as(l.seller()).post("/api/v1/trades/{id}/intents", l.tradeId()).then().statusCode(403);
        as(l.seller()).body(TradeFixtures.request(l.result().id, 2_000_000)).post("/api/v1/trades").then().statusCode(409);
    }

    @Test
    void shouldNeedAReasonToRefuseAListing() {
        Person seller = accounts.researcher();
        Listing result = listings.publishedResult(seller, "挂牌拒绝测试成果", "用于拒绝的成果");
        int id = as(seller).body(TradeFixtures.request(result.id, 1_000_000)).post("/api/v1/trades").then().statusCode(201)
                .extract().path("id");
        Person staff = accounts.staff();
        as(staff).get("/api/v1/trades/queue").then().statusCode(200).body("id", hasItem(id));
        as(staff).body(Map.of("decision", "REFUSE")).post("/api/v1/trades/{id}/decision", id).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        as(staff).body(Map.of("decision", "REFUSE", "reason", "权属不清")).post("/api/v1/trades/{id}/decision", id)
                .then().statusCode(200).body("status", equalTo("REFUSED"));
        as(staff).body(Map.of("decision", "LIST")).post("/api/v1/trades/{id}/decision", id).then().statusCode(409);
    }
}

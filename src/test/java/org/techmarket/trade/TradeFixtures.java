package org.techmarket.trade;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.listing.Listing;
import org.techmarket.listing.ListingFixtures;

/** Builds trades for tests: a result listed for sale, its intended buyers, an auction with paid deposits. */
@ApplicationScoped
public class TradeFixtures {

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingFixtures listings;

    @Inject
    TradeSchedule schedule;

    @Inject
    TradeRepository trades;

    /** A seller with a published result, staff, and the trade once listed (in its notice period). */
    public record Listed(Person seller, Person staff, Listing result, long tradeId) {
    }

    /** An auction and its bidders (each registered with the deposit held), in bidder-number order. */
    public record Running(Listed listed, long auctionId, List<Person> bidders) {
    }

    public static RequestSpecification as(Person p) {
        return given().auth().preemptive().basic(p.username(), p.password()).contentType(ContentType.JSON);
    }

    /** With a fresh Idempotency-Key, as money-moving calls need. */
    public static RequestSpecification withKey(Person p) {
        return as(p).header("Idempotency-Key", UUID.randomUUID().toString());
    }

    public static Map<String, Object> request(long resultId, long askingFen) {
        return Map.of("resultId", resultId, "askingPriceFen", askingFen, "terms", "TRANSFER", "exclusive", true,
                "noticeDays", 10);
    }

    public Listed listed(long askingFen) {
        Person seller = accounts.researcher();
        Person staff = accounts.staff();
        Listing result = listings.publishedResult(seller, "挂牌交易测试成果" + AccountFixtures.uniqueName(""), "一项用于挂牌交易测试的成果");
        int id = as(seller).body(request(result.id, askingFen)).post("/api/v1/trades").then().statusCode(201)
                .extract().path("id");
        as(staff).body(Map.of("decision", "LIST")).post("/api/v1/trades/{id}/decision", id).then().statusCode(200);
        return new Listed(seller, staff, result, id);
    }

    public void declareIntent(Listed l, Person buyer) {
        as(buyer).post("/api/v1/trades/{id}/intents", l.tradeId()).then().statusCode(200);
    }

    /** Runs the notice job as of the day after this trade's notice period. */
    public void endNotice(Listed l) {
        LocalDate until = trades.findById(l.tradeId()).noticeUntil;
        schedule.endNotices(until.plusDays(1));
    }

    /** A listed trade with {@code n} intended buyers, its notice ended, and an auction open now until {@code closesAt}. */
    public Running auction(int n, long startingFen, long incrementFen, long reserveFen, long depositFen,
            OffsetDateTime closesAt) {
        Listed l = listed(startingFen);
        List<Person> buyers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Person buyer = accounts.enterprise();
            declareIntent(l, buyer);
            buyers.add(buyer);
        }
        endNotice(l);
        int auctionId = as(l.staff()).body(Map.of("startingPriceFen", startingFen, "incrementFen", incrementFen,
                "reservePriceFen", reserveFen, "depositFen", depositFen,
                "opensAt", OffsetDateTime.now().minusMinutes(1).toString(), "closesAt", closesAt.toString()))
                .post("/api/v1/trades/{id}/auction", l.tradeId()).then().statusCode(201).extract().path("id");
        for (Person buyer : buyers) {
            int number = as(buyer).post("/api/v1/auctions/{id}/bidders", auctionId).then().statusCode(200)
                    .extract().path("bidderNo");
            withKey(l.staff()).body(Map.of("bidderNo", number, "reference", "BANK-" + UUID.randomUUID().toString().substring(0, 8)))
                    .post("/api/v1/auctions/{id}/deposits", auctionId).then().statusCode(200);
        }
        return new Running(l, auctionId, buyers);
    }
}

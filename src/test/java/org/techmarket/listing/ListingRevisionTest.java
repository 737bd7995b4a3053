package org.techmarket.listing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.techmarket.voucher.VoucherFixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;

/** A published listing is changed through a revision staff review; a withdrawn one is edited and submitted again. */
@QuarkusTest
class ListingRevisionTest {

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingFixtures listings;

    private static Map<String, Object> terms(String title, long priceFen) {
        Map<String, Object> body = ListingFixtures.resultJson(title);
        body.put("priceFen", priceFen);
        return body;
    }

    @Test
    void shouldKeepThePublishedVersionVisibleUntilStaffPublishTheRevision() {
        Person researcher = accounts.researcher();
        Person staff = accounts.staff();
        String title = "修订测试成果" + AccountFixtures.uniqueName("");
        int id = as(researcher).body(terms(title, 50_000_000)).post("/api/v1/results").then().statusCode(201).extract().path("id");
        as(researcher).post("/api/v1/results/{id}/submit", id).then().statusCode(200);
        as(staff).body(Map.of("decision", "PUBLISH")).post("/api/v1/results/{id}/review", id).then().statusCode(200);

        // The owner lowers the price: a revision waits, the market still sees ¥500,000.
        int revision = as(researcher).body(terms(title, 40_000_000)).put("/api/v1/results/{id}", id).then().statusCode(202)
                .body("status", equalTo("PENDING")).body("changes", hasItem("priceFen: 50000000 → 40000000"))
                .extract().path("id");
        given().get("/api/v1/results/{id}", id).then().statusCode(200).body("priceFen", equalTo(50_000_000))
                .body("status", equalTo("PUBLISHED"));
        as(researcher).get("/api/v1/results/{id}/revision", id).then().statusCode(200).body("id", equalTo(revision));
        as(accounts.researcher()).get("/api/v1/results/{id}/revision", id).then().statusCode(403);
        // The same terms again change nothing.
        as(researcher).body(terms(title, 50_000_000)).put("/api/v1/results/{id}", id).then().statusCode(409);
        as(staff).get("/api/v1/listing-revisions").then().statusCode(200).body("id", hasItem(revision));
        as(researcher).get("/api/v1/listing-revisions").then().statusCode(403);
        as(staff).body(Map.of("decision", "RETURN")).post("/api/v1/listing-revisions/{id}/review", revision)
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        as(staff).body(Map.of("decision", "PUBLISH")).post("/api/v1/listing-revisions/{id}/review", revision)
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        as(staff).body(Map.of("decision", "PUBLISH")).post("/api/v1/listing-revisions/{id}/review", revision)
                .then().statusCode(409);
        given().get("/api/v1/results/{id}", id).then().statusCode(200).body("priceFen", equalTo(40_000_000));
        as(researcher).get("/api/v1/results/{id}/revision", id).then().statusCode(404);
        // The trail shows each version's changes; the owner was told.
        given().auth().preemptive().basic(researcher.username(), researcher.password()).get("/results/{id}", id)
                .then().statusCode(200).body(containsString("价格：50万元 → 40万元"));
        as(researcher).get("/api/v1/notifications").then().body("title", hasItem("您对“" + title + "”的修改已审核通过并生效"));
    }

    @Test
    void shouldSupersedeAWaitingRevisionAndKeepTheListingWhenOneIsReturned() {
        Person researcher = accounts.researcher();
        Person staff = accounts.staff();
        String title = "修订退回测试" + AccountFixtures.uniqueName("");
        int id = as(researcher).body(terms(title, 50_000_000)).post("/api/v1/results").then().statusCode(201).extract().path("id");
        as(researcher).post("/api/v1/results/{id}/submit", id).then().statusCode(200);
        as(staff).body(Map.of("decision", "PUBLISH")).post("/api/v1/results/{id}/review", id).then().statusCode(200);
        int first = as(researcher).body(terms(title, 30_000_000)).put("/api/v1/results/{id}", id).then().statusCode(202)
                .extract().path("id");
        int second = as(researcher).body(terms(title + "（新）", 50_000_000)).put("/api/v1/results/{id}", id).then()
                .statusCode(202).body("changes", hasItem(containsString("title: "))).extract().path("id");
        as(staff).get("/api/v1/listing-revisions").then().body("id", hasItem(second)).body("id", not(hasItem(first)));
        as(staff).body(Map.of("decision", "PUBLISH")).post("/api/v1/listing-revisions/{id}/review", first).then().statusCode(409);
        as(staff).body(Map.of("decision", "RETURN", "reason", "标题不得含括号")).post("/api/v1/listing-revisions/{id}/review", second)
                .then().statusCode(200).body("status", equalTo("RETURNED")).body("reason", equalTo("标题不得含括号"));
        given().get("/api/v1/results/{id}", id).then().statusCode(200).body("title", equalTo(title));
    }

    @Test
    void shouldEditAndResubmitAWithdrawnListing() {
        Person researcher = accounts.researcher();
        Person staff = accounts.staff();
        Listing listing = listings.publishedResult(researcher, "撤回后再发布" + AccountFixtures.uniqueName(""), "描述");
        as(researcher).post("/api/v1/results/{id}/withdraw", listing.id).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        Map<String, Object> body = terms(listing.title + "（更新）", 20_000_000);
        as(researcher).body(body).put("/api/v1/results/{id}", listing.id).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("priceFen", equalTo(20_000_000));
        as(researcher).post("/api/v1/results/{id}/submit", listing.id).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        as(staff).body(Map.of("decision", "PUBLISH")).post("/api/v1/results/{id}/review", listing.id).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        given().get("/api/v1/results/{id}", listing.id).then().statusCode(200).body("title", equalTo(listing.title + "（更新）"));
    }
}

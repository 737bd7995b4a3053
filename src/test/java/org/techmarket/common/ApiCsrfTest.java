package org.techmarket.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.listing.Listing;
import org.techmarket.listing.ListingFixtures;

@QuarkusTest
class ApiCsrfTest {

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingFixtures listings;

    @Test
    void shouldRefuseAFormPostFromAnotherSiteEvenWithBasicCredentials() {
        Person researcher = accounts.researcher();
        Listing published = listings.publishedResult(researcher, "跨站测试成果", "描述");
        given().auth().preemptive().basic(researcher.username(), researcher.password())
                .header("Origin", "http://evil.example").contentType("application/x-www-form-urlencoded")
                .formParam("x", "1")
                .when().post("/api/v1/results/{id}/withdraw", published.id)
                .then().statusCode(400);
        given().get("/api/v1/results/{id}", published.id).then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void shouldLetAnApiClientWithItsOwnCredentialsPostAForm() {
        Person researcher = accounts.researcher();
        Listing published = listings.publishedResult(researcher, "接口客户端成果", "描述");
        given().auth().preemptive().basic(researcher.username(), researcher.password())
                .contentType("application/x-www-form-urlencoded").formParam("x", "1")
                .when().post("/api/v1/results/{id}/withdraw", published.id)
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    }
}

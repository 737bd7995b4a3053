package org.techmarket.listing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;

@QuarkusTest
class ListingValidationTest {

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingFixtures listings;

    @Inject
    ListingRepository repository;

    @Test
    void shouldRejectBadResultFieldsOneByOneAndStoreNothing() {
        Person researcher = accounts.researcher();
        rejectsResult(researcher, b -> b.put("title", ""), "title");
        rejectsResult(researcher, b -> b.put("title", "长".repeat(10_000)), "title");
        rejectsResult(researcher, b -> b.put("maturity", 0), "maturity");
        rejectsResult(researcher, b -> b.put("maturity", 10), "maturity");
        rejectsResult(researcher, b -> b.put("priceFen", -100), "priceFen");
        rejectsResult(researcher, b -> b.put("field", "MAGIC_FIELD"), "field");
        rejectsResult(researcher, b -> b.put("regionCode", "999999"), "regionCode");
        rejectsResult(researcher, b -> b.put("transferModes", java.util.List.of()), "transferModes");
        rejectsResult(researcher, b -> b.put("validUntil", LocalDate.now().minusDays(1).toString()), "validUntil");
        rejectsResult(researcher, b -> b.put("description", "长".repeat(10_001)), "description");
        assertEquals(0L, QuarkusTransaction.requiringNew().call(
                () -> repository.count("ownerId", researcher.id())));
    }

    @Test
    void shouldRejectANeedWhoseBudgetMinimumExceedsItsMaximumOrWhoseDeadlinePassed() {
        Person enterprise = accounts.enterprise();
        rejectsNeed(enterprise, b -> {
            b.put("budgetMinFen", 90_000_000);
            b.put("budgetMaxFen", 10_000_000);
        }, "budgetMinFen");
        rejectsNeed(enterprise, b -> b.put("deadline", LocalDate.now().minusDays(3).toString()), "deadline");
        assertEquals(0L, QuarkusTransaction.requiringNew().call(
                () -> repository.count("ownerId", enterprise.id())));
    }

    @Test
    void shouldShowScriptTagsEscapedAndStoreThemAsWritten() {
        Person researcher = accounts.researcher();
        Map<String, Object> body = ListingFixtures.resultJson("<script>alert('x')</script>成果");
        given().auth().preemptive().basic(researcher.username(), researcher.password())
                .contentType(ContentType.JSON).body(body).post("/api/v1/results")
                .then().statusCode(201).body("title", equalTo("<script>alert('x')</script>成果"));
    }

    @Test
    void shouldForbidEditingAnotherOrganisationsPublishedListingAndHideItsDrafts() {
        Person owner = accounts.researcher();
        Person other = accounts.researcher();
        Listing published = listings.publishedResult(owner, "别人的已发布成果", "描述");
        int draft = given().auth().preemptive().basic(owner.username(), owner.password())
                .contentType(ContentType.JSON).body(ListingFixtures.resultJson("别人的草稿"))
                .post("/api/v1/results").then().statusCode(201).extract().path("id");

        given().auth().preemptive().basic(other.username(), other.password()).contentType(ContentType.JSON)
                .post("/api/v1/results/{id}/withdraw", published.id).then().statusCode(403);
        given().auth().preemptive().basic(other.username(), other.password()).contentType(ContentType.JSON)
                .body(ListingFixtures.resultJson("篡改")).put("/api/v1/results/{id}", draft).then().statusCode(404);
        given().auth().preemptive().basic(other.username(), other.password())
                .get("/api/v1/results/{id}", draft).then().statusCode(404);
        given().get("/api/v1/results/{id}", published.id).then().statusCode(200)
                .body("title", equalTo("别人的已发布成果"));
    }

    private void rejectsResult(Person p, Consumer<Map<String, Object>> change, String field) {
        Map<String, Object> body = ListingFixtures.resultJson("校验测试成果");
        change.accept(body);
        given().auth().preemptive().basic(p.username(), p.password()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/results")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private void rejectsNeed(Person p, Consumer<Map<String, Object>> change, String field) {
        Map<String, Object> body = ListingFixtures.needJson("校验测试需求");
        change.accept(body);
        given().auth().preemptive().basic(p.username(), p.password()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/needs")
                .then().statusCode(400).body("errors.field", hasItem(field));
    }
}

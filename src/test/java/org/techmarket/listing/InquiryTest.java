package org.techmarket.listing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;

@QuarkusTest
class InquiryTest {

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingFixtures listings;

    @Test
    void shouldDeliverAnInquiryToTheOwnerAndTheReplyBack() {
        Person researcher = accounts.researcher();
        Person enterprise = accounts.enterprise();
        Listing result = listings.publishedResult(researcher, "咨询测试成果", "描述");

        int id = as(enterprise).body(Map.of("message", "请问是否支持独占许可？"))
                .post("/api/v1/results/{id}/inquiries", result.id).then().statusCode(201).extract().path("id");
        as(researcher).get("/api/v1/inquiries").then().statusCode(200)
                .body("received.message", hasItem("请问是否支持独占许可？"));
        as(researcher).body(Map.of("reply", "支持，可面谈。")).post("/api/v1/inquiries/{id}/reply", id)
                .then().statusCode(200).body("reply", equalTo("支持，可面谈。"));
        as(enterprise).get("/api/v1/inquiries").then().statusCode(200)
                .body("sent.find { it.id == " + id + " }.reply", equalTo("支持，可面谈。"));
        as(researcher).body(Map.of("reply", "再答一次")).post("/api/v1/inquiries/{id}/reply", id)
                .then().statusCode(409);
    }

    @Test
    void shouldRefuseBlankInquiriesAndOutsidersReplying() {
        Person researcher = accounts.researcher();
        Person enterprise = accounts.enterprise();
        Person outsider = accounts.enterprise();
        Listing result = listings.publishedResult(researcher, "咨询边界测试", "描述");
        as(enterprise).body(Map.of("message", " ")).post("/api/v1/results/{id}/inquiries", result.id)
                .then().statusCode(400).body("errors.field", hasItem("message"));
        as(researcher).body(Map.of("message", "自己问自己")).post("/api/v1/results/{id}/inquiries", result.id)
                .then().statusCode(409);
        int id = as(enterprise).body(Map.of("message", "价格可以商量吗？"))
                .post("/api/v1/results/{id}/inquiries", result.id).then().statusCode(201).extract().path("id");
        as(outsider).body(Map.of("reply", "冒充回复")).post("/api/v1/inquiries/{id}/reply", id).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("message", "匿名"))
                .post("/api/v1/results/{id}/inquiries", result.id).then().statusCode(401);
    }

    private static io.restassured.specification.RequestSpecification as(Person p) {
        return given().auth().preemptive().basic(p.username(), p.password()).contentType(ContentType.JSON);
    }
}

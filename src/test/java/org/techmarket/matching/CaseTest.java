package org.techmarket.matching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.account.AccountFixtures;
import org.techmarket.listing.Listing;
import org.techmarket.listing.ListingFixtures;

@QuarkusTest
class CaseTest {

    @Inject
    org.techmarket.contract.ContractFixtures contracts;

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingFixtures listings;

    @Inject
    org.techmarket.account.OrganisationService organisations;

    @Test
    void shouldCarryACaseFromRecommendedToAgreedWithMessagesAndTimeline() {
        Person researcher = accounts.researcher();
        Person enterprise = accounts.enterprise();
        Person staff = accounts.staff();
        Listing result = listings.publishedResult(researcher, "对接测试成果", "描述");
        Listing need = listings.publishedNeed(enterprise, "对接测试需求", "描述");

        int id = as(staff).body(Map.of("needId", need.id, "resultId", result.id)).post("/api/v1/cases")
                .then().statusCode(201).body("status", equalTo("RECOMMENDED")).extract().path("id");
        as(enterprise).body(Map.of("status", "CONTACTED")).post("/api/v1/cases/{id}/transition", id)
                .then().statusCode(200).body("status", equalTo("CONTACTED"));
        as(researcher).body(Map.of("body", "欢迎来实验室参观。")).post("/api/v1/cases/{id}/messages", id)
                .then().statusCode(201);
        as(researcher).body(Map.of("status", "NEGOTIATING")).post("/api/v1/cases/{id}/transition", id)
                .then().statusCode(200);
        as(enterprise).body(Map.of("status", "AGREED", "comment", "签约在即")).post("/api/v1/cases/{id}/transition", id)
                .then().statusCode(200).body("status", equalTo("AGREED"));

        // The seller is offered the contract draft (once, instead of a bare status change); the buyer moved it.
        as(researcher).get("/api/v1/notifications").then().statusCode(200)
                .body("findAll { it.link == '/contracts/new?caseId=" + id + "' }.size()", equalTo(1))
                .body("findAll { it.link == '/cases/" + id + "' && it.title.contains('达成意向') }.size()", equalTo(0));
        as(researcher).get("/api/v1/cases/{id}", id).then().statusCode(200)
                .body("timeline.text", hasItem("欢迎来实验室参观。"))
                .body("timeline.to", hasItem("AGREED"))
                .body("timeline.actor", hasItem(staff.username()));
        as(staff).get("/cases/{id}", id).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("欢迎来实验室参观。"))
                .body(org.hamcrest.Matchers.containsString("/contracts/new?caseId=" + id));
        // The agreed case offers the seller a contract draft with the case's listings and the buyer filled in.
        String buyerCode = organisations.get(enterprise.organisationId()).creditCode;
        as(researcher).get("/contracts/new?caseId={id}", id).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("value=\"" + buyerCode + "\""))
                .body(org.hamcrest.Matchers.containsString("name=\"caseId\" value=\"" + id + "\""))
                // The result is offered for licence: the draft starts as a licence contract (技术许可).
                .body(org.hamcrest.Matchers.containsString("<option value=\"LICENSE\" selected>"));
        // A contract naming only the case serves the case's result and need, and so their field.
        java.util.Map<String, Object> body = contracts.body(enterprise, org.techmarket.contract.ContractFixtures.uniqueProject());
        body.put("caseId", id);
        as(researcher).body(body).post("/api/v1/contracts").then().statusCode(201)
                .body("resultId", equalTo(result.id.intValue())).body("needId", equalTo(need.id.intValue()));
    }

    @Test
    void shouldRefuseBadCaseRequests() {
        Person researcher = accounts.researcher();
        Person enterprise = accounts.enterprise();
        Person outsider = accounts.enterprise();
        Listing result = listings.publishedResult(researcher, "边界成果", "描述");
        Listing need = listings.publishedNeed(enterprise, "边界需求", "描述");
        Listing withdrawn = listings.publishedResult(researcher, "已撤回成果", "描述");
        as(researcher).post("/api/v1/results/{id}/withdraw", withdrawn.id).then().statusCode(200);

        as(enterprise).body(Map.of("needId", need.id, "resultId", withdrawn.id)).post("/api/v1/cases")
                .then().statusCode(409);
        as(outsider).body(Map.of("needId", need.id, "resultId", result.id)).post("/api/v1/cases")
                .then().statusCode(403);
        int id = as(enterprise).body(Map.of("needId", need.id, "resultId", result.id)).post("/api/v1/cases")
                .then().statusCode(201).extract().path("id");
        as(researcher).body(Map.of("needId", need.id, "resultId", result.id)).post("/api/v1/cases")
                .then().statusCode(409);
        as(enterprise).body(Map.of("status", "AGREED")).post("/api/v1/cases/{id}/transition", id)
                .then().statusCode(409);
        as(enterprise).body(Map.of("status", "DECLINED")).post("/api/v1/cases/{id}/transition", id)
                .then().statusCode(400).body("errors.field", hasItem("reasonCode"));
        as(outsider).body(Map.of("body", "插话")).post("/api/v1/cases/{id}/messages", id).then().statusCode(403);
        as(outsider).get("/api/v1/cases/{id}", id).then().statusCode(404);
        as(enterprise).body(Map.of("status", "DECLINED", "reasonCode", "PRICE", "comment", "超出预算"))
                .post("/api/v1/cases/{id}/transition", id).then().statusCode(200);
        as(researcher).get("/api/v1/cases/{id}", id).then().statusCode(200)
                .body("matchCase.declineReason", equalTo("PRICE")).body("matchCase.comment", equalTo("超出预算"));
        as(enterprise).body(Map.of("needId", need.id, "resultId", result.id)).post("/api/v1/cases")
                .then().statusCode(201);
    }

    private static RequestSpecification as(Person p) {
        return given().auth().preemptive().basic(p.username(), p.password()).contentType(ContentType.JSON);
    }
}

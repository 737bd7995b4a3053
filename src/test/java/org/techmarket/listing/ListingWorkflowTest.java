package org.techmarket.listing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.account.OrganisationType;
import org.techmarket.common.Roles;

@QuarkusTest
class ListingWorkflowTest {

    @Inject
    AccountFixtures accounts;

    @Test
    void shouldTakeAResultFromDraftThroughReturnToPublished() {
        Person researcher = accounts.researcher();
        Person staff = accounts.staff();
        int id = given().auth().preemptive().basic(researcher.username(), researcher.password())
                .contentType(ContentType.JSON).body(ListingFixtures.resultJson("稀土永磁电机控制技术"))
                .when().post("/api/v1/results")
                .then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");

        given().get("/api/v1/results/{id}", id).then().statusCode(404);

        as(researcher).post("/api/v1/results/{id}/submit", id).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        as(staff).contentType(ContentType.JSON).body(Map.of("decision", "RETURN"))
                .post("/api/v1/results/{id}/review", id).then().statusCode(400).body("errors.field", hasItem("reason"));
        as(staff).contentType(ContentType.JSON).body(Map.of("decision", "RETURN", "reason", "请补充专利号"))
                .post("/api/v1/results/{id}/review", id)
                .then().statusCode(200).body("status", equalTo("RETURNED")).body("statusReason", equalTo("请补充专利号"));

        Map<String, Object> corrected = ListingFixtures.resultJson("稀土永磁电机控制技术");
        corrected.put("patentNumbers", "ZL202110123456.7");
        as(researcher).contentType(ContentType.JSON).body(corrected).put("/api/v1/results/{id}", id)
                .then().statusCode(200).body("patentNumbers", equalTo("ZL202110123456.7"));
        as(researcher).post("/api/v1/results/{id}/submit", id).then().statusCode(200);
        as(staff).contentType(ContentType.JSON).body(Map.of("decision", "PUBLISH"))
                .post("/api/v1/results/{id}/review", id).then().statusCode(200).body("status", equalTo("PUBLISHED"));

        given().get("/api/v1/results/{id}", id).then().statusCode(200).body("title", equalTo("稀土永磁电机控制技术"));
        given().get("/results/{id}", id).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("<title>稀土永磁电机控制技术 · 科技大市场</title>"));
    }

    @Test
    void shouldRecordEveryTransitionInTheAuditTrail() {
        Person researcher = accounts.researcher();
        Person staff = accounts.staff();
        int id = as(researcher).contentType(ContentType.JSON).body(ListingFixtures.resultJson("审计测试成果"))
                .post("/api/v1/results").then().statusCode(201).extract().path("id");
        as(researcher).post("/api/v1/results/{id}/submit", id).then().statusCode(200);
        as(staff).contentType(ContentType.JSON).body(Map.of("decision", "PUBLISH"))
                .post("/api/v1/results/{id}/review", id).then().statusCode(200);
        as(researcher).post("/api/v1/results/{id}/withdraw", id).then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        as(staff).get("/results/{id}", id).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString(staff.username()))
                .body(org.hamcrest.Matchers.containsString("已发布 → 已撤回"));
    }

    @Test
    void shouldRefuseStepsOutOfOrderWith409() {
        Person researcher = accounts.researcher();
        int id = as(researcher).contentType(ContentType.JSON).body(ListingFixtures.resultJson("顺序测试"))
                .post("/api/v1/results").then().statusCode(201).extract().path("id");
        as(researcher).post("/api/v1/results/{id}/withdraw", id).then().statusCode(409);
        as(researcher).post("/api/v1/results/{id}/submit", id).then().statusCode(200);
        as(researcher).post("/api/v1/results/{id}/submit", id).then().statusCode(409);
        as(researcher).contentType(ContentType.JSON).body(ListingFixtures.resultJson("改名"))
                .put("/api/v1/results/{id}", id).then().statusCode(409);
    }

    @Test
    void shouldNotLetMembersOfAnUnverifiedOrganisationPostListings() {
        var pending = accounts.organisation(OrganisationType.ENTERPRISE, false);
        Person enterprise = accounts.member(Roles.ENTERPRISE, pending.id);
        as(enterprise).contentType(ContentType.JSON).body(ListingFixtures.needJson("未认证企业的需求"))
                .post("/api/v1/needs").then().statusCode(403);
        as(enterprise).get("/api/v1/needs/mine").then().statusCode(403);
        given().get("/api/v1/needs?q=未认证企业的需求").then().statusCode(200).body("total", org.hamcrest.Matchers.is(0));
    }

    @Test
    void shouldLetOnlyStaffReview() {
        Person researcher = accounts.researcher();
        int id = as(researcher).contentType(ContentType.JSON).body(ListingFixtures.resultJson("自审"))
                .post("/api/v1/results").then().statusCode(201).extract().path("id");
        as(researcher).post("/api/v1/results/{id}/submit", id).then().statusCode(200);
        as(researcher).contentType(ContentType.JSON).body(Map.of("decision", "PUBLISH"))
                .post("/api/v1/results/{id}/review", id).then().statusCode(403);
    }

    @Test
    void shouldLetResearchersPostResultsAndEnterprisesPostNeedsOnly() {
        Person researcher = accounts.researcher();
        Person enterprise = accounts.enterprise();
        as(enterprise).contentType(ContentType.JSON).body(ListingFixtures.resultJson("企业发成果"))
                .post("/api/v1/results").then().statusCode(403);
        as(researcher).contentType(ContentType.JSON).body(ListingFixtures.needJson("科研人员发需求"))
                .post("/api/v1/needs").then().statusCode(403);
        as(enterprise).contentType(ContentType.JSON).body(ListingFixtures.needJson("企业发需求"))
                .post("/api/v1/needs").then().statusCode(201).body("cooperationModes", contains("JOINT_DEVELOPMENT"));
    }

    @Test
    void shouldListMyOrganisationsListings() {
        Person researcher = accounts.researcher();
        as(researcher).contentType(ContentType.JSON).body(ListingFixtures.resultJson("我的成果一"))
                .post("/api/v1/results").then().statusCode(201);
        as(researcher).get("/api/v1/results/mine").then().statusCode(200).body("title", contains("我的成果一"));
    }

    private static io.restassured.specification.RequestSpecification as(Person p) {
        // JSON by default: the API speaks JSON, and form-encoded posts would need a CSRF token.
        return given().auth().preemptive().basic(p.username(), p.password()).contentType(ContentType.JSON);
    }
}

package org.techmarket.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.common.Roles;

@QuarkusTest
class OrganisationVerificationTest {

    @Inject
    AccountFixtures fixtures;

    @Test
    void shouldLetStaffVerifyAPendingOrganisationAndRecordItInTheAuditTrail() {
        Person staff = fixtures.staff();
        Organisation pending = fixtures.organisation(OrganisationType.ENTERPRISE, false);

        given().auth().preemptive().basic(staff.username(), staff.password())
                .contentType(ContentType.JSON).body(Map.of("decision", "VERIFY"))
                .when().post("/api/v1/organisations/{id}/decision", pending.id)
                .then().statusCode(200)
                .body("status", equalTo("VERIFIED"))
                .body("verifiedAt", notNullValue());

        given().auth().preemptive().basic(staff.username(), staff.password())
                .when().get("/api/v1/organisations/{id}/audit", pending.id)
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].actor", equalTo(staff.username()))
                .body("[0].action", equalTo("verify"))
                .body("[0].fromState", equalTo("PENDING"))
                .body("[0].toState", equalTo("VERIFIED"));
    }

    @Test
    void shouldRequireAReasonToRejectAndChangeNothingWithoutOne() {
        Person staff = fixtures.staff();
        Organisation pending = fixtures.organisation(OrganisationType.INSTITUTE, false);

        given().auth().preemptive().basic(staff.username(), staff.password())
                .contentType(ContentType.JSON).body(Map.of("decision", "REJECT"))
                .when().post("/api/v1/organisations/{id}/decision", pending.id)
                .then().statusCode(400).body("errors.field", hasItem("reason"));

        given().auth().preemptive().basic(staff.username(), staff.password())
                .when().get("/api/v1/organisations/{id}", pending.id)
                .then().statusCode(200).body("status", equalTo("PENDING"));

        given().auth().preemptive().basic(staff.username(), staff.password())
                .contentType(ContentType.JSON).body(Map.of("decision", "REJECT", "reason", "营业执照与名称不符"))
                .when().post("/api/v1/organisations/{id}/decision", pending.id)
                .then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("statusReason", equalTo("营业执照与名称不符"));
    }

    @Test
    void shouldRefuseASecondDecisionWith409() {
        Person staff = fixtures.staff();
        Organisation pending = fixtures.organisation(OrganisationType.ENTERPRISE, false);
        given().auth().preemptive().basic(staff.username(), staff.password())
                .contentType(ContentType.JSON).body(Map.of("decision", "VERIFY"))
                .post("/api/v1/organisations/{id}/decision", pending.id).then().statusCode(200);

        given().auth().preemptive().basic(staff.username(), staff.password())
                .contentType(ContentType.JSON).body(Map.of("decision", "REJECT", "reason", "again"))
                .when().post("/api/v1/organisations/{id}/decision", pending.id)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldForbidNonStaffFromVerifying() {
        Person researcher = fixtures.researcher();
        Organisation pending = fixtures.organisation(OrganisationType.ENTERPRISE, false);
        given().auth().preemptive().basic(researcher.username(), researcher.password())
                .contentType(ContentType.JSON).body(Map.of("decision", "VERIFY"))
                .when().post("/api/v1/organisations/{id}/decision", pending.id)
                .then().statusCode(403);
    }

    @Test
    void shouldShowMembersTheirOwnOrganisationOnlyAndHideOthersAsNotFound() {
        Person researcher = fixtures.researcher();
        Person enterprise = fixtures.enterprise();

        given().auth().preemptive().basic(researcher.username(), researcher.password())
                .when().get("/api/v1/organisations/{id}", researcher.organisationId())
                .then().statusCode(200).body("id", equalTo((int) researcher.organisationId()));
        given().auth().preemptive().basic(researcher.username(), researcher.password())
                .when().get("/api/v1/organisations/{id}", enterprise.organisationId())
                .then().statusCode(404);
        given().auth().preemptive().basic(researcher.username(), researcher.password())
                .when().get("/api/v1/organisations")
                .then().statusCode(403);
    }

    @Test
    void shouldLetStaffApproveAMemberWhoJoinedAnExistingOrganisation() {
        Person staff = fixtures.staff();
        Organisation company = fixtures.organisation(OrganisationType.ENTERPRISE, true);
        Person joiner = fixtures.member(Roles.ENTERPRISE, company.id);
        given().auth().preemptive().basic(staff.username(), staff.password()).contentType(ContentType.JSON)
                .when().post("/api/v1/users/{id}/membership-approval", joiner.id())
                .then().statusCode(200).body("membershipApproved", equalTo(true));
    }
}

package org.techmarket.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures.Person;

@QuarkusTest
class RoleCheckTest {

    @Inject
    AccountFixtures fixtures;

    @Test
    void shouldLetAnAdminCreateAStaffAccountThatCanLogIn() {
        Person admin = fixtures.admin();
        String username = AccountFixtures.uniqueName("staff");
        given().auth().preemptive().basic(admin.username(), admin.password())
                .contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "Staff-pass-2026", "displayName", "新同事",
                        "email", "new@market.cn"))
                .when().post("/api/v1/staff-accounts")
                .then().statusCode(201).body("role", equalTo("STAFF"));

        given().auth().preemptive().basic(username, "Staff-pass-2026")
                .when().get("/api/v1/organisations?status=PENDING")
                .then().statusCode(200);
    }

    @Test
    void shouldForbidStaffFromCreatingStaff() {
        Person staff = fixtures.staff();
        given().auth().preemptive().basic(staff.username(), staff.password())
                .contentType(ContentType.JSON)
                .body(Map.of("username", AccountFixtures.uniqueName("x"), "password", "Staff-pass-2026",
                        "displayName", "x", "email", "x@market.cn"))
                .when().post("/api/v1/staff-accounts")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldSendAnonymousPageVisitorsToTheLoginPage() {
        given().redirects().follow(false)
                .when().get("/staff/organisations")
                .then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.containsString("/login?next=%2Fstaff%2Forganisations"));
    }

    @Test
    void shouldShowAForbiddenPageToAResearcherOnAStaffPage() {
        Person researcher = fixtures.researcher();
        given().auth().preemptive().basic(researcher.username(), researcher.password())
                .when().get("/staff/organisations")
                .then().statusCode(403)
                .body(org.hamcrest.Matchers.containsString("无权访问"));
    }

    @Test
    void shouldLetStaffSeeTheVerificationQueue() {
        Person staff = fixtures.staff();
        Organisation pending = fixtures.organisation(OrganisationType.ENTERPRISE, false);
        given().auth().preemptive().basic(staff.username(), staff.password())
                .when().get("/staff/organisations")
                .then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString(pending.name));
    }
}

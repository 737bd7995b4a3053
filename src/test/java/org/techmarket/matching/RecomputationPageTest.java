package org.techmarket.matching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;

/** Staff start a recomputation of all matches from the jobs page and land on its progress page. */
@QuarkusTest
class RecomputationPageTest {

    @Inject
    AccountFixtures accounts;

    @Test
    void shouldStartARecomputationFromTheJobsPageAndShowItsProgress() {
        Person staff = accounts.staff();
        Response page = as(staff).get("/staff/jobs");
        page.then().statusCode(200).body(containsString("action=\"/staff/matches/recomputation\""));
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");

        String job = as(staff).cookie("techmarket-csrf", page.getCookie("techmarket-csrf")).formParam("csrf-token", token)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").post("/staff/matches/recomputation")
                .then().statusCode(303).header("Location", matchesPattern(".*/staff/jobs/\\d+")).extract().header("Location");

        as(staff).get(job).then().statusCode(200).body(containsString("重新计算全部匹配"));
    }

    private static RequestSpecification as(Person who) {
        return given().redirects().follow(false).auth().preemptive().basic(who.username(), who.password());
    }
}

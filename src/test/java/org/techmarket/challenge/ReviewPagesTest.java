package org.techmarket.challenge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.techmarket.challenge.ChallengeReviewFixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.challenge.ChallengeReviewFixtures.Closed;

/** The review pages: the reviewer scores through a form, staff read the ranking, members object through a form. */
@QuarkusTest
class ReviewPagesTest {

    @Inject
    ChallengeReviewFixtures fixtures;

    @Test
    void shouldLetAReviewerScoreThroughTheFormAndNameTheFieldOutsideTheScale() {
        Closed c = fixtures.closed(1);
        Person r = fixtures.reviewer();
        fixtures.underReview(c, r);
        page(r).get("/reviewer").then().statusCode(200).body(containsString("清洁方案1"))
                .body(containsString("待评分"));
        String path = "/reviewer/submissions/" + c.team(0).submissionId();
        post(r, path, Map.of("scores." + c.quality(), "12", "scores." + c.cost(), "5", "comment", "很好"))
                .then().statusCode(400).body(containsString("0 到 10 之间")).body(containsString("value=\"12\""));
        post(r, path, Map.of("scores." + c.quality(), "9", "scores." + c.cost(), "5", "comment", "很好"))
                .then().statusCode(303).header("Location", containsString(path + "?saved=1"));
        page(r).get(path + "?saved=1").then().statusCode(200).body(containsString("已保存"))
                .body(containsString("value=\"9\""));
        page(r).get("/reviewer").then().statusCode(200).body(containsString("已评分"));
    }

    @Test
    void shouldKeepASubmissionSealedFromItsReviewerAndStaffBeforeTheDeadline() {
        Person r = fixtures.reviewer();
        Closed c = fixtures.closed(1);
        Closed open = fixtures.sealedAssignment(r, c.staff());
        long sealed = open.team(0).submissionId();
        page(r).get("/reviewer/submissions/" + sealed).then().statusCode(404)
                .body(not(containsString("静电除尘")));
        as(r).get("/api/v1/reviewer/submissions/{id}", sealed).then().statusCode(404);
        page(r).get("/reviewer").then().statusCode(200).body(not(containsString("/reviewer/submissions/" + sealed)));
        // Staff neither: the ranking and the review page of the open challenge hold no submission.
        as(c.staff()).get("/api/v1/challenges/{id}/ranking", open.id()).then().statusCode(200)
                .body("submissions", org.hamcrest.Matchers.hasSize(0));
        page(c.staff()).get("/staff/challenges/{id}/review", open.id()).then().statusCode(200)
                .body(containsString("密封")).body(not(containsString("清洁方案1")));
    }

    @Test
    void shouldShowStaffTheRankingWithTheSpreadFlaggedInChinese() {
        Closed c = fixtures.closed(1);
        Person a = fixtures.reviewer();
        Person b = fixtures.reviewer();
        fixtures.underReview(c, a, b);
        fixtures.score(c, a, c.team(0), 10, 10);
        fixtures.score(c, b, c.team(0), 1, 1);
        String html = page(c.staff()).get("/staff/challenges/{id}/review", c.id()).then().statusCode(200)
                .body(containsString("评审中")).body(containsString("分差过大")).body(containsString("55.00"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(html.replaceAll("<[^>]*>", " ").contains("UNDER_REVIEW"),
                "a stage code reached the page");
    }

    @Test
    void shouldTakeAnObjectionThroughTheFormDuringThePublicityOnly() {
        Closed c = fixtures.publicised();
        Person objector = c.team(1).member();
        page(objector).get("/challenges/{id}/objections", c.id()).then().statusCode(200)
                .body(containsString("提交异议"));
        post(objector, "/challenges/" + c.id() + "/objections", Map.of("reason", "获胜方案预算偏低，无法完成实证"))
                .then().statusCode(303);
        page(c.staff()).get("/staff/challenges/{id}/review", c.id()).then().statusCode(200)
                .body(containsString("获胜方案预算偏低"));
        fixtures.endObjectionPeriod(c.id());
        page(objector).get("/challenges/{id}/objections", c.id()).then().statusCode(200)
                .body(containsString("不在公示期")).body(not(containsString("提交异议</button>")));
    }

    private static RequestSpecification page(Person who) {
        return given().redirects().follow(false).auth().preemptive().basic(who.username(), who.password());
    }

    /** A form post with the CSRF token of the form's own page. */
    private static Response post(Person who, String path, Map<String, String> form) {
        Response page = page(who).get(path);
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        return page(who).cookie("techmarket-csrf", page.getCookie("techmarket-csrf")).formParam("csrf-token", token)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form).post(path);
    }
}

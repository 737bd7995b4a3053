package org.techmarket.challenge;

import static io.restassured.RestAssured.given;
import static org.techmarket.challenge.ChallengeReviewFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.challenge.ChallengeReviewFixtures.Closed;
import org.techmarket.contract.ContractFixtures;

/** Expert reviewers score what is assigned to them and nothing else; staff run the review but never score. */
@QuarkusTest
class ReviewerAccessTest {

    @Inject
    ChallengeReviewFixtures fixtures;

    @Inject
    AccountFixtures accounts;

    @Inject
    ContractFixtures contracts;

    @Test
    void shouldInviteAnExpertWithALinkToSetTheirPassword() {
        Person staff = accounts.staff();
        String username = AccountFixtures.uniqueName("expert");
        String link = as(staff).body(Map.of("username", username, "displayName", "刘研究员", "email", "liu@example.cn"))
                .post("/api/v1/reviewers").then().statusCode(201).body("username", equalTo(username))
                .body("invitationLink", startsWith("/password/reset?token=")).extract().path("invitationLink");
        String token = link.substring(link.indexOf('=') + 1);
        given().contentType("application/json").body(Map.of("token", token, "newPassword", "Expert-Review-Pass-2026"))
                .post("/api/v1/password-resets/redemption").then().statusCode(org.hamcrest.Matchers.lessThan(300));
        given().auth().preemptive().basic(username, "Expert-Review-Pass-2026").get("/api/v1/reviewer/assignments")
                .then().statusCode(200);
        as(staff).body(Map.of("username", username, "displayName", "重名", "email", "x@example.cn"))
                .post("/api/v1/reviewers").then().statusCode(400).body("errors[0].field", equalTo("username"));
    }

    @Test
    void shouldKeepAReviewerOutOfStaffAndOrganisationPages() {
        Person r = fixtures.reviewer();
        Closed c = fixtures.closed(1);
        as(r).get("/api/v1/challenges/{id}/ranking", c.id()).then().statusCode(403);
        as(r).get("/api/v1/contracts").then().statusCode(403);
        as(r).body(contracts.body(accounts.enterprise(), ContractFixtures.uniqueProject())).post("/api/v1/contracts")
                .then().statusCode(403);
        as(r).get("/staff/challenges/{id}/review", c.id()).then().statusCode(403);
        as(r).get("/my/listings").then().statusCode(403);
        as(r).get("/api/v1/me").then().statusCode(200).body("standing", equalTo("EXPERT"));
        as(r).get("/reviewer").then().statusCode(200).body(containsString("评审"));
    }

    @Test
    void shouldNotLetStaffOrMembersScore() {
        Closed c = fixtures.closed(1);
        fixtures.underReview(c, fixtures.reviewer());
        as(c.staff()).body(ChallengeReviewFixtures.scores(c, 5, 5))
                .put("/api/v1/reviewer/submissions/{id}/scores", c.team(0).submissionId()).then().statusCode(403);
        as(c.team(0).member()).body(ChallengeReviewFixtures.scores(c, 10, 10))
                .put("/api/v1/reviewer/submissions/{id}/scores", c.team(0).submissionId()).then().statusCode(403);
        as(c.staff()).get("/reviewer").then().statusCode(403);
    }
}

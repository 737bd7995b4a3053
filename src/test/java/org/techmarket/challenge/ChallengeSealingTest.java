package org.techmarket.challenge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.techmarket.challenge.ChallengeFixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.common.UploadedFiles;

/** A submission is its team's alone until the deadline: 404 to staff, other teams and anonymous callers, by API and page. */
@QuarkusTest
class ChallengeSealingTest {

    @Inject
    ChallengeFixtures fixtures;

    @Inject
    AccountFixtures accounts;

    @Test
    void shouldHideASubmissionFromEveryoneButItsTeamUntilTheDeadline() {
        Person staff = accounts.staff();
        Person team = accounts.researcher();
        Person rival = accounts.enterprise();
        long id = fixtures.open(staff, ChallengeFixtures.uniqueTitle());
        long submission = fixtures.submit(team, id, "密封中的方案");
        int attachment = given().auth().preemptive().basic(team.username(), team.password())
                .multiPart("file", "plan.pdf", UploadedFiles.blankPdf(), "application/pdf")
                .post("/api/v1/challenges/{id}/submission/attachments", id).then().statusCode(201).extract().path("id");
        String path = "/api/v1/challenges/{id}/submissions/{s}";
        String file = path + "/attachments/{a}";

        as(team).get(path, id, submission).then().statusCode(200).body("title", equalTo("密封中的方案"));
        as(staff).get(path, id, submission).then().statusCode(404);
        as(rival).get(path, id, submission).then().statusCode(404);
        given().get(path, id, submission).then().statusCode(404);
        as(staff).get(file, id, submission, attachment).then().statusCode(404);
        as(rival).get(file, id, submission, attachment).then().statusCode(404);
        given().get(file, id, submission, attachment).then().statusCode(404);
        as(staff).get("/api/v1/challenges/{id}/submissions", id).then().statusCode(200).body("", hasSize(0));
        as(rival).get("/api/v1/challenges/{id}/submission", id).then().statusCode(404);

        as(staff).get("/staff/challenges/{id}/submissions/{s}", id, submission).then().statusCode(404);
        as(staff).get("/staff/challenges/{id}", id).then().statusCode(200).body(not(containsString("密封中的方案")));
        as(rival).get("/challenges/{id}/submission", id).then().statusCode(200).body(not(containsString("密封中的方案")));
        given().get("/challenges/{id}", id).then().statusCode(200).body(not(containsString("密封中的方案")));
    }

    @Test
    void shouldOpenSubmissionsToStaffButNotToOtherTeamsOnceTheDeadlineHasPassed() {
        Person staff = accounts.staff();
        Person team = accounts.researcher();
        Person rival = accounts.enterprise();
        long id = fixtures.open(staff, ChallengeFixtures.uniqueTitle());
        long submission = fixtures.submit(team, id, "截止后可评审的方案");
        fixtures.submit(rival, id, "另一个团队的方案");
        fixtures.passDeadline(id);
        String path = "/api/v1/challenges/{id}/submissions/{s}";

        as(staff).get(path, id, submission).then().statusCode(200).body("title", equalTo("截止后可评审的方案"));
        as(staff).get("/api/v1/challenges/{id}/submissions", id).then().statusCode(200).body("", hasSize(2));
        as(rival).get(path, id, submission).then().statusCode(404);
        given().get(path, id, submission).then().statusCode(404);
        as(rival).get("/api/v1/challenges/{id}/submissions", id).then().statusCode(403);

        as(staff).get("/staff/challenges/{id}", id).then().statusCode(200).body(containsString("截止后可评审的方案"))
                .body(containsString("另一个团队的方案"));
        as(staff).get("/staff/challenges/{id}/submissions/{s}", id, submission).then().statusCode(200)
                .body(containsString("截止后可评审的方案")).body(containsString("第一年样机"));
        as(rival).get("/challenges/{id}/submission", id).then().statusCode(200).body(not(containsString("截止后可评审的方案")));
    }
}

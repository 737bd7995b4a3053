package org.techmarket.challenge;

import static org.techmarket.challenge.ChallengeReviewFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.challenge.ChallengeReviewFixtures.Closed;

/** A challenge goes from the deadline through the expert review, the final round and the publicity to its award. */
@QuarkusTest
class ChallengeReviewTest {

    @Inject
    ChallengeReviewFixtures fixtures;

    @Test
    void shouldRankByTheWeightedMeanOfTwoReviewersAndShowTheirSpread() {
        Closed c = fixtures.closed(2);
        Person a = fixtures.reviewer();
        Person b = fixtures.reviewer();
        fixtures.underReview(c, a, b);
        // Weights 3 and 1 on a scale of 10: Σ score×weight / Σ weight / 10 × 100.
        fixtures.score(c, a, c.team(0), 8, 4);   // (24 + 4) / 4 / 10 × 100 = 70.00
        fixtures.score(c, b, c.team(0), 5, 10);  // (15 + 10) / 4 / 10 × 100 = 62.50
        fixtures.score(c, a, c.team(1), 10, 10); // 100.00
        fixtures.score(c, b, c.team(1), 2, 0);   // (6 + 0) / 4 / 10 × 100 = 15.00

        JsonPath ranking = as(c.staff()).get("/api/v1/challenges/{id}/ranking", c.id()).then().statusCode(200)
                .extract().jsonPath();
        String first = "submissions.find { it.submissionId == " + c.team(0).submissionId() + " }";
        String second = "submissions.find { it.submissionId == " + c.team(1).submissionId() + " }";
        assertEquals(66.25f, ranking.getFloat(first + ".mean"));
        assertEquals(7.5f, ranking.getFloat(first + ".spread"));
        assertEquals(false, ranking.getBoolean(first + ".spreadFlagged"));
        assertEquals(70.0f, ranking.getFloat(first + ".reviewers.find { it.reviewerId == " + a.id() + " }.score"));
        assertEquals(57.5f, ranking.getFloat(second + ".mean"));
        assertEquals(85.0f, ranking.getFloat(second + ".spread"));
        assertEquals(true, ranking.getBoolean(second + ".spreadFlagged"));
        assertEquals(1, ranking.getInt(first + ".rank"));
        assertEquals(2, ranking.getInt(second + ".rank"));
        assertEquals(4, ranking.getInt("reviewsIn"));
        assertEquals(4, ranking.getInt("reviewsAssigned"));
    }

    @Test
    void shouldCountAReviewOnlyOnceEveryCriterionIsScored() {
        Closed c = fixtures.closed(1);
        Person a = fixtures.reviewer();
        Person b = fixtures.reviewer();
        fixtures.underReview(c, a, b);
        fixtures.score(c, a, c.team(0), 6, 6);
        as(c.staff()).get("/api/v1/challenges/{id}/ranking", c.id()).then().statusCode(200)
                .body("reviewsIn", equalTo(1)).body("reviewsAssigned", equalTo(2))
                .body("submissions[0].mean", equalTo(60.0f))
                .body("submissions[0].reviewers.find { it.reviewerId == " + b.id() + " }.score", nullValue());
    }

    @Test
    void shouldRefuseAScoreOutsideTheScaleAndAMissingCriterionNamingTheField() {
        Closed c = fixtures.closed(1);
        Person a = fixtures.reviewer();
        fixtures.underReview(c, a);
        as(a).body(ChallengeReviewFixtures.scores(c, 11, 5))
                .put("/api/v1/reviewer/submissions/{id}/scores", c.team(0).submissionId())
                .then().statusCode(400).body("errors.field", equalTo(List.of("scores." + c.quality())));
        as(a).body(ChallengeReviewFixtures.scores(c, -1, 5))
                .put("/api/v1/reviewer/submissions/{id}/scores", c.team(0).submissionId())
                .then().statusCode(400).body("errors.field", equalTo(List.of("scores." + c.quality())));
        as(a).body(Map.of("scores", List.of(Map.of("criterionId", c.quality(), "score", 7))))
                .put("/api/v1/reviewer/submissions/{id}/scores", c.team(0).submissionId())
                .then().statusCode(400).body("errors.field", equalTo(List.of("scores." + c.cost())));
        // Nothing was saved: the review is still to do.
        as(a).get("/api/v1/reviewer/submissions/{id}", c.team(0).submissionId()).then().statusCode(200)
                .body("scores", hasSize(0));
        as(a).get("/api/v1/reviewer/assignments").then().statusCode(200)
                .body("find { it.submissionId == " + c.team(0).submissionId() + " }.complete", equalTo(false));
    }

    @Test
    void shouldRefuseAReviewerASubmissionNotAssignedToThem() {
        Closed c = fixtures.closed(2);
        Person a = fixtures.reviewer();
        Person b = fixtures.reviewer();
        fixtures.underReview(c, a);
        as(c.staff()).body(Map.of("reviewerId", b.id())).post("/api/v1/challenges/{id}/reviewers", c.id())
                .then().statusCode(200);
        as(b).get("/api/v1/reviewer/submissions/{id}", c.team(0).submissionId()).then().statusCode(404);
        as(b).body(ChallengeReviewFixtures.scores(c, 5, 5))
                .put("/api/v1/reviewer/submissions/{id}/scores", c.team(0).submissionId())
                .then().statusCode(400).body("errors.field", equalTo(List.of("submissionId")));
    }

    @Test
    void shouldNotStartTheReviewWhileASubmissionHasNoReviewer() {
        Closed c = fixtures.closed(2);
        Person a = fixtures.reviewer();
        as(c.staff()).body(Map.of("reviewerId", a.id())).post("/api/v1/challenges/{id}/reviewers", c.id())
                .then().statusCode(200);
        as(c.staff()).body(Map.of("submissionId", c.team(0).submissionId(), "reviewerId", a.id()))
                .post("/api/v1/challenges/{id}/assignments", c.id()).then().statusCode(200);
        as(c.staff()).post("/api/v1/challenges/{id}/review", c.id()).then().statusCode(422)
                .body("errors.field", equalTo(List.of("assignments")));
        as(c.staff()).post("/api/v1/challenges/{id}/assignments/even", c.id()).then().statusCode(200)
                .body("", hasSize(2));
        as(c.staff()).post("/api/v1/challenges/{id}/review", c.id()).then().statusCode(200)
                .body("stage", equalTo("UNDER_REVIEW"));
    }

    @Test
    void shouldRefuseTheFinalRoundWhileAnAssignedReviewIsIncomplete() {
        Closed c = fixtures.closed(2);
        Person a = fixtures.reviewer();
        fixtures.underReview(c, a);
        fixtures.score(c, a, c.team(0), 9, 9);
        as(c.staff()).body(Map.of("submissionIds", List.of(c.team(0).submissionId())))
                .put("/api/v1/challenges/{id}/shortlist", c.id()).then().statusCode(200);
        as(c.staff()).body(Map.of("scores", List.of(Map.of("submissionId", c.team(0).submissionId(), "score", 90)),
                "winnerSubmissionId", c.team(0).submissionId())).post("/api/v1/challenges/{id}/final", c.id())
                .then().statusCode(422).body("errors.field", equalTo(List.of("reviews")));
        as(c.staff()).post("/api/v1/challenges/{id}/award", c.id()).then().statusCode(409);
        as(c.staff()).get("/api/v1/challenges/{id}/ranking", c.id()).then().body("stage", equalTo("UNDER_REVIEW"));
    }

    @Test
    void shouldTakeTheWinnerFromTheShortlistOnly() {
        Closed c = fixtures.closed(2);
        Person a = fixtures.reviewer();
        fixtures.underReview(c, a);
        c.teams().forEach(t -> fixtures.score(c, a, t, 5, 5));
        as(c.staff()).body(Map.of("submissionIds", List.of(c.team(0).submissionId())))
                .put("/api/v1/challenges/{id}/shortlist", c.id()).then().statusCode(200);
        as(c.staff()).body(Map.of("scores", List.of(), "winnerSubmissionId", c.team(1).submissionId()))
                .post("/api/v1/challenges/{id}/final", c.id()).then().statusCode(400)
                .body("errors.field", equalTo(List.of("winnerSubmissionId")));
    }

    @Test
    void shouldAwardOnceWithAContractDraftThatBothPartiesSee() {
        Closed c = fixtures.publicised();
        fixtures.endObjectionPeriod(c.id());
        int contract = as(c.staff()).post("/api/v1/challenges/{id}/award", c.id()).then().statusCode(200)
                .body("stage", equalTo("AWARDED")).extract().path("contractId");
        as(c.staff()).post("/api/v1/challenges/{id}/award", c.id()).then().statusCode(409);
        as(c.team(0).member()).get("/api/v1/contracts/{id}", contract).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("contractAmountFen", equalTo((int) ChallengeReviewFixtures.BOUNTY_FEN))
                .body("type", equalTo("DEVELOPMENT"));
        as(c.owner()).get("/api/v1/contracts/{id}", contract).then().statusCode(200);
        as(c.team(1).member()).get("/api/v1/contracts/{id}", contract).then().statusCode(404);
        as(c.team(0).member()).get("/api/v1/notifications").then().statusCode(200)
                .body("find { it.link == '/contracts/" + contract + "' }", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void shouldRefuseTheAwardDuringTheObjectionPeriod() {
        Closed c = fixtures.publicised();
        as(c.staff()).post("/api/v1/challenges/{id}/award", c.id()).then().statusCode(422)
                .body("errors.field", equalTo(List.of("objectionPeriod")));
        as(c.staff()).get("/api/v1/challenges/{id}/ranking", c.id()).then().body("stage", equalTo("PUBLICISED"));
    }

    @Test
    void shouldEndWithoutAwardGivingAReason() {
        Closed c = fixtures.closed(1);
        as(c.staff()).body(Map.of("reason", "")).post("/api/v1/challenges/{id}/no-award", c.id()).then()
                .statusCode(400).body("errors.field", equalTo(List.of("reason")));
        as(c.staff()).body(Map.of("reason", "方案均未达到技术指标")).post("/api/v1/challenges/{id}/no-award", c.id())
                .then().statusCode(200).body("stage", equalTo("NO_AWARD")).body("contractId", nullValue());
        as(c.staff()).body(Map.of("reason", "再次")).post("/api/v1/challenges/{id}/no-award", c.id()).then()
                .statusCode(409);
    }

    @Test
    void shouldTellTheTeamsWhenTheReviewStarts() {
        Closed c = fixtures.closed(1);
        fixtures.underReview(c, fixtures.reviewer());
        as(c.team(0).member()).get("/api/v1/notifications").then().statusCode(200)
                .body("find { it.link == '/challenges/" + c.id() + "' }", hasKey("title"));
    }
}

package org.techmarket.challenge;

import static org.techmarket.challenge.ChallengeReviewFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.challenge.ChallengeReviewFixtures.Closed;

/** A reviewer who declared a conflict of interest with an organisation never reviews its submissions. */
@QuarkusTest
class ReviewerConflictTest {

    @Inject
    ChallengeReviewFixtures fixtures;

    @Test
    void shouldNeverAssignASubmissionOfAnOrganisationTheReviewerDeclaredAConflictWith() {
        Closed c = fixtures.closed(2);
        Person r = fixtures.reviewer();
        as(r).body(Map.of("organisationId", c.team(0).organisationId(), "reason", "曾在该单位任职"))
                .post("/api/v1/reviewer/conflicts").then().statusCode(200)
                .body("conflict.organisationId", equalTo((int) c.team(0).organisationId()));
        as(c.staff()).body(Map.of("reviewerId", r.id())).post("/api/v1/challenges/{id}/reviewers", c.id())
                .then().statusCode(200);
        as(c.staff()).body(Map.of("submissionId", c.team(0).submissionId(), "reviewerId", r.id()))
                .post("/api/v1/challenges/{id}/assignments", c.id()).then().statusCode(400)
                .body("errors.field", equalTo(List.of("reviewerId")));
        // Assigning evenly passes them over for that team too.
        as(c.staff()).post("/api/v1/challenges/{id}/assignments/even", c.id()).then().statusCode(200)
                .body("", hasSize(1)).body("[0].submissionId", equalTo((int) c.team(1).submissionId()));
    }

    @Test
    void shouldRequireAReasonForAConflict() {
        Person r = fixtures.reviewer();
        Closed c = fixtures.closed(1);
        as(r).body(Map.of("organisationId", c.team(0).organisationId(), "reason", " "))
                .post("/api/v1/reviewer/conflicts").then().statusCode(400)
                .body("errors.field", equalTo(List.of("reason")));
        as(r).get("/api/v1/reviewer/conflicts").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void shouldRemoveAnAssignmentAndItsScoresWhenTheReviewerDeclaresAConflictLater() {
        Closed c = fixtures.closed(1);
        Person a = fixtures.reviewer();
        Person b = fixtures.reviewer();
        fixtures.underReview(c, a, b);
        fixtures.score(c, a, c.team(0), 10, 10);
        fixtures.score(c, b, c.team(0), 4, 4);
        as(a).body(Map.of("organisationId", c.team(0).organisationId(), "reason", "与该团队负责人有合作项目"))
                .post("/api/v1/reviewer/conflicts").then().statusCode(200).body("assignmentsRemoved", equalTo(1));
        as(a).get("/api/v1/reviewer/submissions/{id}", c.team(0).submissionId()).then().statusCode(404);
        as(a).body(ChallengeReviewFixtures.scores(c, 10, 10))
                .put("/api/v1/reviewer/submissions/{id}/scores", c.team(0).submissionId()).then().statusCode(400);
        // Only b's review counts now.
        as(c.staff()).get("/api/v1/challenges/{id}/ranking", c.id()).then().statusCode(200)
                .body("submissions[0].mean", equalTo(40.0f)).body("submissions[0].reviewsAssigned", equalTo(1));
    }

    @Test
    void shouldMakeTheEmployerOfAnInvitedExpertAConflictFromTheStart() {
        Closed c = fixtures.closed(1);
        Person staff = c.staff();
        int id = as(staff).body(Map.of("username", "expert" + System.nanoTime() % 1_000_000_000, "displayName", "王教授",
                "email", "expert@example.cn", "employerOrganisationId", c.team(0).organisationId()))
                .post("/api/v1/reviewers").then().statusCode(201).extract().path("id");
        as(staff).body(Map.of("reviewerId", id)).post("/api/v1/challenges/{id}/reviewers", c.id()).then().statusCode(200);
        as(staff).body(Map.of("submissionId", c.team(0).submissionId(), "reviewerId", id))
                .post("/api/v1/challenges/{id}/assignments", c.id()).then().statusCode(400)
                .body("errors.field", equalTo(List.of("reviewerId")));
    }

    @Test
    void shouldNeverLeaveBothAConflictAndAnAssignmentWhenTheyRace() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                Closed c = fixtures.closed(1);
                Person r = fixtures.reviewer();
                as(c.staff()).body(Map.of("reviewerId", r.id())).post("/api/v1/challenges/{id}/reviewers", c.id())
                        .then().statusCode(200);
                Callable<Integer> declare = () -> as(r).body(Map.of("organisationId", c.team(0).organisationId(),
                        "reason", "亲属在该单位")).post("/api/v1/reviewer/conflicts").statusCode();
                Callable<Integer> assign = () -> as(c.staff()).body(Map.of("submissionId", c.team(0).submissionId(),
                        "reviewerId", r.id())).post("/api/v1/challenges/{id}/assignments", c.id()).statusCode();
                Future<Integer> declared = pool.submit(declare);
                Future<Integer> assigned = pool.submit(assign);
                assertEquals(200, declared.get());
                int assignment = assigned.get();
                assertEquals(true, assignment == 200 || assignment == 400, "assignment answered " + assignment);
                as(c.staff()).get("/api/v1/challenges/{id}/assignments", c.id()).then().statusCode(200)
                        .body("", hasSize(0));
            }
        } finally {
            pool.shutdown();
        }
    }
}

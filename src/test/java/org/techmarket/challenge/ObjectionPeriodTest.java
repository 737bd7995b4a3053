package org.techmarket.challenge;

import static org.techmarket.challenge.ChallengeReviewFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.challenge.ChallengeReviewFixtures.Closed;

/** 公示: objections are taken during the publicity and decided by staff before the award. */
@QuarkusTest
class ObjectionPeriodTest {

    @Inject
    ChallengeReviewFixtures fixtures;

    @Inject
    AccountFixtures accounts;

    @Test
    void shouldSendTheResultBackToTheFinalRoundWhenAnObjectionIsUpheld() {
        Closed c = fixtures.publicised();
        int objection = as(c.team(1).member()).body(Map.of("reason", "获胜方案的样机数据不实"))
                .post("/api/v1/challenges/{id}/objections", c.id()).then().statusCode(201).extract().path("id");
        as(c.staff()).body(Map.of("decision", "UPHELD", "reason", "经核查数据有误"))
                .post("/api/v1/objections/{id}/decision", objection).then().statusCode(200)
                .body("decision", equalTo("UPHELD"));
        as(c.staff()).get("/api/v1/challenges/{id}/ranking", c.id()).then().body("stage", equalTo("FINAL"));
        as(c.staff()).body(Map.of("decision", "DISMISSED", "reason", "再议")).post("/api/v1/objections/{id}/decision",
                objection).then().statusCode(409);
        as(c.team(1).member()).get("/api/v1/notifications").then().statusCode(200)
                .body("find { it.title.contains('异议成立') }", notNullValue());
        // The final round is recorded again and publicised anew.
        fixtures.finalRound(c);
        as(c.staff()).post("/api/v1/challenges/{id}/publicity", c.id()).then().statusCode(200)
                .body("stage", equalTo("PUBLICISED")).body("objectionEndsAt", notNullValue());
    }

    @Test
    void shouldAwardAfterADismissedObjectionOnlyOnceThePeriodHasEnded() {
        Closed c = fixtures.publicised();
        int objection = as(accounts.enterprise()).body(Map.of("reason", "评审过程不公开"))
                .post("/api/v1/challenges/{id}/objections", c.id()).then().statusCode(201).extract().path("id");
        fixtures.endObjectionPeriod(c.id());
        as(c.staff()).post("/api/v1/challenges/{id}/award", c.id()).then().statusCode(422)
                .body("errors.field", equalTo(List.of("objections")));
        as(c.staff()).body(Map.of("decision", "DISMISSED", "reason", "评审程序符合规定"))
                .post("/api/v1/objections/{id}/decision", objection).then().statusCode(200);
        as(c.staff()).post("/api/v1/challenges/{id}/award", c.id()).then().statusCode(200)
                .body("stage", equalTo("AWARDED"));
    }

    @Test
    void shouldRefuseAnObjectionAfterThePeriodNamingIt() {
        Closed c = fixtures.publicised();
        fixtures.endObjectionPeriod(c.id());
        as(c.team(1).member()).body(Map.of("reason", "迟到的异议")).post("/api/v1/challenges/{id}/objections", c.id())
                .then().statusCode(422).body("errors.field", equalTo(List.of("objectionPeriod")));
        as(c.staff()).get("/api/v1/challenges/{id}/objections", c.id()).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void shouldRefuseAnObjectionBeforeThePublicityAndWithoutAReason() {
        Closed c = fixtures.closed(1);
        as(c.team(0).member()).body(Map.of("reason", "太早了")).post("/api/v1/challenges/{id}/objections", c.id())
                .then().statusCode(422).body("errors.field", equalTo(List.of("objectionPeriod")));
        Closed p = fixtures.publicised();
        as(p.team(1).member()).body(Map.of("reason", "")).post("/api/v1/challenges/{id}/objections", p.id())
                .then().statusCode(400).body("errors.field", equalTo(List.of("reason")));
    }

    @Test
    void shouldNotTakeAnObjectionFromSomeoneWhoActsForNoVerifiedOrganisation() {
        Closed c = fixtures.publicised();
        Person pending = accounts.founderOfPending("ENTERPRISE", org.techmarket.account.OrganisationType.ENTERPRISE);
        as(pending).body(Map.of("reason", "异议")).post("/api/v1/challenges/{id}/objections", c.id())
                .then().statusCode(403);
        as(fixtures.reviewer()).body(Map.of("reason", "异议")).post("/api/v1/challenges/{id}/objections", c.id())
                .then().statusCode(403);
    }
}

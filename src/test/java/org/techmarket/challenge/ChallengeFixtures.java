package org.techmarket.challenge;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.account.OrganisationType;

/** Challenge bodies and challenges in a given stage, valid unless a test changes them. */
@ApplicationScoped
public class ChallengeFixtures {

    @Inject
    AccountFixtures accounts;

    @Inject
    EntityManager em;

    public static RequestSpecification as(Person p) {
        return given().auth().preemptive().basic(p.username(), p.password()).contentType(ContentType.JSON);
    }

    /** A government problem owned by a new verified organisation, with two criteria and a deadline a week ahead. */
    public Map<String, Object> government(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("source", "GOVERNMENT");
        body.put("ownerOrganisationId", accounts.organisation(OrganisationType.ENTERPRISE, true).id);
        body.put("title", title);
        body.put("problem", "高寒地区输电线路覆冰监测与融冰关键技术");
        body.put("field", "NEW_ENERGY");
        body.put("regionCode", "620102");
        body.put("bountyFen", 50_000_000L);
        body.put("deadline", OffsetDateTime.now().plusDays(7).toString());
        body.put("eligibility", "在甘肃注册的高校、科研院所或企业");
        body.put("scoreMax", 10);
        body.put("objectionDays", 7);
        body.put("criteria", List.of(Map.of("name", "技术先进性", "weight", 60),
                Map.of("name", "实施可行性", "weight", 40, "description", "团队、计划与预算")));
        return body;
    }

    public Map<String, Object> solution(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "基于光纤传感的覆冰在线监测方案");
        body.put("teamMembers", "张教授（负责人）、李博士、王工程师");
        body.put("plan", "第一年样机，第二年示范线路");
        body.put("budgetFen", 30_000_000L);
        return body;
    }

    /** A challenge opened by staff; returns its id. */
    public long open(Person staff, String title) {
        int id = as(staff).body(government(title)).post("/api/v1/challenges").then().statusCode(201).extract().path("id");
        as(staff).post("/api/v1/challenges/{id}/open", id).then().statusCode(200);
        return id;
    }

    /** The team's first save; returns the submission id. */
    public long submit(Person team, long challengeId, String title) {
        int id = as(team).body(solution(title)).put("/api/v1/challenges/{id}/submission", challengeId)
                .then().statusCode(201).extract().path("id");
        return id;
    }

    /** Moves the deadline into the past, as time passing would (the stage is left to the job). */
    @Transactional
    public void passDeadline(long challengeId) {
        em.createNativeQuery("UPDATE challenge SET deadline = now() - interval '1 minute' WHERE id = :id")
                .setParameter("id", challengeId).executeUpdate();
    }

    public static String uniqueTitle() {
        return AccountFixtures.uniqueName("揭榜测试");
    }
}

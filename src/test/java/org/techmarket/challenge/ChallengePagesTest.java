package org.techmarket.challenge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.account.OrganisationType;

/** The forms of the challenge pages, as a browser without JavaScript sends them. */
@QuarkusTest
class ChallengePagesTest {

    @Inject
    AccountFixtures accounts;

    @Inject
    ChallengeFixtures fixtures;

    @Test
    void shouldLetStaffWriteAChallengeWithCriteriaRowsInWanAndLanzhouTimeThenOpenIt() {
        Person staff = accounts.staff();
        long owner = accounts.organisation(OrganisationType.ENTERPRISE, true).id;
        String title = ChallengeFixtures.uniqueTitle();
        String deadline = LocalDateTime.now().plusDays(20).withHour(17).withMinute(0)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        Response created = form(staff, "/staff/challenges/new").formParam("source", "GOVERNMENT")
                .formParam("ownerOrganisationId", String.valueOf(owner)).formParam("title", title)
                .formParam("problem", "高海拔光伏电站组件积灰自清洁技术").formParam("bounty", "120.5")
                .formParam("deadline", deadline).formParam("eligibility", "经认证的高校、院所或企业")
                .formParam("scoreMax", "10").formParam("objectionDays", "7")
                .formParam("criterionName", List.of("技术先进性", "", "经济性"))
                .formParam("criterionWeight", List.of("70", "", "30"))
                .formParam("criterionDescription", List.of("", "", "成本"))
                .post("/staff/challenges/new");
        created.then().statusCode(303);
        String location = created.header("Location");
        as(staff).get(location).then().statusCode(200).body(containsString("120.5万元"))
                .body(containsString(deadline.replace('T', ' '))).body(containsString("经济性"))
                .body(containsString("开放揭榜"));
        form(staff, location).post(location + "/open").then().statusCode(303);
        as(staff).get(location).then().statusCode(200).body(containsString("征集中")).body(not(containsString("开放揭榜</button>")));
    }

    @Test
    void shouldShowTheFieldsAStaffFormGotWrongAndRefuseToOpenWithoutCriteria() {
        Person staff = accounts.staff();
        form(staff, "/staff/challenges/new").formParam("source", "GOVERNMENT").formParam("bounty", "-3")
                .formParam("deadline", "明天").formParam("criterionName", List.of("技术先进性"))
                .formParam("criterionWeight", List.of("150"))
                .post("/staff/challenges/new").then().statusCode(400)
                .body(containsString("id=\"e-bounty\"")).body(containsString("id=\"e-deadline\""))
                .body(not(containsString("must")));
        java.util.Map<String, Object> body = fixtures.government(ChallengeFixtures.uniqueTitle());
        body.put("criteria", List.of());
        int id = ChallengeFixtures.as(staff).body(body).post("/api/v1/challenges").then().statusCode(201).extract().path("id");
        form(staff, "/staff/challenges/" + id).post("/staff/challenges/" + id + "/open").then().statusCode(400)
                .body(containsString("开放揭榜前至少需要一项评审标准"));
    }

    @Test
    void shouldSaveTheTeamsSubmissionFromItsPageAndRefuseItAfterTheDeadline() {
        Person staff = accounts.staff();
        Person team = accounts.researcher();
        long id = fixtures.open(staff, ChallengeFixtures.uniqueTitle());
        String page = "/challenges/" + id + "/submission";
        form(team, page).formParam("title", "页面提交的方案").formParam("description", "方案概述")
                .formParam("teamMembers", "张三、李四").formParam("plan", "两年完成").formParam("budget", "80")
                .post(page).then().statusCode(303);
        as(team).get(page).then().statusCode(200).body(containsString("已提交，截止前可修改"))
                .body(containsString("value=\"80\""));
        ChallengeFixtures.as(team).get("/api/v1/challenges/{id}/submission", id).then()
                .body("budgetFen", equalTo(80_000_000));
        RequestSpecification late = form(team, page); // the page has no form once the deadline has passed
        fixtures.passDeadline(id);
        late.formParam("title", "截止后修改").formParam("description", "方案概述")
                .formParam("teamMembers", "张三").formParam("plan", "两年").formParam("budget", "80")
                .post(page).then().statusCode(422).body(containsString("已过截止时间"));
        as(team).get(page).then().statusCode(200).body(containsString("页面提交的方案"))
                .body(not(containsString("截止后修改")));
    }

    private static RequestSpecification as(Person who) {
        return given().redirects().follow(false).auth().preemptive().basic(who.username(), who.password());
    }

    /** A form post with the CSRF token of the page it is on. */
    private static RequestSpecification form(Person who, String page) {
        Response got = as(who).get(page);
        String token = got.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        return as(who).cookie("techmarket-csrf", got.getCookie("techmarket-csrf")).formParam("csrf-token", token)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }
}

package org.techmarket.challenge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.techmarket.challenge.ChallengeFixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.account.OrganisationType;
import org.techmarket.common.Roles;
import org.techmarket.common.UploadedFiles;
import org.techmarket.listing.Listing;
import org.techmarket.listing.ListingFixtures;

@QuarkusTest
class ChallengeTest {

    @Inject
    ChallengeFixtures fixtures;

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingFixtures listings;

    @Inject
    ChallengeClosing closing;

    @Test
    void shouldGoFromDraftToOpenAndCloseByTheJobOnceTheDeadlineHasPassed() {
        Person staff = accounts.staff();
        Person team = accounts.researcher();
        String title = ChallengeFixtures.uniqueTitle();
        int id = as(staff).body(fixtures.government(title)).post("/api/v1/challenges")
                .then().statusCode(201).body("stage", equalTo("DRAFT")).body("criteria", hasSize(2)).extract().path("id");
        given().get("/api/v1/challenges/{id}", id).then().statusCode(404);
        as(team).body(fixtures.solution("草稿期方案")).put("/api/v1/challenges/{id}/submission", id).then().statusCode(404);

        as(staff).post("/api/v1/challenges/{id}/open", id).then().statusCode(200).body("stage", equalTo("OPEN"));
        given().get("/api/v1/challenges?stage=OPEN").then().statusCode(200).body("title", hasItem(title));
        fixtures.submit(team, id, "覆冰监测方案");
        given().get("/api/v1/challenges/{id}", id).then().statusCode(200).body("teams", equalTo(1));

        fixtures.passDeadline(id);
        assertTrue(closing.run(OffsetDateTime.now()).closed() >= 1);
        given().get("/api/v1/challenges/{id}", id).then().statusCode(200).body("stage", equalTo("CLOSED"));
        as(team).get("/api/v1/notifications").then().statusCode(200).body("title", hasItem(containsString(title)));
        as(staff).post("/api/v1/challenges/{id}/open", id).then().statusCode(409);
    }

    @Test
    void shouldRefuseASubmissionOrAnEditAfterTheDeadlineEvenBeforeTheJobHasRun() {
        Person staff = accounts.staff();
        Person team = accounts.enterprise();
        long id = fixtures.open(staff, ChallengeFixtures.uniqueTitle());
        fixtures.submit(team, id, "截止前的方案");
        fixtures.passDeadline(id);

        as(team).body(fixtures.solution("截止后修改")).put("/api/v1/challenges/{id}/submission", id)
                .then().statusCode(422).body("errors.field", hasItem("deadline"));
        as(accounts.researcher()).body(fixtures.solution("截止后新交")).put("/api/v1/challenges/{id}/submission", id)
                .then().statusCode(422).body("errors.field", hasItem("deadline"));
        as(team).multiPart("file", "plan.pdf", UploadedFiles.blankPdf(), "application/pdf").contentType("multipart/form-data")
                .post("/api/v1/challenges/{id}/submission/attachments", id).then().statusCode(422);
        as(team).get("/api/v1/challenges/{id}/submission", id).then().statusCode(200).body("title", equalTo("截止前的方案"));
        given().get("/api/v1/challenges/{id}", id).then().body("stage", equalTo("OPEN")).body("teams", equalTo(1));
    }

    @Test
    void shouldEditTheTeamsOneSubmissionWhenItSubmitsTwice() {
        Person staff = accounts.staff();
        Person team = accounts.researcher();
        Person colleague = accounts.member(Roles.RESEARCHER, team.organisationId());
        long id = fixtures.open(staff, ChallengeFixtures.uniqueTitle());
        long first = fixtures.submit(team, id, "第一版");
        Map<String, Object> edited = fixtures.solution("第二版");
        edited.put("budgetFen", 12_345_600L);
        as(colleague).body(edited).put("/api/v1/challenges/{id}/submission", id)
                .then().statusCode(200).body("id", equalTo((int) first)).body("title", equalTo("第二版"))
                .body("budgetFen", equalTo(12_345_600));

        fixtures.passDeadline(id);
        as(staff).get("/api/v1/challenges/{id}/submissions", id).then().statusCode(200)
                .body("", hasSize(1)).body("[0].title", equalTo("第二版"));
    }

    @Test
    void shouldLeaveOneRowWhenTwoFirstSavesOfATeamRace() throws Exception {
        Person staff = accounts.staff();
        Person a = accounts.enterprise();
        Person b = accounts.member(Roles.ENTERPRISE, a.organisationId());
        long id = fixtures.open(staff, ChallengeFixtures.uniqueTitle());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> saves = new ArrayList<>();
            for (Person p : List.of(a, b)) {
                saves.add(() -> as(p).body(fixtures.solution("并发方案 " + p.username()))
                        .put("/api/v1/challenges/{id}/submission", id).then().extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(saves)) {
                statuses.add(f.get());
            }
            statuses.sort(null);
            assertEquals(List.of(200, 201), statuses);
        } finally {
            pool.shutdown();
        }
        fixtures.passDeadline(id);
        as(staff).get("/api/v1/challenges/{id}/submissions", id).then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void shouldRefuseOpeningWithoutCriteria() {
        Person staff = accounts.staff();
        Map<String, Object> body = fixtures.government(ChallengeFixtures.uniqueTitle());
        body.put("criteria", List.of());
        int id = as(staff).body(body).post("/api/v1/challenges").then().statusCode(201).extract().path("id");
        as(staff).post("/api/v1/challenges/{id}/open", id).then().statusCode(400).body("errors.field", hasItem("criteria"));
        as(staff).get("/api/v1/challenges/{id}", id).then().body("stage", equalTo("DRAFT"));
    }

    @Test
    void shouldRefuseCriteriaWeightsOutOfRangeAndMoreThanTenCriteria() {
        Person staff = accounts.staff();
        for (int weight : new int[] {0, 101}) {
            Map<String, Object> body = fixtures.government(ChallengeFixtures.uniqueTitle());
            body.put("criteria", List.of(Map.of("name", "技术先进性", "weight", weight)));
            as(staff).body(body).post("/api/v1/challenges").then().statusCode(400)
                    .body("errors.field", hasItem(containsString("weight")));
        }
        Map<String, Object> body = fixtures.government(ChallengeFixtures.uniqueTitle());
        List<Map<String, Object>> eleven = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            eleven.add(Map.of("name", "评审项" + i, "weight", 10));
        }
        body.put("criteria", eleven);
        as(staff).body(body).post("/api/v1/challenges").then().statusCode(400).body("errors.field", hasItem("criteria"));
    }

    @Test
    void shouldRefuseBadAmountsAPastDeadlineAndNulBytes() {
        Person staff = accounts.staff();
        Map<String, Object> body = fixtures.government(ChallengeFixtures.uniqueTitle());
        body.put("bountyFen", -100);
        as(staff).body(body).post("/api/v1/challenges").then().statusCode(400).body("errors.field", hasItem("bountyFen"));
        body = fixtures.government(ChallengeFixtures.uniqueTitle());
        body.put("deadline", OffsetDateTime.now().minusHours(1).toString());
        as(staff).body(body).post("/api/v1/challenges").then().statusCode(400).body("errors.field", hasItem("deadline"));
        body = fixtures.government("有\u0000空字符");
        as(staff).body(body).post("/api/v1/challenges").then().statusCode(400).body("errors.field", hasItem("title"));

        long id = fixtures.open(staff, ChallengeFixtures.uniqueTitle());
        Person team = accounts.researcher();
        Map<String, Object> solution = fixtures.solution("预算为零");
        solution.put("budgetFen", 0);
        as(team).body(solution).put("/api/v1/challenges/{id}/submission", id).then().statusCode(400)
                .body("errors.field", hasItem("budgetFen"));
        solution = fixtures.solution("方案");
        solution.put("plan", "计划\u0000");
        as(team).body(solution).put("/api/v1/challenges/{id}/submission", id).then().statusCode(400)
                .body("errors.field", hasItem("plan"));
        as(team).get("/api/v1/challenges/{id}/submission", id).then().statusCode(404);
    }

    @Test
    void shouldRefuseUnverifiedOrganisationsUnapprovedMembersAndServiceProviders() {
        Person staff = accounts.staff();
        long id = fixtures.open(staff, ChallengeFixtures.uniqueTitle());
        Person pending = accounts.founderOfPending(Roles.RESEARCHER, OrganisationType.UNIVERSITY);
        as(pending).body(fixtures.solution("未认证单位")).put("/api/v1/challenges/{id}/submission", id)
                .then().statusCode(403).body("detail", containsString("审核"));
        Person joiner = accounts.joinerOf(accounts.researcher(), Roles.RESEARCHER);
        as(joiner).body(fixtures.solution("未确认成员")).put("/api/v1/challenges/{id}/submission", id)
                .then().statusCode(403);
        as(accounts.provider()).body(fixtures.solution("服务机构")).put("/api/v1/challenges/{id}/submission", id)
                .then().statusCode(403);
        as(staff).body(fixtures.solution("工作人员")).put("/api/v1/challenges/{id}/submission", id).then().statusCode(403);
        given().get("/api/v1/challenges/{id}", id).then().body("teams", equalTo(0));
    }

    @Test
    void shouldTakeUpToFivePdfAttachmentsAndNothingElse() {
        Person staff = accounts.staff();
        Person team = accounts.researcher();
        long id = fixtures.open(staff, ChallengeFixtures.uniqueTitle());
        given().auth().preemptive().basic(team.username(), team.password())
                .multiPart("file", "plan.pdf", UploadedFiles.blankPdf(), "application/pdf")
                .post("/api/v1/challenges/{id}/submission/attachments", id).then().statusCode(400)
                .body("errors.field", hasItem("file"));
        long submission = fixtures.submit(team, id, "带附件的方案");
        given().auth().preemptive().basic(team.username(), team.password())
                .multiPart("file", "plan.pdf", "<html>not a pdf</html>".getBytes(), "application/pdf")
                .post("/api/v1/challenges/{id}/submission/attachments", id).then().statusCode(400)
                .body("errors.field", hasItem("file"));
        int attachment = 0;
        for (int i = 0; i < 5; i++) {
            attachment = given().auth().preemptive().basic(team.username(), team.password())
                    .multiPart("file", "plan" + i + ".pdf", UploadedFiles.blankPdf(), "application/pdf")
                    .post("/api/v1/challenges/{id}/submission/attachments", id).then().statusCode(201).extract().path("id");
        }
        given().auth().preemptive().basic(team.username(), team.password())
                .multiPart("file", "plan6.pdf", UploadedFiles.blankPdf(), "application/pdf")
                .post("/api/v1/challenges/{id}/submission/attachments", id).then().statusCode(400)
                .body("errors.field", hasItem("file"));
        as(team).get("/api/v1/challenges/{id}/submission", id).then().body("attachments", hasSize(5));
        given().auth().preemptive().basic(team.username(), team.password())
                .get("/api/v1/challenges/{id}/submissions/{s}/attachments/{a}", id, submission, attachment)
                .then().statusCode(200).contentType("application/pdf");
    }

    @Test
    void shouldTakeTitleProblemAndOwnerFromAPublishedNeed() {
        Person staff = accounts.staff();
        Person enterprise = accounts.enterprise();
        Listing need = listings.publishedNeed(enterprise, "寻求高寒地区光伏组件除冰技术", "冬季光伏组件覆冰导致发电量下降");
        Map<String, Object> body = fixtures.government(null);
        body.put("source", "ENTERPRISE_NEED");
        body.put("needId", need.id);
        body.remove("ownerOrganisationId");
        body.remove("problem");
        body.remove("field");
        int id = as(staff).body(body).post("/api/v1/challenges").then().statusCode(201)
                .body("title", equalTo("寻求高寒地区光伏组件除冰技术"))
                .body("problem", containsString("覆冰"))
                .body("ownerOrganisationId", equalTo((int) enterprise.organisationId())).extract().path("id");
        as(staff).get("/staff/challenges/new?needId=" + need.id).then().statusCode(200)
                .body(containsString("寻求高寒地区光伏组件除冰技术"));
        as(staff).get("/api/v1/challenges/{id}/suggestions", id).then().statusCode(200);
        as(staff).post("/api/v1/challenges/{id}/open", id).then().statusCode(200);
        as(enterprise).get("/api/v1/notifications").then().statusCode(200)
                .body("title", hasItem("您单位的揭榜挂帅项目已开放揭榜：寻求高寒地区光伏组件除冰技术"));
        as(enterprise).body(body).post("/api/v1/challenges").then().statusCode(403);
        Map<String, Object> unknown = new HashMap<>(body);
        unknown.put("needId", 987_654_321L);
        as(staff).body(unknown).post("/api/v1/challenges").then().statusCode(400).body("errors.field", hasItem("needId"));
    }

    @Test
    void shouldShowTheChallengeAndTheTeamsSavedSubmissionInChineseFirst() {
        Person staff = accounts.staff();
        Person team = accounts.researcher();
        String title = ChallengeFixtures.uniqueTitle();
        long id = fixtures.open(staff, title);
        given().get("/challenges").then().statusCode(200).body(containsString(title)).body(containsString("征集中"));
        given().get("/challenges/{id}", id).then().statusCode(200).body(containsString("我要揭榜"))
                .body(containsString("技术先进性")).body(containsString("50万元")).body(not(containsString("OPEN<")));
        as(team).get("/challenges/{id}/submission", id).then().statusCode(200).body(not(containsString("已提交，截止前可修改")));
        fixtures.submit(team, id, "页面上的方案");
        as(team).get("/challenges/{id}/submission", id).then().statusCode(200)
                .body(containsString("已提交，截止前可修改")).body(containsString("页面上的方案"));
        as(staff).get("/staff/challenges").then().statusCode(200).body(containsString(title));
        as(staff).get("/staff/challenges/{id}", id).then().statusCode(200)
                .body(containsString("/staff/challenges/" + id + "/review")).body(not(containsString("页面上的方案")));
    }
}

package org.techmarket.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.account.Organisation;
import org.techmarket.account.OrganisationType;
import org.techmarket.contract.ContractFixtures;
import org.techmarket.listing.Listing;
import org.techmarket.listing.ListingFixtures;

/**
 * Chinese first, everywhere: the places that used to show codes (a declined case's notification, a
 * contract's audit list, an import's bad rows, an API error) read in Chinese by default and in English
 * when asked, and no enum name or workflow code reaches the text a person reads.
 */
@QuarkusTest
class ChineseFirstTest {

    /** Upper-case codes (DECLINED, NOT_RELEVANT) and hyphenated actions (buyer-confirm) in a page's visible text. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{3,}(?:_[A-Z]+)*\\b|\\b[a-z]+-[a-z]+(?:-[a-z]+)*\\b");
    private static final Set<String> ALLOWED = Set.of("TRL", "PDF", "PNG", "JPEG", "CSV", "XLSX", "API", "URL", "JSON");

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingFixtures listings;

    @Inject
    ContractFixtures contracts;

    @Test
    void shouldTellTheOtherPartyOfADeclineWithItsReasonInChinese() {
        Person researcher = accounts.researcher();
        Person enterprise = accounts.enterprise();
        Listing result = listings.publishedResult(researcher, "拒绝通知测试成果", "描述");
        Listing need = listings.publishedNeed(enterprise, "拒绝通知测试需求", "描述");
        int id = as(enterprise).body(Map.of("needId", need.id, "resultId", result.id)).post("/api/v1/cases")
                .then().statusCode(201).extract().path("id");
        as(enterprise).body(Map.of("status", "DECLINED", "reasonCode", "NOT_RELEVANT", "comment", "方向不符"))
                .post("/api/v1/cases/{id}/transition", id).then().statusCode(200);

        String notifications = visibleText(as(researcher).get("/notifications").then().statusCode(200).extract().asString());
        assertTrue(notifications.contains("拒绝通知测试需求") && notifications.contains("原因：不相关"), notifications);
        assertNoCodes(notifications, researcher, enterprise);
        as(researcher).cookie(Language.COOKIE, "en").get("/api/v1/notifications").then()
                .body("title", hasItem(containsString("拒绝通知测试需求")));
        String english = visibleText(as(researcher).cookie(Language.COOKIE, "en").get("/notifications").asString());
        assertTrue(english.contains("reason: not relevant"), english);

        String casePage = visibleText(as(researcher).get("/cases/{id}", id).then().statusCode(200).extract().asString());
        assertTrue(casePage.contains("不相关") && casePage.contains("方向不符"), casePage);
        assertNoCodes(casePage, researcher, enterprise);
    }

    @Test
    void shouldShowAContractsAuditListWithChineseLabels() {
        ContractFixtures.Parties p = contracts.parties();
        int id = as(p.seller()).body(contracts.body(p.buyer(), ContractFixtures.uniqueProject()))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic(p.seller().username(), p.seller().password())
                .multiPart("file", "contract.pdf", UploadedFiles.blankPdf(), "application/pdf")
                .post("/api/v1/contracts/{id}/document", id).then().statusCode(201);
        as(p.seller()).post("/api/v1/contracts/{id}/submit", id).then().statusCode(200);
        as(p.buyer()).post("/api/v1/contracts/{id}/confirm", id).then().statusCode(200);

        String page = visibleText(as(p.staff()).get("/contracts/{id}", id).then().statusCode(200).extract().asString());
        assertTrue(page.contains("买方确认") && page.contains("上传合同文本") && page.contains("草稿 → 待登记"), page);
        assertNoCodes(page, p.seller(), p.buyer(), p.staff());
        String english = visibleText(as(p.staff()).cookie(Language.COOKIE, "en").get("/contracts/{id}", id).asString());
        assertTrue(english.contains("confirmed by the buyer"), english);
    }

    @Test
    void shouldReportBadImportRowsByColumnNameInTheImportersLanguage() {
        Person staff = accounts.staff();
        Organisation org = accounts.organisation(OrganisationType.UNIVERSITY, true);
        String csv = "成果名称,成果简介,详细描述,技术领域,关键词,成熟度,转化方式,价格（万元）,行政区划代码,统一社会信用代码,联系人,联系电话,有效期至\n"
                + AccountFixtures.uniqueName("坏行") + ",简介,描述,新材料,,10,赠送,面议,620102," + org.creditCode
                + ",张工,0931-1234567," + LocalDate.now().plusYears(1) + "\n";
        String chinese = JobPolling.finished(staff, upload(staff, csv, null)).body("errors", equalTo(1))
                .extract().path("firstErrors[0].message");
        assertTrue(chinese.contains("转化方式：无法识别的转化方式“赠送”") && chinese.contains("成熟度："), chinese);
        assertNoCodes(chinese);
        assertTrue(!chinese.matches(".*\\b(modes|maturity)\\b.*"), chinese);

        String english = JobPolling.finished(staff, upload(staff, csv, "en")).extract().path("firstErrors[0].message");
        assertTrue(english.contains("Transfer modes: unknown mode “赠送”") && english.contains("Maturity: "), english);
    }

    @Test
    void shouldAnswerABadApiRequestInChineseByDefaultAndInEnglishWhenAsked() {
        given().accept(ContentType.JSON).get("/api/v1/results?maturity=10").then().statusCode(400)
                .body("title", equalTo("输入有误")).body("detail", equalTo("有字段填写不正确"))
                .body("errors[0].field", equalTo("maturity")).body("errors[0].message", equalTo("技术成熟度应为 1–9 级"));
        given().header("Accept-Language", "zh-CN,zh;q=0.9").get("/api/v1/results?maturity=10").then().statusCode(400)
                .body("errors[0].message", equalTo("技术成熟度应为 1–9 级"));
        given().header("Accept-Language", "en-US,en;q=0.8").get("/api/v1/results?maturity=10").then().statusCode(400)
                .body("title", equalTo("Invalid input")).body("errors[0].field", equalTo("maturity"))
                .body("errors[0].message", equalTo("TRL is between 1 and 9"));
        // The language switch wins over the header, as on the pages.
        given().header("Accept-Language", "en").cookie(Language.COOKIE, "zh-CN").get("/api/v1/results?maturity=10")
                .then().body("errors[0].message", equalTo("技术成熟度应为 1–9 级"));
        Person enterprise = accounts.enterprise();
        as(enterprise).get("/api/v1/contracts/{id}", Long.MAX_VALUE).then().statusCode(404)
                .body("detail", equalTo("未找到技术合同 " + Long.MAX_VALUE));
    }

    @Test
    void shouldNameRegionsInEnglishOnEnglishPages() {
        Person researcher = accounts.researcher();
        Listing result = listings.publishedResult(researcher, "地区英文名测试成果", "描述");
        String english = visibleText(given().cookie(Language.COOKIE, "en").get("/results/{id}", result.id).asString());
        assertTrue(english.contains("Gansu") && !english.contains("甘肃省"), english);
        String chinese = visibleText(given().get("/results/{id}", result.id).asString());
        assertTrue(chinese.contains("甘肃省"), chinese);
    }

    @Test
    void shouldFindACodeInTheVisibleTextButNotInMarkup() {
        assertEquals(List.of("DECLINED", "buyer-confirm"), codes(visibleText(
                "<p class=\"status-DECLINED\">对接 DECLINED，操作 buyer-confirm</p><script>var X_Y = 1;</script>")));
        assertEquals(List.of(), codes(visibleText("<p>技术成熟度 TRL 6 · 合同文本（PDF）</p>")));
    }

    private static RequestSpecification as(Person p) {
        return given().auth().preemptive().basic(p.username(), p.password()).contentType(ContentType.JSON);
    }

    private static io.restassured.response.Response upload(Person staff, String csv, String language) {
        RequestSpecification request = given().auth().preemptive().basic(staff.username(), staff.password())
                .multiPart("kind", "RESULT").multiPart("file", "rows.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        if (language != null) {
            request = request.header("Accept-Language", language);
        }
        return request.post("/api/v1/listing-imports");
    }

    static String visibleText(String html) {
        String text = html.replaceAll("(?s)<script.*?</script>|<style.*?</style>", " ").replaceAll("<[^>]+>", " ");
        return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replaceAll("\\s+", " ");
    }

    static List<String> codes(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            if (!ALLOWED.contains(m.group())) {
                found.add(m.group());
            }
        }
        return List.copyOf(found);
    }

    /** No code in the text, once the people's own usernames and fixture names ("测试STAFF") are taken out. */
    private static void assertNoCodes(String text, Person... people) {
        String shown = text.replaceAll("测试(RESEARCHER|ENTERPRISE|PROVIDER|STAFF|ADMIN)", "");
        for (Person person : people) {
            shown = shown.replace(person.username(), "");
        }
        assertEquals(List.of(), codes(shown), text);
    }
}

package org.techmarket.listing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.techmarket.common.JobPolling.finished;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.account.Organisation;
import org.techmarket.account.OrganisationType;

@QuarkusTest
class ListingImportTest {

    private static final String HEADER = "成果名称,成果简介,详细描述,技术领域,关键词,成熟度,转化方式,价格（万元）,行政区划代码,统一社会信用代码,联系人,联系电话,有效期至";

    @Inject
    AccountFixtures accounts;

    @Test
    void shouldImportGoodRowsReportBadOnesAndNotDuplicateOnReupload() {
        Person staff = accounts.staff();
        Organisation org = accounts.organisation(OrganisationType.UNIVERSITY, true);
        String future = LocalDate.now().plusYears(1).toString();
        String tag = AccountFixtures.uniqueName("导入");
        String csv = HEADER + "\n"
                + tag + " A高效光催化剂,简介,详细描述,新材料,光催化;材料,6,许可;转让,120," + "620102," + org.creditCode + ",张工,0931-1234567," + future + "\n"
                + tag + " B成熟度错误,简介,描述,新材料,,12,许可,面议,620102," + org.creditCode + ",张工,0931-1234567," + future + "\n"
                + tag + " C未知机构,简介,描述,新材料,,5,许可,面议,620102,91620100MA00000000,张工,0931-1234567," + future + "\n"
                + tag + " D面议成果,简介,描述,电子信息,,4,技术服务,面议,620102," + org.creditCode + ",李工,0931-7654321," + future + "\n";

        ValidatableResponse first = finished(staff, upload(staff, "collected.csv", csv.getBytes(StandardCharsets.UTF_8)));
        first.body("state", equalTo("DONE")).body("total", equalTo(4)).body("produced", equalTo(2))
                .body("errors", equalTo(2))
                .body("firstErrors.item", hasItem(3)).body("firstErrors.item", hasItem(4))
                .body("firstErrors.find { it.item == 3 }.message", containsString("成熟度"))
                .body("firstErrors.find { it.item == 4 }.message", containsString("统一社会信用代码"));

        String report = finished(staff, upload(staff, "collected.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .body("produced", equalTo(0)).body("errors", equalTo(2)).extract().path("resultLink");

        given().auth().preemptive().basic(staff.username(), staff.password()).get(report)
                .then().statusCode(200).body(containsString("重复")).body(containsString("失败"));
        given().queryParam("q", tag).get("/api/v1/results").then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void shouldAnswerAnUploadOfHundredsOfRowsAtOnceAndImportThemInTheBackground() {
        Person staff = accounts.staff();
        Organisation org = accounts.organisation(OrganisationType.INSTITUTE, true);
        String tag = AccountFixtures.uniqueName("批量");
        byte[] csv = rows(tag, org, 300, 50).getBytes(StandardCharsets.UTF_8);

        Response accepted = upload(staff, "batch.csv", csv);
        accepted.then().statusCode(202).header("Location", matchesPattern(".*/api/v1/jobs/\\d+"))
                .body("kind", equalTo("LISTING_IMPORT")).body("state", oneOf("QUEUED", "RUNNING"))
                .body("label", equalTo("batch.csv"));

        finished(staff, accepted).body("state", equalTo("DONE")).body("total", equalTo(300))
                .body("done", equalTo(300)).body("produced", equalTo(294)).body("errors", equalTo(6))
                .body("firstErrors.item", contains(51, 101, 151, 201, 251, 301))
                .body("firstErrors[0].message", containsString("成熟度"))
                .body("finishedAt", notNullValue());
        given().queryParam("q", tag).get("/api/v1/results").then().statusCode(200).body("total", equalTo(294));
    }

    @Test
    void shouldSendTheWebFormToTheJobPageWhichShowsTheImportFinishing() {
        Person staff = accounts.staff();
        Organisation org = accounts.organisation(OrganisationType.UNIVERSITY, true);
        String tag = AccountFixtures.uniqueName("网页导入");
        Response form = given().auth().preemptive().basic(staff.username(), staff.password()).get("/staff/imports");
        String csrf = form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");

        String location = given().auth().preemptive().basic(staff.username(), staff.password()).redirects().follow(false)
                .cookie("techmarket-csrf", form.getCookie("techmarket-csrf")).multiPart("csrf-token", csrf)
                .multiPart("file", "web.csv", rows(tag, org, 200, 40).getBytes(StandardCharsets.UTF_8))
                .multiPart("kind", "RESULT")
                .post("/staff/imports").then().statusCode(303).extract().header("Location");
        assertTrue(location.matches(".*/staff/jobs/\\d+"), location);

        String fragment = "";
        Instant until = Instant.now().plusSeconds(180);
        while (!fragment.contains("已完成") && Instant.now().isBefore(until)) {
            fragment = given().auth().preemptive().basic(staff.username(), staff.password())
                    .header("HX-Request", "true").get(location).then().statusCode(200).extract().asString();
            assertFalse(fragment.contains("<html"), fragment);
        }
        assertTrue(fragment.contains("已完成") && fragment.contains("200 / 200"), fragment);
        assertTrue(fragment.contains("<td data-label=\"行号\">41</td>"), fragment);
        assertFalse(fragment.contains("hx-trigger"), "no more polling once done");
        given().auth().preemptive().basic(staff.username(), staff.password()).get("/staff/imports")
                .then().statusCode(200).body(containsString("web.csv"))
                .body(containsString("href=\"" + location.replaceAll("^https?://[^/]+", "") + "\""));
    }

    @Test
    void shouldImportAnXlsxSheet() throws IOException {
        Person staff = accounts.staff();
        Organisation org = accounts.organisation(OrganisationType.INSTITUTE, true);
        String title = AccountFixtures.uniqueName("表格导入") + "高原牧草种子";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            List<String> header = List.of(HEADER.split(","));
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
            }
            List<String> values = List.of(title, "简介", "描述", "资源与环境", "牧草", "8", "转让", "35", "620105",
                    org.creditCode, "马工", "0931-2222222", LocalDate.now().plusYears(2).toString());
            Row row = sheet.createRow(1);
            for (int i = 0; i < values.size(); i++) {
                row.createCell(i).setCellValue(values.get(i));
            }
            workbook.write(out);
        }
        finished(staff, upload(staff, "collected.xlsx", out.toByteArray())).body("produced", equalTo(1));
        given().queryParam("q", "牧草种子").queryParam("size", 100).get("/api/v1/results")
                .then().body("items.title", hasItem(title)).body("items.find { it.title == '" + title + "' }.priceFen",
                        equalTo(35_000_000));
    }

    @Test
    void shouldRefuseANonSpreadsheetUpload() {
        Person staff = accounts.staff();
        byte[] binary = new byte[2048];
        binary[10] = 0;
        binary[0] = (byte) 0x89;
        upload(staff, "photo.png", binary).then().statusCode(400).body("errors.field", hasItem("file"));
        upload(staff, "fake.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8)).then().statusCode(400);
    }

    @Test
    void shouldRefuseA50MegabyteUpload() {
        Person staff = accounts.staff();
        byte[] huge = new byte[50 * 1024 * 1024];
        int status = upload(staff, "huge.csv", huge).statusCode();
        org.junit.jupiter.api.Assertions.assertTrue(status == 413 || status == 400, "status " + status);
    }

    @Test
    void shouldLetOnlyStaffImportAndExport() {
        Person researcher = accounts.researcher();
        upload(researcher, "x.csv", (HEADER + "\n").getBytes(StandardCharsets.UTF_8)).then().statusCode(403);
        given().auth().preemptive().basic(researcher.username(), researcher.password())
                .get("/api/v1/results/export").then().statusCode(403);
    }

    @Test
    void shouldExportASearchAsXlsx() {
        Person staff = accounts.staff();
        byte[] xlsx = given().auth().preemptive().basic(staff.username(), staff.password())
                .queryParam("q", "材料").get("/api/v1/results/export")
                .then().statusCode(200).extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertEquals('P', xlsx[0]);
        org.junit.jupiter.api.Assertions.assertEquals('K', xlsx[1]);
    }

    /** A CSV of {@code count} rows titled with the tag; every {@code badEvery}-th row has an impossible maturity. */
    private static String rows(String tag, Organisation org, int count, int badEvery) {
        String future = LocalDate.now().plusYears(1).toString();
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= count; i++) {
            csv.append(tag).append(" 第").append(i).append("项成果,简介,详细描述,新材料,材料,")
                    .append(i % badEvery == 0 ? 12 : 5).append(",许可,面议,620102,").append(org.creditCode)
                    .append(",张工,0931-1234567,").append(future).append('\n');
        }
        return csv.toString();
    }

    /** The upload's job, polled until it has ended (three minutes at most: the test machine may be busy). */
    private static io.restassured.response.Response upload(Person p, String name, byte[] content) {
        return given().auth().preemptive().basic(p.username(), p.password())
                .multiPart("file", name, content).multiPart("kind", "RESULT")
                .when().post("/api/v1/listing-imports");
    }
}

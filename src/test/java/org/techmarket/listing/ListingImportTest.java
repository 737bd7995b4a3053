package org.techmarket.listing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

        upload(staff, "collected.csv", csv.getBytes(StandardCharsets.UTF_8))
                .then().statusCode(201)
                .body("totalRows", equalTo(4)).body("imported", equalTo(2)).body("failed", equalTo(2))
                .body("errors.row", hasItem(3)).body("errors.row", hasItem(4))
                .body("errors.find { it.row == 3 }.reason", containsString("成熟度"))
                .body("errors.find { it.row == 4 }.reason", containsString("统一社会信用代码"));

        int reportId = upload(staff, "collected.csv", csv.getBytes(StandardCharsets.UTF_8))
                .then().statusCode(201).body("imported", equalTo(0)).body("duplicates", equalTo(2))
                .extract().path("id");

        given().auth().preemptive().basic(staff.username(), staff.password())
                .get("/api/v1/listing-imports/{id}/report.csv", reportId)
                .then().statusCode(200).body(containsString("重复")).body(containsString("失败"));
        given().queryParam("q", tag).get("/api/v1/results").then().statusCode(200).body("total", equalTo(2));
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
        upload(staff, "collected.xlsx", out.toByteArray()).then().statusCode(201).body("imported", equalTo(1));
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

    private static io.restassured.response.Response upload(Person p, String name, byte[] content) {
        return given().auth().preemptive().basic(p.username(), p.password())
                .multiPart("file", name, content).multiPart("kind", "RESULT")
                .when().post("/api/v1/listing-imports");
    }
}

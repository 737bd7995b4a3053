package org.techmarket.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.contract.ContractFixtures;
import org.techmarket.listing.Listing;
import org.techmarket.listing.ListingFixtures;
import org.techmarket.voucher.VoucherExpiry;
import org.techmarket.voucher.VoucherFixtures;
import org.techmarket.voucher.VoucherFixtures.World;

/**
 * The annual report, downloaded by staff and read back with POI. Each test moves what it created into
 * a past year of its own (registration, ledger and collection dates) and compares the report of that
 * year before and after, so that records of other tests cannot change what it asserts.
 */
@QuarkusTest
class AnnualReportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int CONTRACT_YEAR = 2011;
    static final int VOUCHER_YEAR = 2014;
    static final int LISTING_YEAR = 2017;
    static final int EMPTY_YEAR = 2003;

    @Inject
    AccountFixtures accounts;

    @Inject
    ContractFixtures contracts;

    @Inject
    VoucherFixtures vouchers;

    @Inject
    ListingFixtures listings;

    @Inject
    VoucherExpiry expiry;

    @Inject
    EntityManager em;

    @Test
    void shouldCountTheContractsRegisteredInTheYearByTypeFieldSellerEntityTypeAndRegion() throws IOException {
        Person staff = accounts.staff();
        Person buyer = accounts.enterprise();
        Person lanzhou = accounts.researcher();
        Person tianshui = researcherIn("620502");
        Person beijing = researcherIn("110108");
        long newMaterials = listings.publishedResult(lanzhou, "年报测试新材料成果", "用于年度报告测试").id;
        long aerospace = draftResult(tianshui, "AEROSPACE");
        Workbook before = report(staff, CONTRACT_YEAR, "zh-CN");
        Workbook yearBefore = report(staff, CONTRACT_YEAR - 1, "zh-CN");

        int development = submitted(lanzhou, buyer, "DEVELOPMENT", "PUBLIC_INSTITUTION", newMaterials, 50_000_012, 40_000_000);
        int transfer = submitted(tianshui, buyer, "TRANSFER", "ENTERPRISE", aerospace, 10_000_099, 9_000_000);
        int licence = submitted(beijing, buyer, "LICENSE", "PUBLIC_INSTITUTION", null, 7_654_321, 7_000_000);
        int consulting = submitted(lanzhou, buyer, "CONSULTING", "SOCIAL_ORGANISATION", null, 3_000_000, 3_000_000);
        int refused = submitted(lanzhou, buyer, "SERVICE", "OTHER", null, 2_000_000, 2_000_000);
        int returned = submitted(lanzhou, buyer, "SERVICE", "OTHER", null, 1_000_000, 1_000_000);
        register(staff, buyer, development, 35_000_001);
        register(staff, buyer, transfer, 8_888_888);
        register(staff, buyer, licence, 6_543_210);
        register(staff, buyer, consulting, 2_500_000);
        decide(staff, refused, "REJECT");
        decide(staff, returned, "RETURN");
        // The first and the last instant of the year count; the instant before it belongs to the year before.
        decidedAt(development, instant(CONTRACT_YEAR, 1, 1, 0, 0, 0));
        decidedAt(transfer, instant(CONTRACT_YEAR, 6, 15, 10, 0, 0));
        decidedAt(licence, instant(CONTRACT_YEAR, 12, 31, 23, 59, 59));
        decidedAt(consulting, instant(CONTRACT_YEAR - 1, 12, 31, 23, 59, 59));
        decidedAt(refused, instant(CONTRACT_YEAR, 6, 1, 9, 0, 0));
        decidedAt(returned, instant(CONTRACT_YEAR, 6, 2, 9, 0, 0));
        Workbook after = report(staff, CONTRACT_YEAR, "zh-CN");

        assertEquals(List.of("技术合同", "创新券", "科技成果与需求"), sheetNames(after));
        assertEquals(List.of("合同类型", "合同数（项）", "合同金额（元）", "认定技术交易额（元）"), header(after, "技术合同", "按合同类型"));
        Map<String, List<BigDecimal>> types = delta(table(before, "技术合同", "按合同类型"), table(after, "技术合同", "按合同类型"));
        assertEquals(values("1", "500000.12", "350000.01"), types.get("技术开发"));
        assertEquals(values("1", "100000.99", "88888.88"), types.get("技术转让"));
        assertEquals(values("1", "76543.21", "65432.10"), types.get("技术许可"));
        assertEquals(values("0", "0", "0"), types.get("技术咨询"), "registered the year before");
        assertEquals(values("0", "0", "0"), types.get("技术服务"), "refused and returned");
        assertEquals(values("3", "676544.32", "504320.99"), types.get("合计"));

        Map<String, List<BigDecimal>> fields = delta(table(before, "技术合同", "按技术领域"), table(after, "技术合同", "按技术领域"));
        assertEquals(values("1", "500000.12", "350000.01"), fields.get("新材料"));
        assertEquals(values("1", "100000.99", "88888.88"), fields.get("航空航天"));
        assertEquals(values("1", "76543.21", "65432.10"), fields.get("未分类"));
        assertEquals(values("0", "0", "0"), fields.get("电子信息"));
        assertEquals(values("3", "676544.32", "504320.99"), fields.get("合计"));

        Map<String, List<BigDecimal>> entities = delta(table(before, "技术合同", "按卖方主体类型"),
                table(after, "技术合同", "按卖方主体类型"));
        assertEquals(values("2", "576543.33", "415432.11"), entities.get("事业单位"));
        assertEquals(values("1", "100000.99", "88888.88"), entities.get("企业法人"));
        assertEquals(values("0", "0", "0"), entities.get("社会团体"));
        assertEquals(values("0", "0", "0"), entities.get("其他组织"));

        Map<String, List<BigDecimal>> afterRegions = table(after, "技术合同", "按卖方所在地区（省、地市）");
        Map<String, List<BigDecimal>> regions = delta(table(before, "技术合同", "按卖方所在地区（省、地市）"), afterRegions);
        assertEquals(values("1", "76543.21", "65432.10"), regions.get("北京市"));
        assertEquals(values("1", "76543.21", "65432.10"), regions.get("北京市 市辖区"));
        assertEquals(values("2", "600001.11", "438888.89"), regions.get("甘肃省"));
        assertEquals(values("1", "500000.12", "350000.01"), regions.get("甘肃省 兰州市"));
        assertEquals(values("1", "100000.99", "88888.88"), regions.get("甘肃省 天水市"));
        assertEquals(values("3", "676544.32", "504320.99"), regions.get("合计"));
        List<String> order = new ArrayList<>(afterRegions.keySet());
        assertTrue(order.indexOf("北京市") < order.indexOf("北京市 市辖区")
                && order.indexOf("北京市 市辖区") < order.indexOf("甘肃省")
                && order.indexOf("甘肃省") < order.indexOf("甘肃省 兰州市")
                && order.indexOf("甘肃省 兰州市") < order.indexOf("甘肃省 天水市"), "province, then its prefectures: " + order);

        Cell amount = row(after, "技术合同", "按合同类型", "技术开发").getCell(2);
        assertEquals(CellType.NUMERIC, amount.getCellType());
        assertEquals("#,##0.00", amount.getCellStyle().getDataFormatString());

        Map<String, List<BigDecimal>> yearBeforeTypes = delta(table(yearBefore, "技术合同", "按合同类型"),
                table(report(staff, CONTRACT_YEAR - 1, "zh-CN"), "技术合同", "按合同类型"));
        assertEquals(values("1", "30000.00", "25000.00"), yearBeforeTypes.get("技术咨询"));
        assertEquals(values("1", "30000.00", "25000.00"), yearBeforeTypes.get("合计"));

        Workbook english = report(staff, CONTRACT_YEAR, "en");
        assertEquals(List.of("Technology contracts", "Innovation vouchers", "Results and needs"), sheetNames(english));
        assertEquals(List.of("Contract type", "Contracts", "Contract amount (yuan)",
                "Approved technology transaction amount (yuan)"), header(english, "Technology contracts", "By contract type"));
        Map<String, List<BigDecimal>> englishTypes = table(english, "Technology contracts", "By contract type");
        assertEquals(table(after, "技术合同", "按合同类型").get("技术开发"), englishTypes.get("Technology development"));
        assertEquals(table(after, "技术合同", "按合同类型").get("合计"), englishTypes.get("Total"));
        Map<String, List<BigDecimal>> englishFields = table(english, "Technology contracts", "By technology field");
        assertEquals(table(after, "技术合同", "按技术领域").get("未分类"), englishFields.get("Unclassified"));
        assertEquals(table(after, "技术合同", "按技术领域").get("新材料"), englishFields.get("New materials"));
        assertEquals(table(after, "技术合同", "按卖方主体类型").get("事业单位"),
                table(english, "Technology contracts", "By seller entity type").get("Public institution"));
        for (Workbook workbook : List.of(after, english)) {
            assertFalse(labels(workbook).stream().anyMatch(l -> l.matches(".*([A-Z]+_[A-Z_]+|\\b[A-Z]{4,}\\b).*")),
                    "no enum codes: " + labels(workbook));
        }
    }

    @Test
    void shouldSumTheVoucherLedgerOfTheYearPerProgramAndPerMonth() throws IOException {
        World w = vouchers.world(1_000_000, 30_000);
        Workbook before = report(w.staff(), VOUCHER_YEAR, "zh-CN");
        Workbook nextBefore = report(w.staff(), VOUCHER_YEAR + 1, "zh-CN");
        int paid = vouchers.order(w, 30_000);
        vouchers.reserve(w, paid, 12_345);
        int redemption = vouchers.redemption(w, paid);
        VoucherFixtures.as(w.staff()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("decision", "APPROVE")).post("/api/v1/redemptions/{id}/decision", redemption)
                .then().statusCode(200);
        int held = vouchers.order(w, 10_000);
        vouchers.reserve(w, held, 5_000);
        sql("UPDATE voucher_program SET use_deadline = current_date - 1 WHERE id = " + w.programId());
        assertTrue(expiry.run(LocalDate.now()).ran());
        // Issued in March, redeemed in May; what was left expired at the first instant of the next year.
        sql("UPDATE voucher_program SET year = " + VOUCHER_YEAR + " WHERE id = " + w.programId());
        ledgerAt(w.programId(), "FUND", instant(VOUCHER_YEAR, 2, 1, 9, 0, 0));
        ledgerAt(w.programId(), "ISSUE", instant(VOUCHER_YEAR, 3, 10, 12, 0, 0));
        ledgerAt(w.programId(), "RESERVE", instant(VOUCHER_YEAR, 4, 2, 12, 0, 0));
        ledgerAt(w.programId(), "REDEEM", instant(VOUCHER_YEAR, 5, 20, 12, 0, 0));
        ledgerAt(w.programId(), "EXPIRE", instant(VOUCHER_YEAR + 1, 1, 1, 0, 0, 0));
        String program = (String) VoucherFixtures.as(w.staff()).get("/api/v1/voucher-programs/{id}", w.programId())
                .then().statusCode(200).extract().path("name");
        Workbook after = report(w.staff(), VOUCHER_YEAR, "zh-CN");

        assertEquals(List.of("计划名称", "计划年度", "预算（元）", "发放（元）", "兑付（元）", "过期（元）", "年末未兑付（元）"),
                header(after, "创新券", "按创新券计划"));
        Map<String, List<BigDecimal>> programs = table(after, "创新券", "按创新券计划");
        assertEquals(values(String.valueOf(VOUCHER_YEAR), "10000.00", "300.00", "123.45", "0", "176.55"), programs.get(program));
        Map<String, List<BigDecimal>> totals = delta(table(before, "创新券", "按创新券计划"), programs);
        assertEquals(Arrays.asList(null, amount("10000.00"), amount("300.00"), amount("123.45"), amount("0"), amount("176.55")),
                totals.get("合计"));
        Map<String, List<BigDecimal>> months = delta(table(before, "创新券", "按月份"), table(after, "创新券", "按月份"));
        assertEquals(values("300.00", "0", "0"), months.get(VOUCHER_YEAR + "年3月"));
        assertEquals(values("0", "123.45", "0"), months.get(VOUCHER_YEAR + "年5月"));
        assertEquals(values("0", "0", "0"), months.get(VOUCHER_YEAR + "年12月"));
        assertEquals(values("300.00", "123.45", "0"), months.get("合计"));
        assertEquals(12 + 1, table(after, "创新券", "按月份").size(), "every month and the total");

        Workbook next = report(w.staff(), VOUCHER_YEAR + 1, "zh-CN");
        assertEquals(values(String.valueOf(VOUCHER_YEAR), "10000.00", "0", "0", "126.55", "50.00"),
                table(next, "创新券", "按创新券计划").get(program));
        assertEquals(values("0", "0", "126.55"), delta(table(nextBefore, "创新券", "按月份"), table(next, "创新券", "按月份"))
                .get((VOUCHER_YEAR + 1) + "年1月"));
        assertNull(table(report(w.staff(), VOUCHER_YEAR - 1, "zh-CN"), "创新券", "按创新券计划").get(program),
                "no money moved in the year before");

        Map<String, List<BigDecimal>> englishMonths = table(report(w.staff(), VOUCHER_YEAR, "en"), "Innovation vouchers", "By month");
        assertEquals(table(after, "创新券", "按月份").get(VOUCHER_YEAR + "年3月"), englishMonths.get("March " + VOUCHER_YEAR));
    }

    @Test
    void shouldCountTheResultsAndNeedsCollectedInTheYearByStatusAndField() throws IOException {
        Person staff = accounts.staff();
        Person researcher = accounts.researcher();
        Person enterprise = accounts.enterprise();
        Workbook before = report(staff, LISTING_YEAR, "zh-CN");
        Workbook yearBefore = report(staff, LISTING_YEAR - 1, "zh-CN");
        Listing published = listings.publishedResult(researcher, "年报测试成果", "用于年度报告测试的成果");
        long draft = draftResult(researcher, "AEROSPACE");
        Listing need = listings.publishedNeed(enterprise, "年报测试需求", "用于年度报告测试的需求");
        Map<String, Object> lateNeed = ListingFixtures.needJson("年报测试上一年需求");
        lateNeed.put("field", "NEW_ENERGY");
        long earlier = ((Number) VoucherFixtures.as(enterprise).body(lateNeed).post("/api/v1/needs").then().statusCode(201)
                .extract().path("id")).longValue();
        collectedAt(published.id, instant(LISTING_YEAR, 1, 1, 0, 0, 0));
        collectedAt(draft, instant(LISTING_YEAR, 8, 8, 8, 0, 0));
        collectedAt(need.id, instant(LISTING_YEAR, 12, 31, 23, 59, 59));
        collectedAt(earlier, instant(LISTING_YEAR - 1, 12, 31, 23, 59, 59));
        Workbook after = report(staff, LISTING_YEAR, "zh-CN");

        assertEquals(List.of("状态", "科技成果（项）", "技术需求（项）", "合计（项）"), header(after, "科技成果与需求", "按状态"));
        Map<String, List<BigDecimal>> statuses = delta(table(before, "科技成果与需求", "按状态"), table(after, "科技成果与需求", "按状态"));
        assertEquals(values("1", "1", "2"), statuses.get("已发布"));
        assertEquals(values("1", "0", "1"), statuses.get("草稿"));
        assertEquals(values("0", "0", "0"), statuses.get("待审核"));
        assertEquals(values("2", "1", "3"), statuses.get("合计"));
        Map<String, List<BigDecimal>> fields = delta(table(before, "科技成果与需求", "按技术领域"),
                table(after, "科技成果与需求", "按技术领域"));
        assertEquals(values("1", "0", "1"), fields.get("新材料"));
        assertEquals(values("1", "0", "1"), fields.get("航空航天"));
        assertEquals(values("0", "1", "1"), fields.get("资源与环境"));
        assertEquals(values("0", "0", "0"), fields.get("新能源与节能"));
        assertEquals(values("2", "1", "3"), fields.get("合计"));

        Map<String, List<BigDecimal>> earlierFields = delta(table(yearBefore, "科技成果与需求", "按技术领域"),
                table(report(staff, LISTING_YEAR - 1, "zh-CN"), "科技成果与需求", "按技术领域"));
        assertEquals(values("0", "1", "1"), earlierFields.get("新能源与节能"));

        Map<String, List<BigDecimal>> english = table(report(staff, LISTING_YEAR, "en"), "Results and needs", "By status");
        assertEquals(table(after, "科技成果与需求", "按状态").get("已发布"), english.get("Published"));
        assertEquals(table(after, "科技成果与需求", "按状态").get("合计"), english.get("Total"));
    }

    @Test
    void shouldSayNoDataInEveryTableOfAYearWithoutRecords() throws IOException {
        Person staff = accounts.staff();
        Workbook chinese = report(staff, EMPTY_YEAR, "zh-CN");
        assertEquals(List.of(4L, 2L, 2L), sheetNames(chinese).stream().map(s -> count(chinese.getSheet(s), "无数据")).toList());
        assertEquals(EMPTY_YEAR + "年度技术市场统计报告", chinese.getSheet("技术合同").getRow(0).getCell(0).getStringCellValue());
        // In a browser session, the language chosen on the site wins over what the browser asks for.
        String session = given().redirects().follow(false).formParam("j_username", staff.username())
                .formParam("j_password", staff.password()).post("/j_security_check").then().statusCode(302)
                .extract().cookie("techmarket-session");
        byte[] bytes = given().cookie("techmarket-session", session).cookie("techmarket-lang", "en")
                .header("Accept-Language", "zh-CN,zh;q=0.9").queryParam("year", EMPTY_YEAR).get("/api/v1/stats/report")
                .then().statusCode(200).contentType(XLSX).extract().asByteArray();
        Workbook english = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        assertEquals(List.of(4L, 2L, 2L), sheetNames(english).stream().map(s -> count(english.getSheet(s), "no data")).toList());
    }

    @Test
    void shouldRefuseAYearThatIsMissingMalformedTooEarlyOrToCome() {
        Person staff = accounts.staff();
        for (String year : Arrays.asList(null, "", "abc", "1800", "1999", "20 26", String.valueOf(LocalDate.now().getYear() + 1))) {
            RequestSpecification request = as(staff);
            if (year != null) {
                request.queryParam("year", year);
            }
            request.get("/api/v1/stats/report").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("year"));
        }
        as(staff).queryParam("year", LocalDate.now().getYear()).get("/api/v1/stats/report").then().statusCode(200);
        as(accounts.admin()).queryParam("year", 2000).get("/api/v1/stats/report").then().statusCode(200).contentType(XLSX);
    }

    @Test
    void shouldBeForStaffOnly() {
        as(accounts.researcher()).queryParam("year", 2020).get("/api/v1/stats/report").then().statusCode(403);
        as(accounts.enterprise()).queryParam("year", 2020).get("/api/v1/stats/report").then().statusCode(403);
        given().queryParam("year", 2020).get("/api/v1/stats/report").then().statusCode(401);
    }

    // --- downloading and reading the workbook

    private Workbook report(Person staff, int year, String language) throws IOException {
        byte[] bytes = as(staff).header("Accept-Language", language).queryParam("year", year).get("/api/v1/stats/report")
                .then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"techmarket-report-" + year + ".xlsx\"")
                .extract().asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static RequestSpecification as(Person p) {
        return given().auth().preemptive().basic(p.username(), p.password());
    }

    private static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
        return names;
    }

    /** The row holding a table's title; its header follows, then its rows up to an empty one. */
    private static int titleRow(Sheet sheet, String title) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(title)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no table " + title + " on sheet " + sheet.getSheetName());
    }

    private static List<String> header(Workbook workbook, String sheet, String title) {
        Sheet s = workbook.getSheet(sheet);
        assertNotNull(s, "sheet " + sheet);
        Row header = s.getRow(titleRow(s, title) + 1);
        List<String> cells = new ArrayList<>();
        header.forEach(c -> cells.add(c.getStringCellValue()));
        return cells;
    }

    /** A table's rows by label: counts and amounts (元) with two decimals; an empty cell is null. */
    private static Map<String, List<BigDecimal>> table(Workbook workbook, String sheet, String title) {
        Sheet s = workbook.getSheet(sheet);
        assertNotNull(s, "sheet " + sheet);
        Map<String, List<BigDecimal>> rows = new LinkedHashMap<>();
        for (int r = titleRow(s, title) + 2; s.getRow(r) != null && s.getRow(r).getCell(0) != null; r++) {
            Row row = s.getRow(r);
            List<BigDecimal> values = new ArrayList<>();
            for (int c = 1; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                values.add(cell == null ? null
                        : BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP));
            }
            rows.put(row.getCell(0).getStringCellValue(), values);
        }
        return rows;
    }

    private static Row row(Workbook workbook, String sheet, String title, String label) {
        Sheet s = workbook.getSheet(sheet);
        for (int r = titleRow(s, title) + 2; s.getRow(r) != null; r++) {
            if (s.getRow(r).getCell(0).getStringCellValue().equals(label)) {
                return s.getRow(r);
            }
        }
        throw new AssertionError("no row " + label + " in " + title);
    }

    /** What the rows of a table gained between two downloads (a row missing before counts as zeros). */
    private static Map<String, List<BigDecimal>> delta(Map<String, List<BigDecimal>> before, Map<String, List<BigDecimal>> after) {
        Map<String, List<BigDecimal>> delta = new LinkedHashMap<>();
        after.forEach((label, values) -> {
            List<BigDecimal> old = before.get(label);
            List<BigDecimal> change = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                BigDecimal was = old == null || old.size() <= i || old.get(i) == null ? amount("0") : old.get(i);
                change.add(values.get(i) == null ? null : values.get(i).subtract(was));
            }
            delta.put(label, change);
        });
        return delta;
    }

    private static Set<String> labels(Workbook workbook) {
        Set<String> labels = new LinkedHashSet<>();
        workbook.sheetIterator().forEachRemaining(s -> s.forEach(row -> row.forEach(c -> {
            if (c.getCellType() == CellType.STRING) {
                labels.add(c.getStringCellValue());
            }
        })));
        return labels;
    }

    private static long count(Sheet sheet, String text) {
        long n = 0;
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(text)) {
                n++;
            }
        }
        return n;
    }

    private static List<BigDecimal> values(String... numbers) {
        return Arrays.stream(numbers).map(AnnualReportTest::amount).toList();
    }

    private static BigDecimal amount(String number) {
        return new BigDecimal(number).setScale(2, RoundingMode.UNNECESSARY);
    }

    // --- records of the test, and their dates

    private Person researcherIn(String regionCode) {
        Person researcher = accounts.researcher();
        sql("UPDATE organisation SET region_code = '" + regionCode + "' WHERE id = " + researcher.organisationId());
        return researcher;
    }

    private long draftResult(Person researcher, String field) {
        Map<String, Object> body = ListingFixtures.resultJson(AccountFixtures.uniqueName("年报测试成果"));
        body.put("field", field);
        return ((Number) VoucherFixtures.as(researcher).body(body).post("/api/v1/results").then().statusCode(201)
                .extract().path("id")).longValue();
    }

    /** A contract drafted, signed and submitted by the seller. */
    private int submitted(Person seller, Person buyer, String type, String sellerEntityType, Long resultId, long amountFen,
            long transactionFen) {
        Map<String, Object> body = contracts.body(buyer, ContractFixtures.uniqueProject());
        body.put("type", type);
        body.put("sellerEntityType", sellerEntityType);
        body.put("contractAmountFen", amountFen);
        body.put("transactionAmountFen", transactionFen);
        body.put("equipmentCostFen", 0);
        if (resultId != null) {
            body.put("resultId", resultId);
        }
        int id = VoucherFixtures.as(seller).body(body).post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        as(seller).multiPart("file", "contract.pdf", VoucherFixtures.PDF, "application/pdf")
                .post("/api/v1/contracts/{id}/document", id).then().statusCode(201);
        VoucherFixtures.as(seller).post("/api/v1/contracts/{id}/submit", id).then().statusCode(200);
        return id;
    }

    private void register(Person staff, Person buyer, int contract, long approvedFen) {
        VoucherFixtures.as(buyer).post("/api/v1/contracts/{id}/confirm", contract).then().statusCode(200);
        VoucherFixtures.as(staff).body(Map.of("decision", "REGISTER", "approvedAmountFen", approvedFen))
                .post("/api/v1/contracts/{id}/decision", contract).then().statusCode(200);
    }

    private void decide(Person staff, int contract, String decision) {
        VoucherFixtures.as(staff).body(Map.of("decision", decision, "reason", "年报测试"))
                .post("/api/v1/contracts/{id}/decision", contract).then().statusCode(200);
    }

    private static OffsetDateTime instant(int year, int month, int day, int hour, int minute, int second) {
        return LocalDateTime.of(year, month, day, hour, minute, second).atZone(Period.MARKET_ZONE).toOffsetDateTime();
    }

    private void decidedAt(int contract, OffsetDateTime at) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE contract SET decided_at = :at WHERE id = :id")
                .setParameter("at", at).setParameter("id", contract).executeUpdate());
    }

    private void ledgerAt(int program, String kind, OffsetDateTime at) {
        QuarkusTransaction.requiringNew().run(() -> assertTrue(em.createNativeQuery(
                "UPDATE ledger_transaction SET created_at = :at WHERE program_id = :program AND kind = :kind")
                .setParameter("at", at).setParameter("program", program).setParameter("kind", kind).executeUpdate() > 0,
                kind + " of program " + program));
    }

    private void collectedAt(long listing, OffsetDateTime at) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE listing SET created_at = :at WHERE id = :id")
                .setParameter("at", at).setParameter("id", listing).executeUpdate());
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate());
    }
}

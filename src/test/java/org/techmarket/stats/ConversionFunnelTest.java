package org.techmarket.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.techmarket.voucher.VoucherFixtures.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.common.Roles;
import org.techmarket.contract.ContractFixtures;
import org.techmarket.listing.Listing;
import org.techmarket.listing.ListingApi;
import org.techmarket.listing.ListingFixtures;
import org.techmarket.listing.ListingKind;
import org.techmarket.listing.ListingService;
import org.techmarket.listing.ListingViewCounter;
import org.techmarket.listing.TechField;
import org.techmarket.trade.TradeFixtures;
import org.techmarket.trade.TradeRepository;
import org.techmarket.trade.TradeService;
import org.techmarket.voucher.VoucherFixtures;

/**
 * The conversion funnel counts what the test makes happen, stage by stage: in the field of high-tech
 * services (which no other test's listings use) and as differences before and after, since tests share
 * one database.
 */
@QuarkusTest
class ConversionFunnelTest {

    private static final String FIELD = "HIGH_TECH_SERVICES";

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingFixtures listings;

    @Inject
    ListingService listingService;

    @Inject
    ContractFixtures contracts;

    @Inject
    ListingViewCounter views;

    @Inject
    TradeFixtures tradeFixtures;

    @Inject
    TradeService tradeService;

    @Inject
    TradeRepository trades;

    @Test
    void shouldCountEachStageOfTheFunnelInItsFieldMonthAndPeriod() {
        Person staff = accounts.staff();
        Person researcher = accounts.researcher();
        Person enterprise = accounts.enterprise();
        LocalDate today = LocalDate.now(Period.MARKET_ZONE);
        String year = String.valueOf(today.getYear());
        String quarter = String.valueOf((today.getMonthValue() - 1) / 3 + 1);
        String month = today.toString().substring(0, 7);
        views.flush();
        JsonPath before = staffFunnel(staff, year, null);
        JsonPath quarterBefore = staffFunnel(staff, year, quarter);

        Listing result = serviceResult(researcher, "转化漏斗测试成果");
        for (int i = 0; i < 3; i++) {
            given().header("User-Agent", "Mozilla/5.0 Firefox/128.0").get("/results/{id}", result.id).then().statusCode(200);
        }
        views.flush();
        for (int i = 0; i < 2; i++) {
            as(accounts.enterprise()).body(Map.of("message", "请问能否合作？")).post("/api/v1/results/{id}/inquiries", result.id)
                    .then().statusCode(201);
        }
        int agreed = openCase(enterprise, result);
        move(researcher, agreed, "CONTACTED", null);
        move(enterprise, agreed, "NEGOTIATING", null);
        move(researcher, agreed, "AGREED", null);
        move(researcher, openCase(enterprise, result), "DECLINED", "PRICE");
        move(enterprise, openCase(enterprise, result), "DECLINED", "IP_UNCLEAR");
        openCase(enterprise, result);
        Map<String, Object> fromCase = contracts.body(enterprise, ContractFixtures.uniqueProject());
        fromCase.put("caseId", agreed);
        register(researcher, enterprise, staff, fromCase, 35_000_000L);
        // A contract registered without a case is no conversion of the funnel.
        register(researcher, enterprise, staff, contracts.body(enterprise, ContractFixtures.uniqueProject()), 20_000_000L);

        JsonPath after = staffFunnel(staff, year, null);
        String row = "byField.find { it.field == '" + FIELD + "' }.stages.";
        assertEquals(3, delta(before, after, row + "views"));
        assertEquals(2, delta(before, after, row + "inquiries"));
        assertEquals(4, delta(before, after, row + "casesOpened"));
        assertEquals(1, delta(before, after, row + "casesAgreed"));
        assertEquals(2, delta(before, after, row + "casesDeclined"));
        assertEquals(1, delta(before, after, row + "contractsRegistered"));
        assertEquals(35_000_000L, delta(before, after, row + "transactionAmountFen"));
        String thisMonth = "byMonth.find { it.month == '" + month + "' }.stages.";
        assertEquals(4, delta(before, after, thisMonth + "casesOpened"));
        assertEquals(35_000_000L, delta(before, after, thisMonth + "transactionAmountFen"));
        assertEquals(1, delta(before, after, "totals.contractsRegistered"));
        assertEquals(1, delta(before, after, "declineReasons.find { it.reason == 'PRICE' }.cases"));
        assertEquals(1, delta(before, after, "declineReasons.find { it.reason == 'IP_UNCLEAR' }.cases"));
        assertEquals(0, delta(before, after, "declineReasons.find { it.reason == 'TOO_EARLY' }.cases"));
        assertEquals(12, after.getList("byMonth").size());
        assertEquals(TechField.values().length, after.getList("byField").size());
        JsonPath quarterAfter = staffFunnel(staff, year, quarter);
        assertEquals(4, delta(quarterBefore, quarterAfter, row + "casesOpened"));
        assertEquals(3, quarterAfter.getList("byMonth").size());

        // Rates are the step over the one before, in percent with one decimal.
        long opened = after.getLong(row + "casesOpened");
        long agreedCases = after.getLong(row + "casesAgreed");
        assertEquals(Math.round(agreedCases * 1000.0 / opened) / 10.0, after.getDouble(row.replace("stages.", "rates.") + "agreedPerCase"));

        // The staff page shows the same row, amounts in 万元 / 亿元, or yuan in English.
        long amount = after.getLong(row + "transactionAmountFen");
        given().auth().preemptive().basic(staff.username(), staff.password()).get("/staff/funnel?year={y}", year)
                .then().statusCode(200).body(containsString("高技术服务"))
                .body(containsString("<td data-label=\"交易额\">" + org.techmarket.common.Money.local(amount, false) + "</td>"))
                .body(containsString("价格不合适")).body(containsString("id=\"by-month\""));
        given().auth().preemptive().basic(staff.username(), staff.password()).cookie("techmarket-lang", "en")
                .get("/staff/funnel?year={y}", year).then().statusCode(200).body(containsString("High-tech services"))
                .body(containsString("<td data-label=\"Amount\">" + org.techmarket.common.Money.local(amount, true) + "</td>"))
                .body(containsString("Price")).body(not(containsString("高技术服务")));
    }

    @Test
    void shouldCountADealOnTheTradingFloorAsADealStepAndItsRegisteredContract() {
        Person staff = accounts.staff();
        Person enterprise = accounts.enterprise();
        LocalDate today = LocalDate.now(Period.MARKET_ZONE);
        String year = String.valueOf(today.getYear());
        String month = today.toString().substring(0, 7);
        TradeFixtures.Listed listed = tradeFixtures.listed(640_000L);
        tradeFixtures.declareIntent(listed, enterprise);
        JsonPath before = staffFunnel(staff, year, null);

        // One intended buyer: a deal at the asking price, and a contract draft between the parties.
        QuarkusTransaction.requiringNew().run(() -> tradeService.endNotice(trades.findForUpdate(listed.tradeId()).orElseThrow()));
        JsonPath dealt = staffFunnel(staff, year, null);
        assertEquals(1, delta(before, dealt, "totals.tradeDeals"));
        assertEquals(1, delta(before, dealt, "byMonth.find { it.month == '" + month + "' }.stages.tradeDeals"));
        assertEquals(0, delta(before, dealt, "totals.casesAgreed"), "a deal on the trading floor is no match case");
        String field = listed.result().field.name();
        assertEquals(1, delta(before, dealt, "byField.find { it.field == '" + field + "' }.stages.tradeDeals"));

        int contract = as(enterprise).get("/api/v1/trades/{id}/deal", listed.tradeId()).then().statusCode(200)
                .extract().path("contractId");
        Person seller = listed.seller();
        given().auth().preemptive().basic(seller.username(), seller.password())
                .multiPart("file", "contract.pdf", VoucherFixtures.PDF, "application/pdf")
                .post("/api/v1/contracts/{id}/document", contract).then().statusCode(201);
        as(seller).post("/api/v1/contracts/{id}/submit", contract).then().statusCode(200);
        as(enterprise).post("/api/v1/contracts/{id}/confirm", contract).then().statusCode(200);
        as(staff).body(Map.of("decision", "REGISTER", "approvedAmountFen", 600_001L))
                .post("/api/v1/contracts/{id}/decision", contract).then().statusCode(200);

        JsonPath after = staffFunnel(staff, year, null);
        assertEquals(1, delta(dealt, after, "totals.contractsRegistered"));
        assertEquals(600_001L, delta(dealt, after, "totals.transactionAmountFen"));
        long deals = after.getLong("totals.casesAgreed") + after.getLong("totals.tradeDeals");
        assertEquals(Math.round(after.getLong("totals.contractsRegistered") * 1000.0 / deals) / 10.0,
                after.getDouble("rates.contractsPerAgreed"));
        as(staff).get("/staff/funnel?year={y}", year).then().statusCode(200).body(containsString("挂牌交易成交"));
    }

    @Test
    void shouldShowThePublicTheTotalsOnly() {
        Person staff = accounts.staff();
        given().get("/api/v1/stats/funnel").then().statusCode(200)
                .body("$", hasKey("totals")).body("totals", hasKey("transactionAmountFen"))
                .body("$", not(hasKey("byField"))).body("$", not(hasKey("byMonth")))
                .body("$", not(hasKey("declineReasons"))).body("$", not(hasKey("rates")));
        as(accounts.enterprise()).get("/api/v1/stats/funnel").then().statusCode(200).body("$", not(hasKey("byField")));
        as(staff).get("/api/v1/stats/funnel").then().statusCode(200).body("$", hasKey("byField"))
                .body("$", hasKey("declineReasons")).body("$", hasKey("rates"));

        String page = given().get("/stats/funnel").then().statusCode(200).body(containsString("技术交易额"))
                .extract().asString();
        for (String staffOnly : new String[] {"id=\"by-field\"", "id=\"by-month\"", "id=\"decline-reasons\"", "价格不合适",
                "环节转化率", "/staff/funnel"}) {
            assertEquals(false, page.contains(staffOnly), "the public page shows " + staffOnly);
        }
        // Staff reading the public page are offered the details.
        as(staff).get("/stats/funnel").then().statusCode(200).body(containsString("/staff/funnel"))
                .body(not(containsString("id=\"by-field\"")));
        as(accounts.enterprise()).get("/staff/funnel").then().statusCode(403);
    }

    @Test
    void shouldSayThereIsNoDataForAPeriodWithoutAny() {
        given().get("/api/v1/stats/funnel?year=2001&quarter=3").then().statusCode(200).body("noData", equalTo(true))
                .body("totals.views", equalTo(0)).body("totals.transactionAmountFen", equalTo(0))
                .body("period.from", equalTo("2001-07-01")).body("period.until", equalTo("2001-10-01"));
        given().get("/stats/funnel?year=2001").then().statusCode(200).body(containsString("id=\"no-data\""))
                .body(containsString("2001年")).body(containsString("0元"));
        given().cookie("techmarket-lang", "en").get("/stats/funnel?year=2001").then().statusCode(200)
                .body(containsString("No data for this period")).body(containsString("¥0"));
        Person staff = accounts.staff();
        as(staff).get("/api/v1/stats/funnel?year=2001").then().statusCode(200).body("noData", equalTo(true))
                .body("byMonth.size()", equalTo(12)).body("rates.agreedPerCase", equalTo(null))
                .body("declineReasons.find { it.reason == 'PRICE' }.sharePercent", equalTo(null));
        as(staff).get("/staff/funnel?year=2001&quarter=4").then().statusCode(200).body(containsString("id=\"no-data\""))
                .body(containsString("2001年第4季度"));
        given().get("/stats/funnel").then().statusCode(200).body(containsString("全部时间"));
    }

    @Test
    void shouldRefuseABadPeriodNamingTheField() {
        for (String query : new String[] {"year=abc", "year=1999", "year=2100", "year=2026.5"}) {
            given().get("/api/v1/stats/funnel?" + query).then().statusCode(400).body("errors.field", hasItem("year"));
        }
        for (String query : new String[] {"year=2026&quarter=5", "year=2026&quarter=0", "year=2026&quarter=Q1", "quarter=2"}) {
            given().get("/api/v1/stats/funnel?" + query).then().statusCode(400).body("errors.field", hasItem("quarter"));
        }
        // The page says which field is wrong, in the page's language, and keeps what was typed.
        given().get("/stats/funnel?year=abc").then().statusCode(400).body(containsString("年份应为"))
                .body(containsString("value=\"abc\" placeholder=\"留空为全部时间\" aria-invalid=\"true\""));
        Person staff = accounts.staff();
        given().auth().preemptive().basic(staff.username(), staff.password()).cookie("techmarket-lang", "en")
                .get("/staff/funnel?year=2026&quarter=9").then().statusCode(400).body(containsString("The quarter must be"));
        // Empty is absent: the form sends "quarter=" for the whole year.
        given().get("/api/v1/stats/funnel?year=2026&quarter=").then().statusCode(200).body("period.quarter", equalTo(null));
    }

    private Listing serviceResult(Person researcher, String title) {
        var owner = ListingFixtures.caller(researcher, Roles.RESEARCHER);
        ListingApi.ResultRequest r = ListingFixtures.result(title, "转化漏斗测试的描述。");
        ListingApi.ResultRequest inField = new ListingApi.ResultRequest(r.title(), r.summary(), r.description(),
                TechField.valueOf(FIELD), r.keywords(), r.maturity(), r.ipType(), r.ipStatus(), r.patentNumbers(),
                r.transferModes(), r.priceFen(), r.regionCode(), r.contactName(), r.contactPhone(), r.contactEmail(),
                r.validUntil());
        Listing draft = listingService.createResult(owner, inField);
        listingService.submit(owner, draft.id, ListingKind.RESULT);
        return listingService.review(ListingFixtures.caller(accounts.staff(), Roles.STAFF), draft.id, ListingKind.RESULT,
                ListingService.Decision.PUBLISH, null);
    }

    private int openCase(Person enterprise, Listing result) {
        Listing need = listings.publishedNeed(enterprise, "转化漏斗测试需求", "需要高技术服务");
        return as(enterprise).body(Map.of("needId", need.id, "resultId", result.id)).post("/api/v1/cases")
                .then().statusCode(201).extract().path("id");
    }

    private static void move(Person who, int caseId, String status, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        if (reason != null) {
            body.put("reasonCode", reason);
        }
        as(who).body(body).post("/api/v1/cases/{id}/transition", caseId).then().statusCode(200);
    }

    private static void register(Person seller, Person buyer, Person staff, Map<String, Object> body, long approvedFen) {
        int contract = as(seller).body(body).post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic(seller.username(), seller.password())
                .multiPart("file", "contract.pdf", VoucherFixtures.PDF, "application/pdf")
                .post("/api/v1/contracts/{id}/document", contract).then().statusCode(201);
        as(seller).post("/api/v1/contracts/{id}/submit", contract).then().statusCode(200);
        as(buyer).post("/api/v1/contracts/{id}/confirm", contract).then().statusCode(200);
        as(staff).body(Map.of("decision", "REGISTER", "approvedAmountFen", approvedFen))
                .post("/api/v1/contracts/{id}/decision", contract).then().statusCode(200);
    }

    private static JsonPath staffFunnel(Person staff, String year, String quarter) {
        var request = as(staff).queryParam("year", year);
        if (quarter != null) {
            request.queryParam("quarter", quarter);
        }
        return request.get("/api/v1/stats/funnel").then().statusCode(200).extract().jsonPath();
    }

    private static long delta(JsonPath before, JsonPath after, String path) {
        return after.getLong(path) - before.getLong(path);
    }
}

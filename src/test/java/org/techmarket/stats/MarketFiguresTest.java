package org.techmarket.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.techmarket.voucher.VoucherFixtures.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.contract.ContractFixtures;
import org.techmarket.listing.ListingFixtures;
import org.techmarket.trade.AuctionService;
import org.techmarket.trade.TradeFixtures;
import org.techmarket.trade.TradeRepository;
import org.techmarket.trade.TradeService;
import org.techmarket.voucher.VoucherFixtures;

/**
 * The public figures against records this test creates: each test reads the figures, adds records
 * and checks that every figure moved by exactly what it added (tests run one after another).
 */
@QuarkusTest
class MarketFiguresTest {

    @Inject
    AccountFixtures accounts;

    @Inject
    ContractFixtures contracts;

    @Inject
    VoucherFixtures vouchers;

    @Inject
    TradeFixtures tradeFixtures;

    @Inject
    TradeService tradeService;

    @Inject
    TradeRepository trades;

    @Inject
    AuctionService auctionService;

    private static final int YEAR = LocalDate.now(Period.MARKET_ZONE).getYear();
    private static final String MONTH = YearMonth.now(Period.MARKET_ZONE).toString();

    @Test
    void shouldCountRegisteredContractsAndTheirAmountsToTheFen() {
        JsonPath before = stats("year=" + YEAR);
        ContractFixtures.Parties p = contracts.parties();
        register(p, "TRANSFER", 35_000_001L);
        register(p, "LICENSE", 12_345L);
        int returned = submitted(p, "LICENSE");
        as(p.staff()).body(Map.of("decision", "RETURN", "reason", "请补充合同文本"))
                .post("/api/v1/contracts/{id}/decision", returned).then().statusCode(200);

        JsonPath after = stats("year=" + YEAR);
        assertEquals(2, after.getLong("contracts.registered") - before.getLong("contracts.registered"));
        assertEquals(35_012_346L, after.getLong("contracts.transactionAmountFen")
                - before.getLong("contracts.transactionAmountFen"));
        assertEquals(100_000_000L, after.getLong("contracts.contractAmountFen") - before.getLong("contracts.contractAmountFen"));
        assertEquals(0, after.getLong("contracts.brokered") - before.getLong("contracts.brokered"));
        assertEquals(35_000_001L, typeAmount(after, "TRANSFER") - typeAmount(before, "TRANSFER"));
        assertEquals(12_345L, typeAmount(after, "LICENSE") - typeAmount(before, "LICENSE"));
        assertEquals(2, monthLong(after, "contracts") - monthLong(before, "contracts"));
        assertEquals(35_012_346L, monthLong(after, "contractAmountFen") - monthLong(before, "contractAmountFen"));
        assertEquals(2, regionLong(after, "620000", "contracts") - regionLong(before, "620000", "contracts"));

        JsonPath lanzhou = stats("year=" + YEAR + "&region=620000");
        assertEquals(lanzhou.getLong("contracts.registered"), regionLong(lanzhou, "620100", "contracts"),
                "inside a province the breakdown is by prefecture");
    }

    @Test
    void shouldCountListingsCollectedByTheirStatusNow() {
        Person researcher = accounts.researcher();
        Person staff = accounts.staff();
        JsonPath before = stats("year=" + YEAR + "&field=NEW_MATERIALS");
        int draft = create(researcher, "统计用草稿成果");
        int published = create(researcher, "统计用发布成果");
        as(researcher).post("/api/v1/results/{id}/submit", published).then().statusCode(200);

        JsonPath submitted = stats("year=" + YEAR + "&field=NEW_MATERIALS");
        assertEquals(1, submitted.getLong("results.collected") - before.getLong("results.collected"),
                "a draft is not collected: " + draft);
        assertEquals(1, status(submitted, "SUBMITTED") - status(before, "SUBMITTED"));

        as(staff).body(Map.of("decision", "PUBLISH")).post("/api/v1/results/{id}/review", published)
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        JsonPath after = stats("year=" + YEAR + "&field=NEW_MATERIALS");
        assertEquals(1, after.getLong("results.collected") - before.getLong("results.collected"));
        assertEquals(0, status(after, "SUBMITTED") - status(before, "SUBMITTED"));
        assertEquals(1, status(after, "PUBLISHED") - status(before, "PUBLISHED"));
        assertEquals(1, after.getLong("results.published") - before.getLong("results.published"));
        assertEquals(1, monthLong(after, "results") - monthLong(before, "results"));
        assertEquals(1, after.getLong("fields.find { it.field == 'NEW_MATERIALS' }.results")
                - before.getLong("fields.find { it.field == 'NEW_MATERIALS' }.results"));
        assertEquals(after.getLong("results.collected"), regionLong(after, "620000", "results"));
    }

    @Test
    void shouldCountVoucherMoneyIssuedRedeemedAndOutstanding() {
        JsonPath before = stats("year=" + YEAR);
        VoucherFixtures.World w = vouchers.world(1_000_000L, 300_000L);
        int order = vouchers.order(w, 200_003L);
        vouchers.reserve(w, order, 100_001L);
        int redemption = vouchers.redemption(w, order);
        as(w.staff()).header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("decision", "APPROVE"))
                .post("/api/v1/redemptions/{id}/decision", redemption).then().statusCode(200);

        JsonPath after = stats("year=" + YEAR);
        assertEquals(1, after.getLong("vouchers.vouchersIssued") - before.getLong("vouchers.vouchersIssued"));
        assertEquals(300_000L, after.getLong("vouchers.issuedFen") - before.getLong("vouchers.issuedFen"));
        assertEquals(100_001L, after.getLong("vouchers.redeemedFen") - before.getLong("vouchers.redeemedFen"));
        assertEquals(199_999L, after.getLong("vouchers.outstandingFen") - before.getLong("vouchers.outstandingFen"));
        assertEquals(300_000L, monthLong(after, "voucherIssuedFen") - monthLong(before, "voucherIssuedFen"));
        assertEquals(100_001L, monthLong(after, "voucherRedeemedFen") - monthLong(before, "voucherRedeemedFen"));
        given().get("/api/v1/stats?field=BIO_MEDICINE").then().statusCode(200).body("vouchers", equalTo(null));
    }

    @Test
    void shouldCountDealsOnTheTradingFloorTheAuctionPremiumAndTheDepositsHeldToTheFen() {
        OffsetDateTime closes = OffsetDateTime.now().plusHours(1);
        TradeFixtures.Running r = tradeFixtures.auction(2, 1_000_000L, 100_001L, 0, 50_003L, closes);
        TradeFixtures.Listed direct = tradeFixtures.listed(777_777L);
        tradeFixtures.declareIntent(direct, accounts.enterprise());
        JsonPath before = stats("year=" + YEAR);

        as(r.bidders().get(0)).body(Map.of("amountFen", 1_000_000L)).post("/api/v1/auctions/{id}/bids", r.auctionId())
                .then().statusCode(201);
        as(r.bidders().get(1)).body(Map.of("amountFen", 1_100_001L)).post("/api/v1/auctions/{id}/bids", r.auctionId())
                .then().statusCode(201);
        // Only these two trades end here (the scheduled jobs would end every other test's too).
        QuarkusTransaction.requiringNew().run(() -> auctionService.closeAt(r.auctionId(), closes.plusMinutes(1)));
        QuarkusTransaction.requiringNew().run(() -> tradeService.endNotice(trades.findForUpdate(direct.tradeId()).orElseThrow()));

        JsonPath after = stats("year=" + YEAR);
        assertEquals(2, after.getLong("trades.concluded") - before.getLong("trades.concluded"));
        assertEquals(1_877_778L, after.getLong("trades.amountFen") - before.getLong("trades.amountFen"));
        assertEquals(1, after.getLong("trades.byAuction") - before.getLong("trades.byAuction"));
        assertEquals(1_100_001L, after.getLong("trades.auctionPricesFen") - before.getLong("trades.auctionPricesFen"));
        assertEquals(1_000_000L, after.getLong("trades.startingPricesFen") - before.getLong("trades.startingPricesFen"));
        assertEquals(Math.round((after.getLong("trades.auctionPricesFen") * 1000.0 / after.getLong("trades.startingPricesFen"))
                - 1000.0) / 10.0, after.getDouble("trades.auctionPremiumPercent"), 1e-9);
        assertEquals(-50_003L, after.getLong("trades.depositsHeldFen") - before.getLong("trades.depositsHeldFen"),
                "the loser's deposit is refunded at the close, the winner's stays held");

        TradeFixtures.withKey(r.listed().staff()).body(Map.of("outcome", "SETTLED"))
                .post("/api/v1/trades/{id}/settlement", r.listed().tradeId()).then().statusCode(200);
        JsonPath settled = stats("year=" + YEAR);
        assertEquals(-100_006L, settled.getLong("trades.depositsHeldFen") - before.getLong("trades.depositsHeldFen"));
        assertEquals(2, settled.getLong("trades.concluded") - before.getLong("trades.concluded"));
        given().header("Accept-Language", "zh-CN").get("/stats?year=" + YEAR).then().statusCode(200)
                .body(containsString("挂牌交易成交")).body(containsString("竞价溢价率"));
    }

    @Test
    void shouldRefuseBadPeriodsAndFiltersNamingTheParameter() {
        Map.of("year=1800", "year", "year=abc", "year", "year=" + (YEAR + 1), "year", "quarter=2", "quarter",
                "year=" + YEAR + "&quarter=5", "quarter", "field=COOKING", "field", "region=999999", "region",
                "region=62%00", "region")
                .forEach((query, field) -> {
                    given().get("/api/v1/stats?" + query).then().statusCode(400).body("errors.field", hasItem(field));
                    given().get("/stats?" + query).then().statusCode(400).contentType(ContentType.HTML);
                });
    }

    @Test
    void shouldShowAPeriodWithNoDataAsEmptyNotAnError() {
        given().get("/api/v1/stats?year=2001&quarter=1").then().statusCode(200)
                .body("contracts.registered", equalTo(0)).body("months.size()", equalTo(0));
        given().get("/stats?year=2001&quarter=1").then().statusCode(200)
                .body(containsString("该期间暂无数据")).body(containsString("2001年第1季度"));
    }

    @Test
    void shouldShowTheDashboardInChineseWithATableBesideEachChart() {
        ContractFixtures.Parties p = contracts.parties();
        register(p, "DEVELOPMENT", 5_000_000L);
        String page = given().get("/stats?year=" + YEAR).then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .body(containsString("市场数据")).body(containsString("技术开发")).body(containsString("技术交易额"))
                .body(containsString("/webjars/echarts/")).body(not(containsString(">DEVELOPMENT")))
                .body(not(containsString(">NEW_MATERIALS"))).extract().asString();
        for (String table : new String[] {"t-month", "t-field", "t-region", "t-type"}) {
            assertEquals(true, page.contains("data-table=\"" + table + "\"") && page.contains("id=\"" + table + "\""),
                    "chart and table " + table);
        }
        given().cookie("techmarket-lang", "en").get("/stats?year=" + YEAR).then().statusCode(200)
                .body(containsString("Market figures")).body(containsString("Technology transaction amount"));
    }

    @Test
    void shouldShowTheHomePageWithFiguresLatestListingsAndASearchBox() {
        Person researcher = accounts.researcher();
        int id = create(researcher, AccountFixtures.uniqueName("首页最新成果"));
        as(researcher).post("/api/v1/results/{id}/submit", id).then().statusCode(200);
        as(accounts.staff()).body(Map.of("decision", "PUBLISH")).post("/api/v1/results/{id}/review", id)
                .then().statusCode(200);
        String title = given().get("/api/v1/results/{id}", id).then().statusCode(200).extract().path("title");
        long published = stats("").getLong("results.published");

        var response = given().get("/").then().statusCode(200)
                .body(containsString("name=\"q\"")).body(containsString("formaction=\"/needs\""))
                .body(containsString(title)).body(containsString(">" + published + "<"))
                .header("Cache-Control", containsString("public")).header("Set-Cookie", equalTo(null))
                .extract();
        given().header("If-None-Match", response.header("ETag")).get("/").then().statusCode(304);
    }

    private JsonPath stats(String query) {
        return given().get("/api/v1/stats" + (query.isEmpty() ? "" : "?" + query)).then().statusCode(200)
                .extract().jsonPath();
    }

    private int create(Person researcher, String title) {
        return as(researcher).body(ListingFixtures.resultJson(title)).post("/api/v1/results")
                .then().statusCode(201).extract().path("id");
    }

    private int submitted(ContractFixtures.Parties p, String type) {
        Map<String, Object> body = contracts.body(p.buyer(), ContractFixtures.uniqueProject());
        body.put("type", type);
        int id = as(p.seller()).body(body).post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic(p.seller().username(), p.seller().password())
                .multiPart("file", "contract.pdf", VoucherFixtures.PDF, "application/pdf")
                .post("/api/v1/contracts/{id}/document", id).then().statusCode(201);
        as(p.seller()).post("/api/v1/contracts/{id}/submit", id).then().statusCode(200);
        as(p.buyer()).post("/api/v1/contracts/{id}/confirm", id).then().statusCode(200);
        return id;
    }

    private void register(ContractFixtures.Parties p, String type, long approvedFen) {
        int id = submitted(p, type);
        as(p.staff()).body(Map.of("decision", "REGISTER", "approvedAmountFen", approvedFen))
                .post("/api/v1/contracts/{id}/decision", id).then().statusCode(200).body("status", equalTo("REGISTERED"));
    }

    private static long typeAmount(JsonPath figures, String type) {
        return orZero(figures.get("contractTypes.find { it.type == '" + type + "' }.transactionAmountFen"));
    }

    private static long monthLong(JsonPath figures, String column) {
        return orZero(figures.get("months.find { it.month == '" + MONTH + "' }." + column));
    }

    private static long regionLong(JsonPath figures, String code, String column) {
        return orZero(figures.get("regions.find { it.code == '" + code + "' }." + column));
    }

    private static long status(JsonPath figures, String status) {
        return orZero(figures.get("results.byStatus." + status));
    }

    private static long orZero(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}

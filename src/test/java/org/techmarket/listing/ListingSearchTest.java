package org.techmarket.listing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;

@QuarkusTest
class ListingSearchTest {

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingFixtures listings;

    @Test
    void shouldFindTwoCharacterTermsLike芯片and疫苗() {
        Person researcher = accounts.researcher();
        Listing chip = listings.publishedResult(researcher, "车规级功率芯片封装", "面向新能源汽车的芯片封装工艺。");
        Listing vaccine = listings.publishedResult(researcher, "禽流感疫苗悬浮培养工艺", "提高疫苗产能的细胞悬浮培养。");

        ids("芯片").body("items.id", hasItem(chip.id.intValue())).body("items.id", not(hasItem(vaccine.id.intValue())));
        ids("疫苗").body("items.id", hasItem(vaccine.id.intValue())).body("items.id", not(hasItem(chip.id.intValue())));
    }

    @Test
    void shouldFindMixedChineseEnglishAndNumberTerms() {
        Person researcher = accounts.researcher();
        Listing fiveG = listings.publishedResult(researcher, "5G小基站射频前端模组", "支持Sub-6GHz频段。");
        Listing pdc = listings.publishedResult(researcher, "PDC钻头激光熔覆修复", "延长钻头寿命。");
        Listing membrane = listings.publishedResult(researcher, "耐酸纳滤膜", "用于湿法冶金酸液回收的纳滤膜。");

        ids("5G").body("items.id", hasItem(fiveG.id.intValue()));
        ids("pdc").body("items.id", hasItem(pdc.id.intValue()));
        ids("纳滤膜").body("items.id", hasItem(membrane.id.intValue()))
                .body("items.id", not(hasItem(pdc.id.intValue())));
        ids("PDC 钻头").body("items.id", hasItem(pdc.id.intValue()));
    }

    @Test
    void shouldRankTitleMatchesAboveBodyMatches() {
        Person researcher = accounts.researcher();
        String marker = "锆钛酸铅" + System.nanoTime() % 1000;
        Listing inBody = listings.publishedResult(researcher, "传感器封装工艺", "涉及" + marker + "压电陶瓷的封装。");
        Listing inTitle = listings.publishedResult(researcher, marker + "压电陶瓷", "高性能压电陶瓷材料。");
        List<Integer> order = given().queryParam("q", marker).get("/api/v1/results")
                .then().statusCode(200).extract().path("items.id");
        org.junit.jupiter.api.Assertions.assertEquals(List.of(inTitle.id.intValue(), inBody.id.intValue()), order);
    }

    /**
     * Equal ranks are ordered the same way every time (newest first, then by id), so a page is
     * reproducible and paging neither repeats nor skips; two-part queries rank by where each word stands.
     */
    @Test
    void shouldOrderEqualRanksTheSameWayEveryTimeAndPageWithoutOverlap() {
        Person researcher = accounts.researcher();
        String marker = "钙钛矿" + System.nanoTime() % 100_000;
        List<Integer> made = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(listings.publishedResult(researcher, marker + "叠层电池", "叠层电池的封装工艺。").id.intValue());
        }
        Listing titleBoth = listings.publishedResult(researcher, marker + "柔性组件", "柔性组件量产。");
        List<Integer> first = given().queryParam("q", marker + " 叠层").queryParam("size", 3).get("/api/v1/results")
                .then().statusCode(200).extract().path("items.id");
        for (int i = 0; i < 3; i++) {
            org.junit.jupiter.api.Assertions.assertEquals(first, given().queryParam("q", marker + " 叠层")
                    .queryParam("size", 3).get("/api/v1/results").then().extract().path("items.id"));
        }
        List<Integer> second = given().queryParam("q", marker + " 叠层").queryParam("size", 3).queryParam("page", 1)
                .get("/api/v1/results").then().statusCode(200).extract().path("items.id");
        List<Integer> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        List<Integer> newestFirst = new java.util.ArrayList<>(made);
        java.util.Collections.reverse(newestFirst);
        org.junit.jupiter.api.Assertions.assertEquals(newestFirst, all);
        org.junit.jupiter.api.Assertions.assertFalse(all.contains(titleBoth.id.intValue()));
    }

    @Test
    void shouldShowOnlyPublishedListings() {
        Person researcher = accounts.researcher();
        Listing published = listings.publishedResult(researcher, "钒液流电池电解液", "储能用钒电解液制备。");
        given().queryParam("q", "钒液流").queryParam("size", 100).get("/api/v1/results")
                .then().statusCode(200).body("items.id", hasItem(published.id.intValue()))
                .body("items.status", not(hasItem("DRAFT")));
    }

    @Test
    void shouldFilterByFacetsAndCountThem() {
        Person enterprise = accounts.enterprise();
        Listing need = listings.publishedNeed(enterprise, "盐湖提锂吸附剂", "需要高选择性锂吸附剂。");
        given().queryParam("q", "提锂").queryParam("field", "RESOURCES_ENVIRONMENT").queryParam("region", "62")
                .queryParam("mode", "JOINT_DEVELOPMENT").queryParam("priceBand", "FROM_500K_TO_1M")
                .get("/api/v1/needs")
                .then().statusCode(200).body("items.id", hasItem(need.id.intValue()));
        given().queryParam("q", "提锂").queryParam("field", "AEROSPACE").get("/api/v1/needs")
                .then().statusCode(200).body("items.id", not(hasItem(need.id.intValue())));
        given().queryParam("q", "提锂").get("/api/v1/needs/facets")
                .then().statusCode(200).body("field.RESOURCES_ENVIRONMENT", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void shouldHighlightSearchedTermsOnTheDetailPageAndEscapeScripts() {
        Person researcher = accounts.researcher();
        Listing l = listings.publishedResult(researcher, "石墨烯导热膜<script>alert(1)</script>", "石墨烯导热膜用于手机散热。");
        given().queryParam("q", "石墨烯").get("/results/{id}", l.id)
                .then().statusCode(200)
                .body(containsString("<mark>石墨烯</mark>"))
                .body(not(containsString("<script>alert(1)</script>")))
                .body(containsString("&lt;script&gt;"));
        given().queryParam("q", "石墨烯").get("/results")
                .then().statusCode(200).body(containsString("<mark>石墨烯</mark>"));
    }

    @Test
    void shouldFindSingleCharactersAndPartsOfWordsThatSegmentationKeepsWhole() {
        Person researcher = accounts.researcher();
        String tag = AccountFixtures.uniqueName("q").replace("-", "");
        Listing herbs = listings.publishedResult(researcher, "道地中药材种植" + tag, "当归党参的种苗繁育技术。");
        Listing battery = listings.publishedResult(researcher, "退役锂电池回收" + tag, "正极材料再生。");
        Listing ceramics = listings.publishedResult(researcher, "5G基站用微波介质陶瓷" + tag, "低损耗滤波器材料。");
        Listing sheep = listings.publishedResult(researcher, "高原牛羊疫苗" + tag, "口蹄疫二价灭活疫苗。");
        // HanLP keeps 中药材, 锂电池 and 牛羊 whole: before the character index, 药, 锂电 and 羊 found nothing.
        ids("药 " + tag).body("items.id", hasItem(herbs.id.intValue())).body("items.id", not(hasItem(battery.id.intValue())));
        ids("锂电 " + tag).body("items.id", hasItem(battery.id.intValue())).body("items.id", not(hasItem(herbs.id.intValue())));
        ids("羊 " + tag).body("items.id", hasItem(sheep.id.intValue())).body("items.id", not(hasItem(ceramics.id.intValue())));
        // Two words of a part need not stand together; a part of single characters must.
        ids("微波陶瓷 " + tag).body("items.id", hasItem(ceramics.id.intValue())).body("items.id", not(hasItem(battery.id.intValue())));
        ids("5G陶瓷 " + tag).body("items.id", hasItem(ceramics.id.intValue()));
        ids("5G芯片 " + tag).body("items.id", not(hasItem(ceramics.id.intValue())));
        ids("锂陶 " + tag).body("items", org.hamcrest.Matchers.empty());
        // A function word alone (which HanLP drops) is still found by its character; it was a 500.
        ids("对").body("items", org.hamcrest.Matchers.notNullValue());
        ids("的 " + tag).body("items", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void shouldFindListingsByTheirOrganisationsName() {
        Person researcher = accounts.researcher();
        Listing listing = listings.publishedResult(researcher, "黄土高原旱作覆膜技术", "覆膜保墒。");
        String name = (String) given().auth().preemptive().basic(researcher.username(), researcher.password())
                .get("/api/v1/me").then().statusCode(200).extract().path("organisation.name");
        org.junit.jupiter.api.Assertions.assertNotNull(name, "the researcher's organisation has a name");
        ids(name).body("items.id", hasItem(listing.id.intValue()));
        ids(name + " 覆膜").body("items.id", hasItem(listing.id.intValue()));
        ids(name + " 芯片").body("items.id", not(hasItem(listing.id.intValue())));
    }

    @Test
    void shouldSortByPriceEitherWayWithNegotiableLastAndByDate() {
        Person researcher = accounts.researcher();
        String tag = AccountFixtures.uniqueName("p").replace("-", "");
        Listing cheap = listings.publishedResult(researcher, "价格排序低" + tag, "测试。", 100_000L);
        Listing dear = listings.publishedResult(researcher, "价格排序高" + tag, "测试。", 90_000_000L);
        Listing negotiable = listings.publishedResult(researcher, "价格排序面议" + tag, "测试。", null);
        Listing middle = listings.publishedResult(researcher, "价格排序中" + tag, "测试。", 5_000_000L);
        List<Integer> expectedUp = List.of(cheap.id.intValue(), middle.id.intValue(), dear.id.intValue(), negotiable.id.intValue());
        org.junit.jupiter.api.Assertions.assertEquals(expectedUp, sorted(tag, "price"));
        org.junit.jupiter.api.Assertions.assertEquals(expectedUp, sorted(tag, "PRICE_ASC"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(dear.id.intValue(), middle.id.intValue(), cheap.id.intValue(),
                negotiable.id.intValue()), sorted(tag, "price_desc"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(middle.id.intValue(), negotiable.id.intValue(), dear.id.intValue(),
                cheap.id.intValue()), sorted(tag, "date"));
        given().queryParam("sort", "cheapest").get("/api/v1/results").then().statusCode(400)
                .body("errors.field", hasItem("sort"));
        given().queryParam("q", tag).queryParam("sort", "PRICE").get("/results").then().statusCode(200)
                .body(containsString("价格从低到高"));
    }

    private static List<Integer> sorted(String q, String sort) {
        return given().queryParam("q", q).queryParam("sort", sort).get("/api/v1/results")
                .then().statusCode(200).extract().path("items.id");
    }

    @Test
    void shouldRejectBadSearchParameters() {
        given().queryParam("field", "MAGIC").get("/api/v1/results").then().statusCode(400)
                .body("errors.field", hasItem("field"));
        given().queryParam("maturity", 10).get("/api/v1/results").then().statusCode(400);
        given().queryParam("size", 1000).get("/api/v1/results").then().statusCode(400);
        given().queryParam("q", "长".repeat(201)).get("/api/v1/results").then().statusCode(400);
    }

    private static io.restassured.response.ValidatableResponse ids(String q) {
        return given().queryParam("q", q).queryParam("size", 100).get("/api/v1/results").then().statusCode(200);
    }
}

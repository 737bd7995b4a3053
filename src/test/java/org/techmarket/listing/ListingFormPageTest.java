package org.techmarket.listing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;

/** The listing form's widgets: maturity in words, amounts in words, errors summarised with links to their fields. */
@QuarkusTest
class ListingFormPageTest {

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingFixtures listings;

    @Test
    void shouldOfferTheNineMaturityLevelsDescribedInWords() {
        Person researcher = accounts.researcher();
        String html = as(researcher).get("/my/listings/new").then().statusCode(200).extract().asString();
        List<String> options = new XmlPath(XmlPath.CompatibilityMode.HTML, html).getList(
                "**.find { it.@id == 'f-maturity' }.option.findAll { it.@value != '' }.@value");
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"), options);
        org.hamcrest.MatcherAssert.assertThat(html, containsString(">TRL 1 · 基本原理被观察和报告</option>"));
        org.hamcrest.MatcherAssert.assertThat(html, containsString(">TRL 9 · 实际系统通过成功运行验证</option>"));
        org.hamcrest.MatcherAssert.assertThat(html, not(containsString("type=\"number\"")));

        as(researcher).cookie("techmarket-lang", "en").get("/my/listings/new").then().statusCode(200)
                .body(containsString(">TRL 9 · Actual system proven through successful operation</option>"));
    }

    @Test
    void shouldShowTheMaturityOfAListingAsItsLevelInWords() {
        Listing result = listings.publishedResult(accounts.researcher(), "成熟度展示测试成果", "成熟度展示测试用的成果");
        given().get("/results/{id}", result.id).then().statusCode(200)
                .body(containsString("TRL 6 · 相关环境中的系统或子系统样机演示"));
    }

    @Test
    void shouldSummariseTheErrorsAtTheTopWithLinksAndPutEachBesideItsField() {
        Person researcher = accounts.researcher();
        Map<String, String> form = validResult();
        form.put("field", "NANOTECH");
        form.put("validUntil", "29/11/2027");

        String html = post(researcher, form).then().statusCode(400).extract().asString();

        XmlPath page = new XmlPath(XmlPath.CompatibilityMode.HTML, html);
        List<String> links = page.getList("**.find { it.@id == 'error-summary' }.'**'.findAll { it.name() == 'a' }.@href");
        assertEquals(2, links.size(), html);
        org.hamcrest.MatcherAssert.assertThat(links, org.hamcrest.Matchers.containsInAnyOrder("#f-field", "#f-validUntil"));
        org.hamcrest.MatcherAssert.assertThat(html, containsString("role=\"alert\" id=\"error-summary\""));
        org.hamcrest.MatcherAssert.assertThat(html, containsString(">技术领域："));
        assertEquals("true", page.getString("**.find { it.@id == 'f-field' }.@aria-invalid"));
        assertEquals("e-field", page.getString("**.find { it.@id == 'f-field' }.@aria-describedby"));
        assertEquals("h-validUntil e-validUntil", page.getString("**.find { it.@id == 'f-validUntil' }.@aria-describedby"));
        org.hamcrest.MatcherAssert.assertThat(page.getString("**.find { it.@id == 'e-validUntil' }"), not(""));
        org.hamcrest.MatcherAssert.assertThat(page.getString("**.find { it.@id == 'h-validUntil' }"), containsString("2026-11-29"));
        // What was typed stays, and the asking price is written out in words beside its field.
        assertEquals("29/11/2027", page.getString("**.find { it.@id == 'f-validUntil' }.@value"));
        assertEquals("壹佰贰拾万元整", page.getString("**.find { it.@id == 'w-price' }"));
    }

    @Test
    void shouldNameEveryFieldAtFaultWhenOneCouldNotEvenBeRead() {
        Person researcher = accounts.researcher();
        Map<String, String> form = validResult();
        form.put("price", "很多");
        form.put("title", "");

        String html = post(researcher, form).then().statusCode(400).extract().asString();

        XmlPath page = new XmlPath(XmlPath.CompatibilityMode.HTML, html);
        List<String> links = page.getList("**.find { it.@id == 'error-summary' }.'**'.findAll { it.name() == 'a' }.@href");
        org.hamcrest.MatcherAssert.assertThat(links, org.hamcrest.Matchers.containsInAnyOrder("#f-price", "#f-title"));
    }

    @Test
    void shouldSummariseTheErrorsInEnglishForAnEnglishReader() {
        Person researcher = accounts.researcher();
        Map<String, String> form = validResult();
        form.put("field", "NANOTECH");
        String html = post(researcher, form, "en").then().statusCode(400).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(html, containsString("Please correct 1 field:"));
        org.hamcrest.MatcherAssert.assertThat(html, containsString("<a href=\"#f-field\">Field: "));
        org.hamcrest.MatcherAssert.assertThat(html, containsString(">1.2 million yuan</output>"));
    }

    @Test
    void shouldKeepTheFormAndFillTheCountiesWhenTheOwnerChoosesACityWithoutJavaScript() {
        Person researcher = accounts.researcher();
        Map<String, String> form = validResult();
        form.remove("regionCode");
        form.put("regionProvince", "620000");
        form.put("regionCity", "620100");
        form.put("regionStep", "next");
        post(researcher, form).then().statusCode(200)
                .body(containsString("<option value=\"620100\" selected>兰州市</option>"))
                .body(containsString("<option value=\"620102\">城关区</option>"))
                .body(containsString("value=\"表单组件测试成果\""));
        as(researcher).get("/my/listings").then().statusCode(200).body(not(containsString("表单组件测试成果")));
    }

    private static Response post(Person who, Map<String, String> form) {
        return post(who, form, "zh-CN");
    }

    private static Response post(Person who, Map<String, String> form, String lang) {
        Response page = as(who).cookie("techmarket-lang", lang).get("/my/listings/new");
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        return as(who).cookie("techmarket-lang", lang).cookie("techmarket-csrf", page.getCookie("techmarket-csrf")).formParam("csrf-token", token)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form).post("/my/listings/new");
    }

    private static RequestSpecification as(Person who) {
        return given().redirects().follow(false).auth().preemptive().basic(who.username(), who.password());
    }

    private static Map<String, String> validResult() {
        Map<String, String> form = new HashMap<>();
        form.put("title", "表单组件测试成果");
        form.put("summary", "一项用于测试表单的成果");
        form.put("description", "详细描述：表单组件测试");
        form.put("field", "NEW_MATERIALS");
        form.put("maturity", "6");
        form.put("modes", "LICENSE");
        form.put("price", "120");
        form.put("regionCode", "620102");
        form.put("contactName", "张工");
        form.put("contactPhone", "0931-8888888");
        form.put("validUntil", "2027-11-29");
        return form;
    }
}

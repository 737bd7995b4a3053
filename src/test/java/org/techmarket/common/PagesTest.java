package org.techmarket.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PagesTest {

    @Test
    void shouldServePagesInChineseByDefault() {
        given().when().get("/")
                .then().statusCode(200)
                .header("Content-Language", "zh-CN")
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("科技大市场"));
        for (String page : new String[] {"/results", "/needs", "/stats"}) {
            given().when().get(page).then().statusCode(200).header("Content-Language", "zh-CN");
        }
    }

    @Test
    void shouldSwitchToEnglishAndBack() {
        given().redirects().follow(false).when().get("/lang/en?next=/register")
                .then().statusCode(303)
                .header("Location", containsString("/register"))
                .cookie("techmarket-lang", "en");
        given().cookie("techmarket-lang", "en").when().get("/")
                .then().body(containsString("<html lang=\"en\">")).body(containsString("Tech Market"));
    }

    @Test
    void shouldNotRedirectOffSiteFromTheLanguageSwitch() {
        given().redirects().follow(false).when().get("/lang/en?next=//evil.example/")
                .then().statusCode(303).header("Location", not(containsString("evil")));
    }

    @Test
    void shouldShowA404PageInBothLanguages() {
        given().when().get("/no-such-page")
                .then().statusCode(404).body(containsString("页面不存在"));
        given().cookie("techmarket-lang", "en").when().get("/no-such-page")
                .then().statusCode(404).body(containsString("Not found"));
    }

    @Test
    void shouldAnswerUnknownApiPathsWithAProblem() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldServeOpenApiHealthAndMetrics() {
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/me"));
        given().when().get("/q/health").then().statusCode(200).body(containsString("UP"));
        given().redirects().follow(false).when().get("/q/metrics").then()
                .statusCode(org.hamcrest.Matchers.oneOf(302, 401));
    }
}

package org.techmarket.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegistrationPageTest {

    @Inject
    UserAccountRepository users;

    @Test
    void shouldRegisterFromTheFormAndRedirectToLogin() {
        Response page = given().get("/register");
        page.then().statusCode(200).body(containsString("统一社会信用代码"));
        String username = AccountFixtures.uniqueName("page");

        given().redirects().follow(false)
                .cookie("techmarket-csrf", page.getCookie("techmarket-csrf"))
                .formParam("csrf-token", token(page))
                .formParams(form(username, AccountFixtures.newCreditCode()))
                .when().post("/register")
                .then().statusCode(303).header("Location", containsString("/login?registered=true"));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> users.findByUsername(username).isPresent()));
    }

    @Test
    void shouldReRenderTheFormWithTheErrorNextToTheField() {
        Response page = given().get("/register");
        String username = AccountFixtures.uniqueName("page");

        given().cookie("techmarket-csrf", page.getCookie("techmarket-csrf"))
                .formParam("csrf-token", token(page))
                .formParams(form(username, "91620100MA71000050"))
                .when().post("/register")
                .then().statusCode(400)
                .body(containsString("id=\"e-creditCode\""))
                .body(containsString("统一社会信用代码无效"))
                .body(containsString("value=\"" + username + "\""));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> users.findByUsername(username).isEmpty()));
    }

    @Test
    void shouldRefuseAFormPostWithoutTheCsrfToken() {
        String username = AccountFixtures.uniqueName("csrf");
        given().formParams(form(username, AccountFixtures.newCreditCode()))
                .when().post("/register")
                .then().statusCode(400);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> users.findByUsername(username).isEmpty()));
    }

    @Test
    void shouldShowEnglishErrorsWhenTheUserSwitchedToEnglish() {
        Response page = given().cookie("techmarket-lang", "en").get("/register");
        page.then().body(containsString("Unified social credit code"));
        given().cookie("techmarket-lang", "en")
                .cookie("techmarket-csrf", page.getCookie("techmarket-csrf"))
                .formParam("csrf-token", token(page))
                .formParams(form(AccountFixtures.uniqueName("en"), "91620100MA71000050"))
                .when().post("/register")
                .then().statusCode(400)
                .body(containsString("invalid unified social credit code"));
    }

    private static String token(Response page) {
        return page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
    }

    private static java.util.Map<String, String> form(String username, String creditCode) {
        return java.util.Map.ofEntries(
                java.util.Map.entry("username", username),
                java.util.Map.entry("password", "Form-pass-2026"),
                java.util.Map.entry("displayName", "赵工"),
                java.util.Map.entry("email", "zhao@example.cn"),
                java.util.Map.entry("role", "ENTERPRISE"),
                java.util.Map.entry("organisationName", "兰州表单测试有限公司"),
                java.util.Map.entry("organisationType", "ENTERPRISE"),
                java.util.Map.entry("creditCode", creditCode),
                java.util.Map.entry("regionCode", "620102"),
                java.util.Map.entry("contactName", "赵工"),
                java.util.Map.entry("contactPhone", "0931-1111111"));
    }
}

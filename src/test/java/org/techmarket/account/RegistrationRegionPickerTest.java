package org.techmarket.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registration form's region picker without JavaScript: province, "choose", city, "choose", county. */
@QuarkusTest
class RegistrationRegionPickerTest {

    @Inject
    UserAccountRepository users;

    @Inject
    OrganisationRepository organisations;

    @Test
    void shouldOpenOnGansuWithItsCitiesToChooseFrom() {
        given().get("/register").then().statusCode(200)
                .body(containsString("<option value=\"620000\" selected>甘肃省</option>"))
                .body(containsString("<option value=\"620100\">兰州市</option>"))
                .body(containsString("name=\"regionStep\""))
                .body(not(containsString("inputmode=\"numeric\" list=")));
    }

    @Test
    void shouldShowTheCitiesOfTheChosenProvinceKeepingWhatWasTypedAndSavingNothing() {
        Response page = given().get("/register");
        String username = AccountFixtures.uniqueName("pick");
        Map<String, String> form = form(username);
        form.put("regionProvince", "510000");
        form.put("regionStep", "next");

        given().cookie("techmarket-csrf", page.getCookie("techmarket-csrf")).formParam("csrf-token", token(page))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form).when().post("/register")
                .then().statusCode(200)
                .body(containsString("<option value=\"510000\" selected>四川省</option>"))
                .body(containsString("<option value=\"510100\">成都市</option>"))
                .body(not(containsString("<option value=\"620100\">")))
                .body(containsString("value=\"" + username + "\""))
                .body(containsString("value=\"蜀表单测试有限公司\""))
                .body(not(containsString("error-summary")));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> users.findByUsername(username).isEmpty()));
    }

    @Test
    void shouldShowTheCountiesOfTheChosenCityAndDropAChoiceLeftBelowAnotherProvince() {
        Response page = given().get("/register");
        Map<String, String> form = form(AccountFixtures.uniqueName("pick"));
        form.put("regionProvince", "510000");
        form.put("regionCity", "620100"); // still posted from before the province changed
        form.put("regionStep", "next");
        given().cookie("techmarket-csrf", page.getCookie("techmarket-csrf")).formParam("csrf-token", token(page))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form).when().post("/register")
                .then().statusCode(200)
                .body(not(containsString("<option value=\"620100\" selected>")))
                .body(not(containsString("<option value=\"620102\">")));

        form.put("regionCity", "510100");
        given().cookie("techmarket-csrf", page.getCookie("techmarket-csrf")).formParam("csrf-token", token(page))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form).when().post("/register")
                .then().statusCode(200)
                .body(containsString("<option value=\"510100\" selected>成都市</option>"))
                .body(containsString("<option value=\"510104\">锦江区</option>"));
    }

    @Test
    void shouldRegisterTheMostPreciseRegionPicked() {
        Response page = given().get("/register");
        String username = AccountFixtures.uniqueName("pick");
        Map<String, String> form = form(username);
        form.put("regionProvince", "510000");
        form.put("regionCity", "510100");
        form.put("regionCode", "");
        given().redirects().follow(false)
                .cookie("techmarket-csrf", page.getCookie("techmarket-csrf")).formParam("csrf-token", token(page))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form).when().post("/register")
                .then().statusCode(303);
        String region = QuarkusTransaction.requiringNew().call(() -> organisations
                .findById(users.findByUsername(username).orElseThrow().organisationId).regionCode);
        assertEquals("510100", region);
    }

    private static String token(Response page) {
        return page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
    }

    private static Map<String, String> form(String username) {
        Map<String, String> form = new HashMap<>();
        form.put("username", username);
        form.put("password", "Form-pass-2026");
        form.put("displayName", "钱工");
        form.put("email", "qian@example.cn");
        form.put("role", "ENTERPRISE");
        form.put("organisationName", "蜀表单测试有限公司");
        form.put("organisationType", "ENTERPRISE");
        form.put("creditCode", AccountFixtures.newCreditCode());
        form.put("contactName", "钱工");
        form.put("contactPhone", "028-1111111");
        return form;
    }
}

package org.techmarket.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.listing.ListingFixtures;
import org.techmarket.voucher.VoucherFixtures;

/** A JSON body means what it says: no coerced numbers, no silently dropped properties, errors that say where. */
@QuarkusTest
class StrictJsonTest {

    @Inject
    AccountFixtures accounts;

    @Test
    void shouldRefuseCoercedNumbersUnknownPropertiesAndMalformedJsonNamingWhere() {
        Person enterprise = accounts.enterprise();
        Map<String, Object> need = new HashMap<>(ListingFixtures.needJson("严格输入测试需求"));
        need.put("requiredMaturity", 3.5);
        VoucherFixtures.as(enterprise).body(need).post("/api/v1/needs").then().statusCode(400)
                .body("errors.field", hasItem("requiredMaturity"))
                .body("errors.message", hasItem(containsString("整数")));
        need.put("requiredMaturity", "3");
        VoucherFixtures.as(enterprise).body(need).post("/api/v1/needs").then().statusCode(400)
                .body("errors.field", hasItem("requiredMaturity"));
        need.put("requiredMaturity", 3);
        need.put("titel", "拼错的字段");
        VoucherFixtures.as(enterprise).body(need).post("/api/v1/needs").then().statusCode(400)
                .body("errors.field", hasItem("titel")).body("errors.message", hasItem("不认识的字段"));
        VoucherFixtures.as(enterprise).body("{\"title\": \"缺引号}").post("/api/v1/needs").then().statusCode(400)
                .body("errors.message", hasItem(containsString("第 1 行")));
        // Query parameters of the wrong type are a 400 naming them, not a 404.
        io.restassured.RestAssured.given().get("/api/v1/results?page=abc").then().statusCode(400)
                .body("errors.field", hasItem("page"));
        io.restassured.RestAssured.given().get("/api/v1/needs?maturity=3.5").then().statusCode(400)
                .body("errors.field", hasItem("maturity"));
        io.restassured.RestAssured.given().get("/results?maturity=abc").then().statusCode(400);
        need.remove("titel");
        // A number too large for its field names the field.
        need.put("budgetMaxFen", new java.math.BigInteger("9223372036854775808"));
        VoucherFixtures.as(enterprise).body(need).post("/api/v1/needs").then().statusCode(400)
                .body("errors.field", hasItem("budgetMaxFen")).body("errors.message", hasItem("数值超出范围"));
        need.put("budgetMaxFen", 50_000_000);
        // A deadline in 2999 is a typo, not a plan.
        need.put("deadline", "2999-01-01");
        VoucherFixtures.as(enterprise).body(need).post("/api/v1/needs").then().statusCode(400)
                .body("errors.field", hasItem("deadline"));
        need.put("deadline", java.time.LocalDate.now().plusMonths(6).toString());
        VoucherFixtures.as(enterprise).body(need).post("/api/v1/needs").then().statusCode(201);
    }
}

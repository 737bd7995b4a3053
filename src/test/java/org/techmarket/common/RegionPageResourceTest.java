package org.techmarket.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegionPageResourceTest {

    @Test
    void shouldAnswerTheCitiesOfAProvinceAsOptionsThatSharedCachesMayKeep() {
        given().header("HX-Request", "true").get("/regions/620000/children")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", "public, max-age=86400").header("Vary", org.hamcrest.Matchers.containsString("Cookie"))
                .header("Set-Cookie", nullValue())
                .body(containsString("<option value=\"620100\">兰州市</option>"))
                .body(containsString("<option value=\"621200\">陇南市</option>"))
                .body(not(containsString("620102")))
                .body(not(containsString("<html")));
    }

    @Test
    void shouldAnswerTheCountiesOfACity() {
        given().get("/regions/620100/children")
                .then().statusCode(200)
                .body(containsString("<option value=\"620102\">城关区</option>"));
    }

    @Test
    void shouldAnswer404ForARegionThatDoesNotExist() {
        given().get("/regions/990000/children").then().statusCode(404);
    }

    @Test
    void shouldAnswer400NamingTheCodeWhenItIsNotSixDigits() {
        given().get("/regions/62abc0/children")
                .then().statusCode(400)
                .body(containsString("code"));
        given().get("/regions/6200001/children").then().statusCode(400);
    }
}

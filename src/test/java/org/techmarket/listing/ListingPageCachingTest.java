package org.techmarket.listing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;

/**
 * Anonymous listing pages answer a conditional request with 304 until a change a public page shows;
 * signed-in pages are private; the style sheet is linked by its fingerprint and cacheable for a year.
 */
@QuarkusTest
class ListingPageCachingTest {

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingFixtures listings;

    @Test
    void shouldAnswer304UntilAPublicListingChanges() {
        Person researcher = accounts.researcher();
        Listing first = listings.publishedResult(researcher, "缓存测试成果", "缓存测试的描述。");
        String tag = given().get("/results").then().statusCode(200)
                .header("Cache-Control", containsString("public")).header("Vary", containsString("Cookie"))
                .header("ETag", notNullValue()).header("Last-Modified", notNullValue()).extract().header("ETag");
        given().header("If-None-Match", tag).get("/results").then().statusCode(304).header("ETag", equalTo(tag));
        String detail = given().get("/results/{id}", first.id).then().statusCode(200).extract().header("ETag");
        // A listing's page also shows its similar listings: its tag names the vectors read, so it differs.
        org.junit.jupiter.api.Assertions.assertNotEquals(tag, detail);
        // No tag stands for a listing that is not there.
        given().header("If-None-Match", detail).get("/results/{id}", Long.MAX_VALUE).then().statusCode(404);
        // Another language is another page.
        given().cookie("techmarket-lang", "en").header("If-None-Match", tag).get("/results").then().statusCode(200);

        listings.publishedResult(researcher, "缓存测试成果二", "缓存测试的描述。");
        given().header("If-None-Match", tag).get("/results").then().statusCode(200)
                .header("ETag", not(equalTo(tag))).body(containsString("缓存测试成果二"));
    }

    @Test
    void shouldKeepSignedInPagesPrivate() {
        Person researcher = accounts.researcher();
        given().auth().preemptive().basic(researcher.username(), researcher.password()).get("/results")
                .then().statusCode(200).header("Cache-Control", equalTo("private, no-cache")).header("ETag", nullValue());
        given().get("/login").then().statusCode(200).header("Cache-Control", equalTo("private, no-cache"));
    }

    @Test
    void shouldServeTheStyleSheetByFingerprintForAYear() {
        String page = given().get("/").then().statusCode(200).extract().asString();
        Matcher css = Pattern.compile("href=\"(/css/app\\.css\\?v=[0-9a-f]{12})\"").matcher(page);
        org.junit.jupiter.api.Assertions.assertTrue(css.find(), "the layout links the fingerprinted style sheet");
        given().get(css.group(1)).then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"));
        given().get("/css/app.css?v=000000000000").then().statusCode(200).header("Cache-Control", equalTo("no-cache"));
        given().get("/css/app.css").then().statusCode(200).header("Cache-Control", equalTo("no-cache"));
    }
}

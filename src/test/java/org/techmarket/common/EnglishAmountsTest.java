package org.techmarket.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.listing.Listing;
import org.techmarket.listing.ListingFixtures;

/** Amounts as each language reads them: 万元 / 亿元 on Chinese pages, yuan with thousands separators on English ones. */
@QuarkusTest
class EnglishAmountsTest {

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingFixtures listings;

    @Test
    void shouldShowAListingsPriceInWanInChineseAndInYuanInEnglish() {
        Listing result = listings.publishedResult(accounts.researcher(), "金额显示测试成果", "金额显示测试的描述。", 123_456_700L);
        given().get("/results/{id}", result.id).then().statusCode(200).body(containsString("123.46万元"));
        given().cookie(Language.COOKIE, "en").get("/results/{id}", result.id).then().statusCode(200)
                .body(containsString("¥1,234,567")).body(not(containsString("万元")));
    }
}

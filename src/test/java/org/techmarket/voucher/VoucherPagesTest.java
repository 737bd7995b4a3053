package org.techmarket.voucher;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.techmarket.voucher.VoucherFixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.voucher.VoucherFixtures.World;

@QuarkusTest
class VoucherPagesTest {

    @Inject
    VoucherFixtures fixtures;

    private static Response page(Person p, String path) {
        return given().auth().preemptive().basic(p.username(), p.password()).redirects().follow(false).get(path);
    }

    private static String token(Response page) {
        return page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
    }

    private static String key(Response page, String suffix) {
        return page.htmlPath().getString("**.find { it.@name == 'key' && it.@value.toString().endsWith('" + suffix + "') }.@value");
    }

    @Test
    void shouldShowProgramsToEveryoneAndTheDeskToStaffOnly() {
        World w = fixtures.world(100_000);
        given().get("/vouchers").then().statusCode(200).body(containsString("科技创新券"));
        given().cookie("techmarket-lang", "en").get("/vouchers/programs/{id}", w.programId()).then().statusCode(200)
                .body(containsString("Co-funding share"));
        page(w.enterprise(), "/staff/vouchers").then().statusCode(403);
        String desk = page(w.staff(), "/staff/vouchers").then().statusCode(200).body(containsString("账本完整"))
                .extract().asString();
        assertFalse(Pattern.compile(">#\\d+</a>").matcher(desk).find(), "the monthly figures name each program, not its number");
        String program = given().get("/api/v1/voucher-programs/{id}", w.programId()).then().extract().path("name");
        String link = "<a href=\"/vouchers/programs/" + w.programId() + "\">" + program + "</a>";
        assertTrue(desk.split(Pattern.quote(link), -1).length - 1 >= 2, "named in the totals and in the monthly figures: " + program);
        page(w.enterprise(), "/my/vouchers").then().statusCode(200).body(containsString("TM2026"));
        page(w.provider(), "/my/vouchers").then().statusCode(200).body(containsString("已通过"));
    }

    @Test
    void shouldPayARedemptionOnceWhenTheFormIsSentTwice() {
        World w = fixtures.world(100_000);
        int order = fixtures.order(w, 4_000);
        fixtures.reserve(w, order, 2_000);
        int redemption = fixtures.redemption(w, order);
        Response desk = page(w.staff(), "/staff/vouchers");
        String key = key(desk, "-d" + redemption);
        for (int i = 0; i < 2; i++) {
            given().auth().preemptive().basic(w.staff().username(), w.staff().password()).redirects().follow(false)
                    .cookie("techmarket-csrf", desk.getCookie("techmarket-csrf")).formParam("csrf-token", token(desk))
                    .formParam("key", key).formParam("decision", "APPROVE")
                    .post("/staff/vouchers/redemptions/{id}/decision", redemption).then().statusCode(303);
        }
        Map<String, Object> balances = as(w.enterprise()).get("/api/v1/vouchers").then().extract().path("[0].balances");
        assertEquals(2_000, balances.get("redeemed"));
        assertEquals(0, balances.get("reserved"));
    }

    @Test
    void shouldCreateAProgramFromTheDeskOnceAndRefuseABadBudget() {
        World w = fixtures.world(100_000);
        Response desk = page(w.staff(), "/staff/vouchers");
        String key = key(desk, "-program");
        String name = "页面创建的创新券" + key.substring(0, 8);
        java.util.function.Function<String, Response> send = budget -> given().auth().preemptive()
                .basic(w.staff().username(), w.staff().password()).redirects().follow(false)
                .cookie("techmarket-csrf", desk.getCookie("techmarket-csrf")).formParam("csrf-token", token(desk))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("key", key).formParam("name", name).formParam("year", "2026").formParam("budget", budget)
                .formParam("faceValue", "5000").formParam("coFundingPercent", "50")
                .formParam("useDeadline", java.time.LocalDate.now().plusMonths(3).toString())
                .formParam("redemptionDeadline", java.time.LocalDate.now().plusMonths(4).toString())
                .formParam("categories", "TESTING").post("/staff/vouchers/programs");
        send.apply("-1").then().statusCode(400).body(containsString("<a href=\"#f-budgetFen\">总预算："))
                .body(containsString("id=\"f-budgetFen\""));
        String first = send.apply("200000.00").then().statusCode(303).extract().header("Location");
        String again = send.apply("200000.00").then().statusCode(303).extract().header("Location");
        assertEquals(first, again, "a double submit creates one program");
        // A draft: staff see it, the public does not until it is opened from its page.
        java.util.List<Object> named = VoucherFixtures.as(w.staff()).get("/api/v1/voucher-programs").then().extract()
                .path("findAll { it.name == '" + name + "' }.budgetFen");
        assertEquals(java.util.List.of(20_000_000), named);
        assertEquals(java.util.List.of(), given().get("/api/v1/voucher-programs").then().extract()
                .path("findAll { it.name == '" + name + "' }.id"));
        String programPage = first.replaceAll("^https?://[^/]+", "");
        Response page = page(w.staff(), programPage);
        given().auth().preemptive().basic(w.staff().username(), w.staff().password()).redirects().follow(false)
                .cookie("techmarket-csrf", page.getCookie("techmarket-csrf")).formParam("csrf-token", token(page))
                .formParam("key", java.util.UUID.randomUUID().toString())
                .post(programPage + "/open").then().statusCode(303);
        assertEquals(java.util.List.of("OPEN"), given().get("/api/v1/voucher-programs").then().extract()
                .path("findAll { it.name == '" + name + "' }.status"));
        given().get(programPage).then().statusCode(200).body(containsString("申报中"));
    }

    @Test
    void shouldShowTheFieldErrorBesideTheFormAndMoveNothing() {
        World w = fixtures.world(100_000);
        int order = fixtures.order(w, 4_000);
        Response workspace = page(w.enterprise(), "/my/vouchers");
        given().auth().preemptive().basic(w.enterprise().username(), w.enterprise().password())
                .cookie("techmarket-csrf", workspace.getCookie("techmarket-csrf")).formParam("csrf-token", token(workspace))
                .formParam("key", key(workspace, "-r" + order)).formParam("voucherId", w.voucherId()).formParam("amount", "30")
                .post("/my/vouchers/orders/{id}/voucher", order).then().statusCode(400)
                .body(containsString("<a href=\"#f-amountFen\">金额："))
                .body(containsString("id=\"e-amountFen\""));
        assertEquals(0, (int) as(w.enterprise()).get("/api/v1/vouchers").then().extract().path("[0].balances.reserved"));
    }
}

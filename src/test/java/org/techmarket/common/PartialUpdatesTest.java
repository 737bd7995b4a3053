package org.techmarket.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.techmarket.voucher.VoucherFixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.account.OrganisationType;
import org.techmarket.listing.Listing;
import org.techmarket.listing.ListingFixtures;
import org.techmarket.voucher.VoucherFixtures;

/**
 * The layout's phone menu, and the pages that update part of themselves with htmx: asked with {@code HX-Request}
 * they answer the changed part (no {@code <html>}), asked without it the whole page or the redirect, and a decision
 * sent either way changes the database alike.
 */
@QuarkusTest
class PartialUpdatesTest {

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingFixtures listings;

    @Inject
    VoucherFixtures vouchers;

    /** A signed-in form session: the page's CSRF cookie and token, sent back with each POST. */
    private record Session(Person person, String cookie, String token) {

        RequestSpecification post() {
            return given().auth().preemptive().basic(person.username(), person.password()).redirects().follow(false)
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .cookie("techmarket-csrf", cookie).formParam("csrf-token", token);
        }

        RequestSpecification htmx() {
            return post().header("HX-Request", "true");
        }
    }

    private static Response page(Person p, String path) {
        return given().auth().preemptive().basic(p.username(), p.password()).redirects().follow(false).get(path);
    }

    private static Session session(Person p, String path) {
        Response page = page(p, path);
        page.then().statusCode(200);
        return new Session(p, page.getCookie("techmarket-csrf"),
                page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"));
    }

    @Test
    void shouldFoldTheMenuBehindAButtonOnAPhoneAndGroupTheStaffPagesUnderManage() {
        given().get("/").then().statusCode(200)
                .body(containsString("<details class=\"menu-toggle\"><summary><span aria-hidden=\"true\">☰</span> 菜单</summary>"))
                .body(not(containsString("<summary>管理</summary>")));
        given().cookie("techmarket-lang", "en").get("/").then().statusCode(200)
                .body(containsString("<span aria-hidden=\"true\">☰</span> Menu</summary>"));
        String staffPage = page(accounts.staff(), "/staff/listings").then().statusCode(200).extract().asString();
        String manage = staffPage.substring(staffPage.indexOf("<summary>管理</summary>"), staffPage.indexOf("</details>",
                staffPage.indexOf("<summary>管理</summary>")));
        for (String link : List.of("/staff\"", "/staff/organisations", "/staff/listings", "/staff/imports",
                "/staff/contracts", "/staff/vouchers")) {
            org.junit.jupiter.api.Assertions.assertTrue(manage.contains("href=\"" + link), link + " under 管理");
        }
    }

    @Test
    void shouldAnswerABrowseLinkFollowedInPlaceWithTheResultsAndFacetsOnly() {
        String word = "局部更新膜";
        Listing result = listings.publishedResult(accounts.researcher(), word + "专用成果", word + "的制备");
        String path = "/results?q=" + word;
        given().header("HX-Request", "true").get(path).then().statusCode(200)
                .header("Vary", containsString("HX-Request"))
                .body(not(containsString("<html"))).body(containsString("id=\"browse-results\""))
                .body(containsString("class=\"facets\"")).body(containsString("/results/" + result.id))
                .body(containsString("hx-push-url=\"true\""));
        given().get(path).then().statusCode(200).header("Vary", containsString("HX-Request"))
                .body(containsString("<html")).body(containsString("/results/" + result.id));
        // The back button after htmx's history cache missed asks for the whole page.
        given().header("HX-Request", "true").header("HX-History-Restore-Request", "true").get(path).then()
                .statusCode(200).body(containsString("<html"));
    }

    @Test
    void shouldMarkOneNotificationReadInPlaceAndUpdateTheUnreadBadge() {
        VoucherFixtures.World w = vouchers.world(100_000);
        int id = as(w.enterprise()).get("/api/v1/notifications").then().extract().path("[0].id");
        Session s = session(w.enterprise(), "/notifications");
        s.htmx().post("/notifications/{id}/read", id).then().statusCode(200)
                .body(not(containsString("<html"))).body(containsString("<li id=\"notification-" + id + "\">"))
                .body(not(containsString("class=\"unread\""))).body(not(containsString("/notifications/" + id + "/read")))
                .body(containsString("<span id=\"unread-badge\" hx-swap-oob=\"true\"></span>"));
        as(w.enterprise()).get("/api/v1/notifications").then().body("[0].read", equalTo(true));

        int other = as(w.provider()).get("/api/v1/notifications").then().extract().path("[0].id");
        Session p = session(w.provider(), "/notifications");
        p.post().post("/notifications/{id}/read", other).then().statusCode(303)
                .header("Location", containsString("/notifications"));
        as(w.provider()).get("/api/v1/notifications").then().body("find { it.id == " + other + " }.read", equalTo(true));
    }

    @Test
    void shouldPostACaseMessageInPlaceAndClearTheBox() {
        Person researcher = accounts.researcher();
        Person enterprise = accounts.enterprise();
        Listing need = listings.publishedNeed(enterprise, "局部更新需求", "需要局部更新的膜");
        Listing result = listings.publishedResult(researcher, "局部更新成果", "局部更新的膜");
        int id = as(accounts.staff()).body(Map.of("needId", need.id, "resultId", result.id)).post("/api/v1/cases")
                .then().statusCode(201).extract().path("id");
        Session s = session(enterprise, "/cases/" + id);
        s.htmx().formParam("body", "下周可以来实验室看样品吗？").post("/cases/{id}/messages", id).then().statusCode(200)
                .body(not(containsString("<html"))).body(containsString("<div id=\"conversation\">"))
                .body(containsString("下周可以来实验室看样品吗？"))
                .body(containsString("maxlength=\"2000\" ></textarea>"))
                .body(containsString("<div id=\"flash\" hx-swap-oob=\"innerHTML\"><div class=\"flash\" role=\"status\">留言已发送。"));
        s.htmx().formParam("body", "").post("/cases/{id}/messages", id).then().statusCode(422)
                .body(not(containsString("<html"))).body(containsString("id=\"e-body\""));
        s.post().formParam("body", "好的，周三上午。").post("/cases/{id}/messages", id).then().statusCode(303)
                .header("Location", containsString("/cases/" + id));
        as(researcher).get("/api/v1/cases/{id}", id).then().statusCode(200)
                .body(containsString("下周可以来实验室看样品吗？")).body(containsString("好的，周三上午。"));
    }

    @Test
    void shouldReviewAListingInPlaceAndChangeItAsTheFormDoes() {
        Person researcher = accounts.researcher();
        Person staff = accounts.staff();
        Listing inPlace = listings.submittedResult(researcher, "局部审核成果甲");
        Listing byForm = listings.submittedResult(researcher, "局部审核成果乙");
        Session s = session(staff, "/staff/listings");

        s.htmx().formParam("kind", "RESULT").formParam("decision", "RETURN").formParam("reason", "")
                .post("/staff/listings/{id}/review", inPlace.id).then().statusCode(422)
                .header("HX-Reswap", "none").body(not(containsString("<html")))
                .body(containsString("<div id=\"flash\" hx-swap-oob=\"innerHTML\"><ul class=\"error\" role=\"alert\">"));
        assertEquals("SUBMITTED", status(inPlace, staff));

        s.htmx().formParam("kind", "RESULT").formParam("decision", "PUBLISH").formParam("reason", "")
                .post("/staff/listings/{id}/review", inPlace.id).then().statusCode(200)
                .body(not(containsString("<html"))).body(containsString("id=\"review-" + inPlace.id + "\""))
                .body(containsString("status-PUBLISHED")).body(not(containsString("<form")))
                .body(containsString("审核结果已保存"));
        s.post().formParam("kind", "RESULT").formParam("decision", "PUBLISH").formParam("reason", "")
                .post("/staff/listings/{id}/review", byForm.id).then().statusCode(303);
        assertEquals("PUBLISHED", status(inPlace, staff));
        assertEquals("PUBLISHED", status(byForm, staff));
    }

    @Test
    void shouldPayARedemptionInPlaceOnceAsTheFormDoes() {
        VoucherFixtures.World w = vouchers.world(100_000);
        int order = vouchers.order(w, 4_000);
        vouchers.reserve(w, order, 2_000);
        int redemption = vouchers.redemption(w, order);
        Response desk = page(w.staff(), "/staff/vouchers");
        String key = desk.htmlPath().getString(
                "**.find { it.@name == 'key' && it.@value.toString().endsWith('-d" + redemption + "') }.@value");
        Session s = new Session(w.staff(), desk.getCookie("techmarket-csrf"),
                desk.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"));
        for (int i = 0; i < 2; i++) {
            s.htmx().formParam("key", key).formParam("decision", "APPROVE")
                    .post("/staff/vouchers/redemptions/{id}/decision", redemption).then().statusCode(200)
                    .body(not(containsString("<html"))).body(containsString("<tr id=\"redemption-" + redemption + "\">"))
                    .body(not(containsString("name=\"decision\""))).body(containsString("hx-swap-oob"));
        }
        Map<String, Object> balances = as(w.enterprise()).get("/api/v1/vouchers").then().extract().path("[0].balances");
        assertEquals(2_000, balances.get("redeemed"));
        assertEquals(0, balances.get("reserved"));
    }

    @Test
    void shouldVerifyAnOrganisationAndConfirmAMemberFromTheQueueInPlace() {
        Person staff = accounts.staff();
        Person inPlace = accounts.founderOfPending("RESEARCHER", OrganisationType.UNIVERSITY);
        Person byForm = accounts.founderOfPending("RESEARCHER", OrganisationType.UNIVERSITY);
        Session s = session(staff, "/staff/organisations");
        s.htmx().formParam("decision", "VERIFY").post("/staff/organisations/{id}/decision", inPlace.organisationId())
                .then().statusCode(200).body(not(containsString("<html")))
                .body(containsString("<tr id=\"organisation-" + inPlace.organisationId() + "\">"))
                .body(containsString("status-VERIFIED")).body(not(containsString("<form")));
        s.post().formParam("decision", "VERIFY").post("/staff/organisations/{id}/decision", byForm.organisationId())
                .then().statusCode(303);
        as(staff).get("/api/v1/organisations/{id}", inPlace.organisationId()).then().body("status", equalTo("VERIFIED"));
        as(staff).get("/api/v1/organisations/{id}", byForm.organisationId()).then().body("status", equalTo("VERIFIED"));

        Person joiner = accounts.joinerOf(inPlace, "RESEARCHER");
        s.htmx().post("/staff/users/{id}/membership-approval", joiner.id()).then().statusCode(200)
                .body(not(containsString("<html"))).body(containsString("<li id=\"member-" + joiner.id() + "\">"))
                .body(containsString("已确认")).body(not(containsString("<form")));
        as(staff).get("/api/v1/organisations/{id}/members", inPlace.organisationId()).then()
                .body("find { it.id == " + joiner.id() + " }.membershipApproved", equalTo(true));
    }

    private static String status(Listing listing, Person staff) {
        return as(staff).get("/api/v1/results/{id}", listing.id).then().statusCode(200).extract().path("status");
    }
}

package org.techmarket.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.voucher.VoucherFixtures;

/** Forgotten passwords: a mailed one-time link, or one issued by staff; either ends every session. */
@QuarkusTest
class PasswordResetTest {

    @Inject
    AccountFixtures accounts;

    @Inject
    MockMailbox mailbox;

    @Test
    void shouldResetAPasswordWithAMailedLinkOnceAndEndTheSessions() {
        Person p = accounts.researcher();
        String address = p.username() + "@example.cn";
        given().contentType(ContentType.JSON).body(Map.of("username", p.username())).post("/api/v1/password-resets")
                .then().statusCode(202);
        // Unknown names get the same answer and no mail.
        given().contentType(ContentType.JSON).body(Map.of("username", "nobody-at-all")).post("/api/v1/password-resets")
                .then().statusCode(202);
        var mails = mailbox.getMailsSentTo(address);
        assertEquals(1, mails.size());
        Matcher link = Pattern.compile("/password/reset\\?token=([A-Za-z0-9_-]+)").matcher(mails.get(0).getText());
        assertTrue(link.find(), mails.get(0).getText());
        String token = link.group(1);

        given().contentType(ContentType.JSON).body(Map.of("token", token, "newPassword", "short"))
                .post("/api/v1/password-resets/redemption").then().statusCode(400)
                .body("errors.field", hasItem("newPassword"));
        given().contentType(ContentType.JSON).body(Map.of("token", token, "newPassword", "Fresh-password-42"))
                .post("/api/v1/password-resets/redemption").then().statusCode(204);
        given().auth().preemptive().basic(p.username(), "Fresh-password-42").get("/api/v1/me").then().statusCode(200);
        given().auth().preemptive().basic(p.username(), p.password()).get("/api/v1/me").then().statusCode(401);
        // Used once: the same link no longer works.
        given().contentType(ContentType.JSON).body(Map.of("token", token, "newPassword", "Another-password-43"))
                .post("/api/v1/password-resets/redemption").then().statusCode(400).body("errors.field", hasItem("token"));
    }

    @Test
    void shouldLetStaffIssueALinkForAPersonButNotForAnotherStaffMember() {
        Person p = accounts.enterprise();
        Person staff = accounts.staff();
        String token = VoucherFixtures.as(staff).post("/api/v1/users/{id}/password-resets", p.id()).then()
                .statusCode(201).body("link", containsString("/password/reset?token=")).extract().path("token");
        VoucherFixtures.as(p).get("/api/v1/notifications").then().statusCode(200)
                .body("title", hasItem(containsString(staff.username())));
        VoucherFixtures.as(staff).post("/api/v1/users/{id}/password-resets", accounts.staff().id()).then().statusCode(404);
        VoucherFixtures.as(p).post("/api/v1/users/{id}/password-resets", p.id()).then().statusCode(403);
        // The page form sets the new password too.
        var page = given().get("/password/reset?token=" + token);
        page.then().statusCode(200).body(containsString("name=\"token\""));
        String csrfCookie = page.getCookie("techmarket-csrf");
        String csrf = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        given().redirects().follow(false).cookie("techmarket-csrf", csrfCookie).formParam("csrf-token", csrf)
                .formParam("token", token).formParam("newPassword", "Page-password-44").post("/password/reset")
                .then().statusCode(303).header("Location", containsString("/login"));
        given().auth().preemptive().basic(p.username(), "Page-password-44").get("/api/v1/me").then().statusCode(200);
    }
}

package org.techmarket.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.account.OrganisationType;
import org.techmarket.listing.Listing;
import org.techmarket.listing.ListingFixtures;
import org.techmarket.voucher.VoucherFixtures;

/** The web layer as an attacker meets it: headers, cookies, sessions, redirects, text, contacts, uploads, logins. */
@QuarkusTest
class WebHardeningTest {

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingFixtures listings;

    @Inject
    VoucherFixtures vouchers;

    private static String login(Person p) {
        Response login = given().redirects().follow(false).formParam("j_username", p.username())
                .formParam("j_password", p.password()).post("/j_security_check");
        login.then().statusCode(302).header("Set-Cookie", org.hamcrest.Matchers.containsStringIgnoringCase("HttpOnly"));
        return login.getCookie("techmarket-session");
    }

    @Test
    void shouldSendSecurityHeadersOnPagesApiStaticFilesAndErrors() {
        for (String path : List.of("/", "/results", "/api/v1/results", "/css/app.css", "/no-such-page", "/login")) {
            given().get(path).then()
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    .header("X-Frame-Options", "DENY")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "strict-origin-when-cross-origin")
                    .header("X-XSS-Protection", "0");
        }
    }

    @Test
    void shouldMarkEveryCookieHttpOnlyAndSameSiteAndSecureBehindTls() {
        assertEquals("a=b; Path=/; HttpOnly; SameSite=Lax; Secure", SecurityHeaders.harden("a=b; Path=/; HttpOnly", true));
        assertEquals("a=b; Secure; Path=/; HttpOnly; SameSite=Lax", SecurityHeaders.harden("a=b; Secure; Path=/", true));
        assertEquals("a=b; SameSite=Strict; HttpOnly", SecurityHeaders.harden("a=b; SameSite=Strict", false));
        // A value that merely mentions the words is not an attribute.
        assertEquals("secure=httponly; HttpOnly; SameSite=Lax", SecurityHeaders.harden("secure=httponly", false));
        for (String path : List.of("/lang/en?next=/", "/login")) {
            for (String cookie : given().redirects().follow(false).get(path).headers().getValues("Set-Cookie")) {
                assertTrue(cookie.toLowerCase().contains("httponly") && cookie.toLowerCase().contains("samesite"), cookie);
            }
        }
    }

    @Test
    void shouldEndASessionEverywhereOnLogoutSoThatACapturedCookieStopsWorking() {
        Person p = accounts.researcher();
        String session = login(p);
        String captured = session;
        given().cookie("techmarket-session", captured).get("/api/v1/me").then().statusCode(200);
        Response page = given().cookie("techmarket-session", session).get("/logout");
        String csrfCookie = page.getCookie("techmarket-csrf");
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");

        // Without the CSRF token, logging out is refused and the session lives on.
        given().redirects().follow(false).cookie("techmarket-session", session).contentType(ContentType.URLENC)
                .post("/logout").then().statusCode(oneOf(400, 403));
        given().redirects().follow(false).cookie("techmarket-session", session).post("/logout")
                .then().statusCode(oneOf(400, 403, 415));
        given().cookie("techmarket-session", captured).get("/api/v1/me").then().statusCode(200);

        given().redirects().follow(false).cookie("techmarket-session", session).cookie("techmarket-csrf", csrfCookie)
                .formParam("csrf-token", token).post("/logout").then().statusCode(303);
        given().cookie("techmarket-session", captured).get("/api/v1/me").then().statusCode(401);
        // A new login works, with a new session.
        String again = login(p);
        given().cookie("techmarket-session", again).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void shouldEndEverySessionWhenThePasswordChanges() {
        Person p = accounts.enterprise();
        String session = login(p);
        String token = VoucherFixtures.as(p).body(Map.of("name", "script", "currentPassword", p.password()))
                .post("/api/v1/me/tokens").then().statusCode(201).extract().path("secret");
        given().cookie("techmarket-session", session).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "wrong-password-1", "newPassword", "Another-strong-9"))
                .post("/api/v1/me/password").then().statusCode(400).body("errors.field", hasItem("currentPassword"));
        given().auth().preemptive().basic(p.username(), p.password()).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", p.password(), "newPassword", "Another-strong-9"))
                .post("/api/v1/me/password").then().statusCode(204);
        given().cookie("techmarket-session", session).get("/api/v1/me").then().statusCode(401);
        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(401);
        given().auth().preemptive().basic(p.username(), p.password()).get("/api/v1/me").then().statusCode(401);
        given().auth().preemptive().basic(p.username(), "Another-strong-9").get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void shouldServeScriptsWithPersonalApiTokensShownOnceAndRevocable() {
        Person p = accounts.enterprise();
        // Making a token takes the password again: a stolen session cannot make itself a lasting credential.
        VoucherFixtures.as(p).body(Map.of("name", "无密码")).post("/api/v1/me/tokens").then().statusCode(400)
                .body("errors.field", hasItem("currentPassword"));
        Response created = VoucherFixtures.as(p).body(Map.of("name", "数据同步脚本", "currentPassword", p.password()))
                .post("/api/v1/me/tokens");
        created.then().statusCode(201).body("secret", containsString("tm_"));
        String secret = created.path("secret");
        int id = created.path("token.id");
        given().header("Authorization", "Bearer " + secret).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo(p.username()));
        VoucherFixtures.as(p).get("/api/v1/me/tokens").then().statusCode(200)
                .body("secret", everyItem(nullValue())).body("name", hasItem("数据同步脚本"));
        given().header("Authorization", "Bearer tm_not-a-token").get("/api/v1/me").then().statusCode(401);
        VoucherFixtures.as(p).delete("/api/v1/me/tokens/{id}", id).then().statusCode(200)
                .body("revokedAt", notNullValue());
        given().header("Authorization", "Bearer " + secret).get("/api/v1/me").then().statusCode(401);
    }

    /** Wrong passwords lock the account for the address that tried them, not for its owner elsewhere. */
    @Test
    void shouldLockAnAccountOnlyForTheAddressThatGuessed() {
        Person p = accounts.provider();
        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", "203.0.113.7").auth().preemptive().basic(p.username(), "wrong-pass-" + i)
                    .get("/api/v1/me").then().statusCode(401);
        }
        given().header("X-Forwarded-For", "203.0.113.7").auth().preemptive().basic(p.username(), p.password())
                .get("/api/v1/me").then().statusCode(401);
        given().header("X-Forwarded-For", "198.51.100.20").auth().preemptive().basic(p.username(), p.password())
                .get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void shouldRevokeEveryTokenWhenTheOwnerEndsAllSessions() {
        Person p = accounts.researcher();
        String token = VoucherFixtures.as(p).body(Map.of("name", "cron", "currentPassword", p.password()))
                .post("/api/v1/me/tokens").then().statusCode(201).extract().path("secret");
        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(200);
        VoucherFixtures.as(p).post("/api/v1/me/sessions/end").then().statusCode(204);
        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void shouldSendBadNextValuesHomeWithoutAnError() {
        given().get("/login?next=/%09/evil.example").then().statusCode(200);
        given().redirects().follow(false).get("/lang/en?next=/%3Cx%3E").then().statusCode(303)
                .header("Location", not(containsString("<")));
        Response page = given().get("/login?next=/https:evil.example");
        page.then().statusCode(200);
        String location = page.getCookie("quarkus-redirect-location");
        assertTrue(location == null || !location.startsWith("https:evil"), location);
        assertEquals("/", SafeRedirect.localPath("//evil.example"));
        assertEquals("/", SafeRedirect.localPath("/\\evil.example"));
        assertEquals("/", SafeRedirect.localPath("https://evil.example"));
        assertEquals("/", SafeRedirect.localPath("/\t/evil.example"));
        assertEquals("/results?q=%E7%96%AB%E8%8B%97", SafeRedirect.localPath("/results?q=疫苗"));
    }

    @Test
    void shouldRefuseNulAndControlCharactersWithA400NamingTheField() {
        Map<String, Object> body = new HashMap<>(AccountFixtures.registration("RESEARCHER", OrganisationType.UNIVERSITY));
        Map<String, Object> organisation = new HashMap<>((Map<String, Object>) body.get("organisation"));
        organisation.put("name", "兰州\u0000研究院");
        body.put("organisation", organisation);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/registrations").then().statusCode(400)
                .body("errors.field", hasItem("organisation.name"));
        body.put("organisation", Map.of());
        body.put("displayName", "李\u202eevil");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/registrations").then().statusCode(400)
                .body("errors.field", hasItem("displayName"));
        given().urlEncodingEnabled(false).get("/api/v1/results?q=a%00b").then().statusCode(400)
                .body("errors.field", hasItem("q"));
        given().urlEncodingEnabled(false).get("/results?q=a%01b").then().statusCode(400);
        Person p = accounts.enterprise();
        Listing need = listings.publishedNeed(accounts.enterprise(), "膜分离技术需求", "需要膜分离技术");
        VoucherFixtures.as(p).body(Map.of("message", "你好\u0000")).post("/api/v1/needs/{id}/inquiries", need.id)
                .then().statusCode(400).body("errors.field", hasItem("message"));
        // The same in an HTML form (urlencoded and multipart).
        Response form = given().get("/password/forgot");
        String csrfCookie = form.getCookie("techmarket-csrf");
        String csrf = form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        given().auth().preemptive().basic(p.username(), p.password()).cookie("techmarket-csrf", csrfCookie)
                .formParam("csrf-token", csrf).formParam("message", "你好\u0000").post("/needs/{id}/inquiries", need.id)
                .then().statusCode(400);
        given().auth().preemptive().basic(p.username(), p.password()).cookie("techmarket-csrf", csrfCookie)
                .multiPart("csrf-token", csrf).multiPart("message", "你好\u0001")
                .post("/needs/{id}/inquiries", need.id).then().statusCode(400);
        // Multi-line text keeps its line breaks and tabs.
        VoucherFixtures.as(p).body(Map.of("message", "第一行\n第二行\t完")).post("/api/v1/needs/{id}/inquiries", need.id)
                .then().statusCode(201);
        // Logins with such names are failed logins, never errors.
        given().redirects().follow(false).formParam("j_username", "demo\u0000").formParam("j_password", "x")
                .post("/j_security_check").then().statusCode(oneOf(302, 303));
        given().auth().preemptive().basic("demo\u0000x", "whatever-1").get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void shouldShowContactsOnlyToMembersOneListingAtATimeAndStopScrapers() {
        Person owner = accounts.researcher();
        Listing result = listings.publishedResult(owner, "联系方式保护测试成果", "用于测试联系方式");
        given().get("/api/v1/results?q=联系方式保护测试成果").then().statusCode(200)
                .body("items.contactPhone", everyItem(nullValue())).body("items.contactName", everyItem(nullValue()));
        given().get("/api/v1/results/{id}", result.id).then().statusCode(200).body("contactPhone", nullValue());
        assertFalse(given().get("/results/{id}", result.id).asString().contains(result.contact.phone));

        Person reader = accounts.enterprise();
        String token = VoucherFixtures.as(reader).body(Map.of("name", "reader", "currentPassword", reader.password()))
                .post("/api/v1/me/tokens")
                .then().statusCode(201).extract().path("secret");
        given().header("Authorization", "Bearer " + token).get("/api/v1/results/{id}", result.id).then()
                .statusCode(200).body("contactPhone", equalTo(result.contact.phone));
        given().header("Authorization", "Bearer " + token).get("/api/v1/results?q=联系方式保护测试成果").then()
                .statusCode(200).body("items.contactPhone", everyItem(nullValue()));
        int status = 200;
        for (int i = 0; i < 30 && status == 200; i++) {
            status = given().header("Authorization", "Bearer " + token).get("/api/v1/results/{id}", result.id)
                    .then().extract().statusCode();
        }
        assertEquals(429, status, "a scraper is stopped");
        given().header("Authorization", "Bearer " + token).get("/api/v1/results/{id}", result.id).then()
                .statusCode(429).header("Retry-After", notNullValue());
        // The owner's own organisation is not counted.
        VoucherFixtures.as(owner).get("/api/v1/results/{id}", result.id).then().statusCode(200)
                .body("contactPhone", equalTo(result.contact.phone));
    }

    @Test
    void shouldRefuseAFileThatOnlyStartsLikeAPdfAndServeProofsAsAttachments() {
        var w = vouchers.world(1_000_000);
        int order = vouchers.order(w, 20_000);
        vouchers.reserve(w, order, 10_000);
        VoucherFixtures.as(w.provider()).post("/api/v1/service-orders/{id}/delivery", order).then().statusCode(200);
        int redemption = VoucherFixtures.as(w.provider())
                .body(Map.of("orderId", order, "invoiceNumber", "INV-" + java.util.UUID.randomUUID()))
                .post("/api/v1/redemptions").then().statusCode(201).extract().path("id");
        byte[] html = "%PDF-1.4\n<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.ISO_8859_1);
        vouchers.uploadProof(w.provider(), redemption, html, "application/pdf").then().statusCode(400)
                .body("errors.field", hasItem("file"));
        vouchers.uploadProof(w.provider(), redemption, VoucherFixtures.PDF, "application/pdf").then().statusCode(201);
        VoucherFixtures.as(w.provider()).get("/api/v1/redemptions/{id}/proof", redemption).then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .header("X-Content-Type-Options", "nosniff");
        // A body over the cap is refused before it is read (browsers and curl send its length).
        byte[] big = new byte[UploadedFiles.MAX_BYTES + 200_000];
        String boundary = "----tm" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = new byte[head.length + big.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, head.length + big.length, tail.length);
        given().auth().preemptive().basic(w.provider().username(), w.provider().password())
                .contentType("multipart/form-data; boundary=" + boundary).body(body)
                .post("/api/v1/redemptions/{id}/proof", redemption).then().statusCode(413);
    }

    @Test
    void shouldEscapeFormulasInCsvCells() {
        assertEquals("'=HYPERLINK(\"http://evil\")", CsvCells.safe("=HYPERLINK(\"http://evil\")"));
        assertEquals("'+cmd|' /C calc'!A0", CsvCells.safe("+cmd|' /C calc'!A0"));
        assertEquals("'-1", CsvCells.safe("-1"));
        assertEquals("'@SUM(A1)", CsvCells.safe("@SUM(A1)"));
        assertEquals("'\tx", CsvCells.safe("\tx"));
        assertEquals("成果", CsvCells.safe("成果"));
    }

    @Test
    void shouldKeepMetricsForTheOperator() {
        given().redirects().follow(false).get("/q/metrics").then().statusCode(oneOf(302, 401));
        VoucherFixtures.as(accounts.staff()).get("/q/metrics").then().statusCode(403);
        VoucherFixtures.as(accounts.admin()).get("/q/metrics").then().statusCode(200);
        given().get("/q/health").then().statusCode(200);
    }

    /** 100 parallel bad logins while a logged-in user reads: nobody gets a 500, the reader is served. */
    @Test
    void shouldSurviveALoginBurstWithoutStarvingTheDatabase() throws Exception {
        Person reader = accounts.enterprise();
        String session = login(reader);
        ExecutorService pool = Executors.newFixedThreadPool(100);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String name = "nobody-" + i;
                calls.add(() -> given().auth().preemptive().basic(name, "wrong-password-1").get("/api/v1/me")
                        .then().extract().statusCode());
            }
            for (int i = 0; i < 20; i++) {
                calls.add(() -> given().cookie("techmarket-session", session).get("/api/v1/vouchers")
                        .then().extract().statusCode() == 200 ? 1200 : -1);
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertFalse(statuses.stream().anyMatch(s -> s >= 500 && s != 503 && s != 1200), statuses.toString());
            assertEquals(20, statuses.stream().filter(s -> s == 1200).count(), "every read of the logged-in user");
            assertTrue(statuses.stream().filter(s -> s != 1200).allMatch(s -> s == 401 || s == 429 || s == 503),
                    statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }
}

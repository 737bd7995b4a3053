package org.techmarket.expo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.techmarket.voucher.VoucherFixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.account.OrganisationType;
import org.techmarket.listing.Listing;
import org.techmarket.listing.ListingFixtures;

@QuarkusTest
class ExpoTest {

    static final byte[] PDF = org.techmarket.common.UploadedFiles.blankPdf();
    static final LocalDate FIRST = LocalDate.now().minusDays(2);
    static final LocalDate LAST = LocalDate.now().plusDays(1);

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingFixtures listings;

    @Inject
    ExpoFixtures expos;

    /** An expo with a researcher's result exhibited and an enterprise that may buy it. */
    record Stand(Person staff, Person seller, Person buyer, int expo, Listing result) {
    }

    Stand stand() {
        Person staff = accounts.staff();
        Person seller = accounts.researcher();
        Person buyer = accounts.enterprise();
        int expo = expos.expo(staff, FIRST, LAST);
        Listing result = listings.publishedResult(seller, AccountFixtures.uniqueName("博览会成果"), "高效分离膜的制备方法");
        as(staff).body(Map.of("resultId", result.id)).post("/api/v1/expos/{id}/results", expo).then().statusCode(201);
        return new Stand(staff, seller, buyer, expo, result);
    }

    @Test
    void shouldShowAnExpoWithItsExhibitorsResultsScheduleAndDealsToEveryone() {
        Stand s = stand();
        Person other = accounts.enterprise();
        as(s.staff()).body(Map.of("organisationId", other.organisationId(), "booth", "B-12"))
                .post("/api/v1/expos/{id}/exhibitors", s.expo()).then().statusCode(201).body("booth", equalTo("B-12"));
        as(s.staff()).body(ExpoFixtures.session("膜分离技术路演", s.seller().organisationId(), FIRST + "T09:30:00",
                FIRST + "T10:00:00")).post("/api/v1/expos/{id}/sessions", s.expo()).then().statusCode(201);
        as(s.staff()).body(ExpoFixtures.session("新材料专场", other.organisationId(), LAST + "T14:00:00", LAST + "T15:00:00"))
                .post("/api/v1/expos/{id}/sessions", s.expo()).then().statusCode(201);

        JsonPath expo = given().get("/api/v1/expos/{id}", s.expo()).then().statusCode(200).extract().jsonPath();
        // The result's organisation became an exhibitor by showing it; the other was added by staff.
        assertEquals(List.of(s.seller().organisationId(), other.organisationId()).stream().sorted().toList(),
                expo.getList("exhibitors.organisationId", Long.class).stream().sorted().toList());
        assertEquals(List.of(s.result().id), expo.getList("results.resultId", Long.class));
        assertEquals(List.of("膜分离技术路演", "新材料专场"), expo.getList("sessions.title"));
        given().get("/api/v1/expos/{id}/figures", s.expo()).then().statusCode(200).body("resultsShown", equalTo(1))
                .body("exhibitors", equalTo(2)).body("sessions", equalTo(2)).body("dealsSigned", equalTo(0));
        given().get("/api/v1/expos").then().statusCode(200).body("id", hasItem(s.expo()));

        given().get("/expos/{id}", s.expo()).then().statusCode(200)
                .body(containsString("href=\"/results/" + s.result().id + "\""))
                .body(containsString("路演日程")).body(containsString("09:30–10:00")).body(containsString("B-12"))
                .body(not(containsString("Pitch schedule"))).body(not(containsString("Exhibitors")))
                .body(not(containsString("action=\"/staff/expos/")));
        given().get("/expos").then().statusCode(200).body(containsString("href=\"/expos/" + s.expo() + "\""));
        given().cookie("techmarket-lang", "en").get("/expos/{id}", s.expo()).then().statusCode(200)
                .body(containsString("Pitch schedule")).body(not(containsString("路演日程")));
        // Staff see the forms that add to the expo.
        given().auth().preemptive().basic(s.staff().username(), s.staff().password()).get("/expos/{id}", s.expo())
                .then().statusCode(200).body(containsString("action=\"/staff/expos/" + s.expo() + "/deals\""));
        // Whoever exhibits is told.
        as(other).get("/api/v1/notifications").then().statusCode(200).body("link", hasItem("/expos/" + s.expo()));
    }

    @Test
    void shouldTurnADealSignedOnSiteIntoAContractDraftWhoseRegistrationMovesTheFigures() {
        int year = FIRST.getYear();
        JsonPath before = given().get("/api/v1/stats?year={y}", year).then().statusCode(200).extract().jsonPath();
        Stand s = stand();

        Response recorded = ExpoFixtures.recordDeal(s.staff(), s.expo(),
                ExpoFixtures.deal(s.result().id, s.buyer().organisationId(), 12_000_000L, FIRST));
        recorded.then().statusCode(201).body("sellerOrganisationId", equalTo((int) s.seller().organisationId()))
                .body("registered", equalTo(false));
        int contract = recorded.path("contractId");

        // The draft is the parties' (and staff's) to see; others do not learn it exists.
        as(s.seller()).get("/api/v1/contracts/{id}", contract).then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("contractAmountFen", equalTo(12_000_000)).body("resultId", equalTo(s.result().id.intValue()))
                .body("signingDate", equalTo(FIRST.toString()));
        as(s.buyer()).get("/api/v1/contracts/{id}", contract).then().statusCode(200);
        as(accounts.enterprise()).get("/api/v1/contracts/{id}", contract).then().statusCode(404);
        given().get("/api/v1/contracts/{id}", contract).then().statusCode(401);
        as(s.seller()).get("/api/v1/notifications").then().body("link", hasItem("/contracts/" + contract));
        as(s.buyer()).get("/api/v1/notifications").then().body("link", hasItem("/contracts/" + contract));
        given().get("/api/v1/expos/{id}/figures", s.expo()).then().body("dealsSigned", equalTo(1))
                .body("amountSignedFen", equalTo(12_000_000)).body("dealsRegistered", equalTo(0));

        // The parties complete it and staff register it through the contract endpoints.
        given().auth().preemptive().basic(s.seller().username(), s.seller().password())
                .multiPart("file", "contract.pdf", PDF, "application/pdf")
                .post("/api/v1/contracts/{id}/document", contract).then().statusCode(201);
        as(s.seller()).post("/api/v1/contracts/{id}/submit", contract).then().statusCode(200);
        as(s.buyer()).post("/api/v1/contracts/{id}/confirm", contract).then().statusCode(200);
        as(s.staff()).body(Map.of("decision", "REGISTER", "approvedAmountFen", 10_000_000L))
                .post("/api/v1/contracts/{id}/decision", contract).then().statusCode(200);

        given().get("/api/v1/expos/{id}/figures", s.expo()).then().body("dealsSigned", equalTo(1))
                .body("dealsRegistered", equalTo(1)).body("amountRegisteredFen", equalTo(10_000_000));
        given().get("/api/v1/expos/{id}", s.expo()).then().body("deals[0].registered", equalTo(true));
        JsonPath after = given().get("/api/v1/stats?year={y}", year).then().statusCode(200).extract().jsonPath();
        assertEquals(before.getLong("expos.exposHeld") + 1, after.getLong("expos.exposHeld"));
        assertEquals(before.getLong("expos.dealsSigned") + 1, after.getLong("expos.dealsSigned"));
        assertEquals(before.getLong("expos.amountSignedFen") + 12_000_000L, after.getLong("expos.amountSignedFen"));
        assertEquals(before.getLong("expos.dealsRegistered") + 1, after.getLong("expos.dealsRegistered"));
        given().get("/stats?year={y}", year).then().statusCode(200).body(containsString("id=\"expo-figures\""))
                .body(containsString(">" + after.getLong("expos.dealsSigned") + "<"));
    }

    @Test
    void shouldCountOnlyExposAlreadyHeldOnTheDashboard() {
        int before = given().get("/api/v1/stats").then().statusCode(200).extract().path("expos.exposHeld");
        expos.expo(accounts.staff(), LocalDate.now().plusDays(30), LocalDate.now().plusDays(31));
        given().get("/api/v1/stats").then().body("expos.exposHeld", equalTo(before));
        expos.expo(accounts.staff(), FIRST, LAST);
        given().get("/api/v1/stats").then().body("expos.exposHeld", equalTo(before + 1));
        given().get("/api/v1/stats?field=NEW_MATERIALS").then().statusCode(200).body("expos", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldRecordADealOnceWhenTheSameIdempotencyKeyIsSentTwice() {
        Stand s = stand();
        Map<String, Object> body = ExpoFixtures.deal(s.result().id, s.buyer().organisationId(), 5_000_000L, LAST);
        String key = UUID.randomUUID().toString();
        int first = ExpoFixtures.recordDeal(s.staff(), s.expo(), body, key).then().statusCode(201).extract().path("id");
        ExpoFixtures.recordDeal(s.staff(), s.expo(), body, key).then().statusCode(201).header("Idempotent-Replay", "true")
                .body("id", equalTo(first));
        given().get("/api/v1/expos/{id}/figures", s.expo()).then().body("dealsSigned", equalTo(1));
        as(s.seller()).get("/api/v1/contracts").then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void shouldRefuseEveryBadDealWithA400NamingTheFieldAndRecordNothing() {
        Stand s = stand();
        long buyer = s.buyer().organisationId();
        long id = s.result().id;
        refused(s, ExpoFixtures.deal(id, buyer, -100L, FIRST), "amountFen");
        refused(s, ExpoFixtures.deal(id, buyer, 0L, FIRST), "amountFen");
        refused(s, ExpoFixtures.deal(id, buyer, 1.5, FIRST), "amountFen");
        refused(s, ExpoFixtures.deal(id, buyer, "一百万", FIRST), "amountFen");
        refused(s, ExpoFixtures.deal(id, buyer, 10_000_000_000_001L, FIRST), "amountFen");
        refused(s, ExpoFixtures.deal(999_999_999L, buyer, 100L, FIRST), "resultId");
        Listing notShown = listings.publishedResult(s.seller(), AccountFixtures.uniqueName("未展出成果"), "未展出");
        refused(s, ExpoFixtures.deal(notShown.id, buyer, 100L, FIRST), "resultId");
        refused(s, ExpoFixtures.deal(id, s.seller().organisationId(), 100L, FIRST), "buyerOrganisationId");
        long unverified = accounts.organisation(OrganisationType.ENTERPRISE, false).id;
        refused(s, ExpoFixtures.deal(id, unverified, 100L, FIRST), "buyerOrganisationId");
        refused(s, ExpoFixtures.deal(id, 999_999_999L, 100L, FIRST), "buyerOrganisationId");
        refused(s, ExpoFixtures.deal(id, buyer, 100L, FIRST.minusDays(1)), "signedOn");
        refused(s, ExpoFixtures.deal(id, buyer, 100L, LAST.plusDays(1)), "signedOn");
        // A result withdrawn after the expo showed it is no longer sold there.
        as(s.seller()).post("/api/v1/results/{id}/withdraw", id).then().statusCode(200);
        refused(s, ExpoFixtures.deal(id, buyer, 100L, FIRST), "resultId");

        given().get("/api/v1/expos/{id}/figures", s.expo()).then().body("dealsSigned", equalTo(0));
        as(s.seller()).get("/api/v1/contracts").then().statusCode(200).body("size()", equalTo(0));
        as(s.buyer()).get("/api/v1/notifications").then().body("link", not(hasItem(containsString("/contracts/"))));
    }

    @Test
    void shouldRefuseBadExposResultsAndSessionsNamingTheField() {
        Person staff = accounts.staff();
        Map<String, Object> backwards = ExpoFixtures.body(LAST, FIRST);
        as(staff).body(backwards).post("/api/v1/expos").then().statusCode(400).body("errors.field", hasItem("endsOn"))
                .body("errors.message", hasItem("不能早于开始日期"));
        Map<String, Object> nul = new HashMap<>(ExpoFixtures.body(FIRST, LAST));
        nul.put("name", "博览会\u0000");
        as(staff).body(nul).post("/api/v1/expos").then().statusCode(400).body("errors.field", hasItem("name"));
        as(staff).body(Map.of("name", "缺日期的博览会", "venue", "兰州", "organiser", "兰州科技大市场"))
                .post("/api/v1/expos").then().statusCode(400).body("errors.field", hasItem("startsOn"));

        Stand s = stand();
        Listing submitted = listings.submittedResult(s.seller(), AccountFixtures.uniqueName("待审成果"));
        as(staff).body(Map.of("resultId", submitted.id)).post("/api/v1/expos/{id}/results", s.expo()).then()
                .statusCode(400).body("errors.field", hasItem("resultId"));
        long unverified = accounts.organisation(OrganisationType.ENTERPRISE, false).id;
        as(staff).body(Map.of("organisationId", unverified)).post("/api/v1/expos/{id}/exhibitors", s.expo()).then()
                .statusCode(400).body("errors.field", hasItem("organisationId"));
        long presenter = s.seller().organisationId();
        as(staff).body(ExpoFixtures.session("早到的路演", presenter, FIRST.minusDays(1) + "T09:00:00", FIRST + "T10:00:00"))
                .post("/api/v1/expos/{id}/sessions", s.expo()).then().statusCode(400).body("errors.field", hasItem("startsAt"));
        as(staff).body(ExpoFixtures.session("倒着的路演", presenter, FIRST + "T10:00:00", FIRST + "T09:00:00"))
                .post("/api/v1/expos/{id}/sessions", s.expo()).then().statusCode(400).body("errors.field", hasItem("endsAt"));
        as(staff).body(ExpoFixtures.session("超时的路演", presenter, LAST + "T17:00:00", LAST.plusDays(1) + "T09:00:00"))
                .post("/api/v1/expos/{id}/sessions", s.expo()).then().statusCode(400).body("errors.field", hasItem("endsAt"));
        given().get("/api/v1/expos/{id}/figures", s.expo()).then().body("sessions", equalTo(0)).body("resultsShown", equalTo(1));
    }

    @Test
    void shouldLetOnlyStaffRunExposWhileEveryoneReadsThem() {
        Stand s = stand();
        Map<String, Object> body = ExpoFixtures.body(FIRST, LAST);
        as(s.seller()).body(body).post("/api/v1/expos").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/expos").then().statusCode(401);
        as(s.buyer()).body(Map.of("organisationId", s.buyer().organisationId()))
                .post("/api/v1/expos/{id}/exhibitors", s.expo()).then().statusCode(403);
        ExpoFixtures.recordDeal(s.seller(), s.expo(), ExpoFixtures.deal(s.result().id, s.buyer().organisationId(), 100L,
                FIRST)).then().statusCode(403);
        as(s.staff()).body(body).put("/api/v1/expos/{id}", s.expo()).then().statusCode(200)
                .body("name", equalTo(body.get("name")));
        given().get("/api/v1/expos/{id}", s.expo()).then().statusCode(200).body("expo.name", equalTo(body.get("name")));
        given().get("/api/v1/expos/{id}", 999_999_999).then().statusCode(404);
        given().redirects().follow(false).get("/staff/expos/new").then().statusCode(org.hamcrest.Matchers.oneOf(302, 303))
                .header("Location", containsString("/login"));
        given().auth().preemptive().basic(s.seller().username(), s.seller().password()).get("/staff/expos/new")
                .then().statusCode(403);
    }

    @Test
    void shouldCreateAnExpoAndRecordADealThroughTheStaffPages() {
        Stand s = stand();
        Response page = staffPage(s.staff()).get("/staff/expos/new");
        String cookie = page.getCookie("techmarket-csrf");
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        staffPage(s.staff()).cookie("techmarket-csrf", cookie).formParam("csrf-token", token)
                .formParam("name", "页面博览会").formParam("startsOn", LAST.toString()).formParam("endsOn", FIRST.toString())
                .formParam("venue", "兰州").formParam("organiser", "兰州科技大市场").post("/staff/expos/new")
                .then().statusCode(400).body(containsString("id=\"e-endsOn\""));
        String location = staffPage(s.staff()).cookie("techmarket-csrf", cookie).formParam("csrf-token", token)
                .formParam("name", "页面博览会").formParam("startsOn", FIRST.toString()).formParam("endsOn", LAST.toString())
                .formParam("venue", "兰州").formParam("organiser", "兰州科技大市场").post("/staff/expos/new")
                .then().statusCode(303).extract().header("Location");
        assertTrue(location.matches(".*/expos/\\d+"), location);

        String creditCode = given().auth().preemptive().basic(s.staff().username(), s.staff().password())
                .get("/api/v1/organisations/{id}", s.buyer().organisationId()).then().statusCode(200).extract().path("creditCode");
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            staffPage(s.staff()).cookie("techmarket-csrf", cookie).formParam("csrf-token", token)
                    .formParam("dealResult", s.result().id).formParam("buyer", creditCode).formParam("amount", "12.5")
                    .formParam("signedOn", FIRST.toString()).formParam("key", key)
                    .post("/staff/expos/{id}/deals", s.expo()).then().statusCode(303);
        }
        given().get("/api/v1/expos/{id}/figures", s.expo()).then().body("dealsSigned", equalTo(1))
                .body("amountSignedFen", equalTo(12_500_000));
        staffPage(s.staff()).cookie("techmarket-csrf", cookie).formParam("csrf-token", token)
                .formParam("dealResult", s.result().id).formParam("buyer", creditCode).formParam("amount", "-1")
                .formParam("signedOn", FIRST.toString()).formParam("key", UUID.randomUUID().toString())
                .post("/staff/expos/{id}/deals", s.expo()).then().statusCode(400).body(containsString("id=\"e-amount\""));
    }

    private static io.restassured.specification.RequestSpecification staffPage(Person staff) {
        return given().redirects().follow(false).auth().preemptive().basic(staff.username(), staff.password());
    }

    private static void refused(Stand s, Map<String, Object> body, String field) {
        ExpoFixtures.recordDeal(s.staff(), s.expo(), body).then().statusCode(400).body("errors.field", hasItem(field));
    }
}

package org.techmarket.voucher;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.techmarket.voucher.VoucherFixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;

/** Programs go DRAFT → OPEN → CLOSED; applications only in the window; the per-firm cap across a year. */
@QuarkusTest
class VoucherProgramLifecycleTest {

    @Inject
    AccountFixtures accounts;

    @Inject
    VoucherFixtures fixtures;

    private static io.restassured.specification.RequestSpecification keyed(Person p) {
        return as(p).header("Idempotency-Key", UUID.randomUUID().toString());
    }

    @Test
    void shouldKeepADraftPrivateEditableAndDeletableAndAnOpenProgramOnlyClosable() {
        Person staff = accounts.staff();
        Person enterprise = accounts.enterprise();
        Map<String, Object> body = VoucherFixtures.programJson(1_000_000, 10_000);
        int id = keyed(staff).body(body).post("/api/v1/voucher-programs").then().statusCode(201)
                .body("status", equalTo("DRAFT")).extract().path("id");
        // Not public, not funded, no applications.
        given().get("/api/v1/voucher-programs/{id}", id).then().statusCode(404);
        given().get("/api/v1/voucher-programs").then().statusCode(200).body("id", not(hasItem(id)));
        given().get("/vouchers/programs/{id}", id).then().statusCode(404);
        as(staff).get("/api/v1/voucher-programs").then().statusCode(200).body("id", hasItem(id));
        as(enterprise).body(Map.of("purpose", "检测")).post("/api/v1/voucher-programs/{id}/applications", id)
                .then().statusCode(404);
        // Edited while a draft (the name fixed), its new terms checked the same way.
        body.put("name", "更正后的名称" + AccountFixtures.uniqueName(""));
        as(staff).body(body).put("/api/v1/voucher-programs/{id}", id).then().statusCode(200).body("name", equalTo(body.get("name")));
        body.put("categories", List.of("FOO"));
        as(staff).body(body).put("/api/v1/voucher-programs/{id}", id).then().statusCode(400)
                .body("errors.field", hasItem("categories"));
        // A junk draft is deleted; the kept one is opened (funded), then it can only be closed.
        int junk = keyed(staff).body(VoucherFixtures.programJson(5_000, 1_000)).post("/api/v1/voucher-programs")
                .then().statusCode(201).extract().path("id");
        as(staff).delete("/api/v1/voucher-programs/{id}", junk).then().statusCode(204);
        as(staff).get("/api/v1/voucher-programs/{id}", junk).then().statusCode(404);
        as(enterprise).delete("/api/v1/voucher-programs/{id}", id).then().statusCode(403);
        keyed(staff).post("/api/v1/voucher-programs/{id}/open", id).then().statusCode(200).body("status", equalTo("OPEN"));
        keyed(staff).post("/api/v1/voucher-programs/{id}/open", id).then().statusCode(409);
        given().get("/api/v1/voucher-programs/{id}", id).then().statusCode(200).body("takesApplications", equalTo(true));
        body.put("categories", List.of("TESTING"));
        as(staff).body(body).put("/api/v1/voucher-programs/{id}", id).then().statusCode(409);
        as(staff).delete("/api/v1/voucher-programs/{id}", id).then().statusCode(409);
        as(staff).get("/api/v1/ledger/check").then().statusCode(200).body("ok", equalTo(true));
        as(staff).post("/api/v1/voucher-programs/{id}/close", id).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("takesApplications", equalTo(false));
        as(enterprise).body(Map.of("purpose", "检测")).post("/api/v1/voucher-programs/{id}/applications", id)
                .then().statusCode(409);
        as(staff).post("/api/v1/voucher-programs/{id}/close", id).then().statusCode(409);
        as(staff).delete("/api/v1/voucher-programs/{id}", id).then().statusCode(409);
        given().get("/api/v1/voucher-programs/{id}", id).then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void shouldTakeApplicationsOnlyWithinTheWindowAndCheckItsDays() {
        Person staff = accounts.staff();
        Person enterprise = accounts.enterprise();
        Map<String, Object> body = VoucherFixtures.programJson(1_000_000, 10_000);
        body.put("applicationsOpen", LocalDate.now().plusDays(10).toString());
        body.put("applicationsClose", LocalDate.now().plusDays(5).toString());
        keyed(staff).body(body).post("/api/v1/voucher-programs").then().statusCode(400)
                .body("errors.field", hasItem("applicationsClose"));
        body.put("applicationsClose", LocalDate.now().plusYears(3).toString());
        keyed(staff).body(body).post("/api/v1/voucher-programs").then().statusCode(400)
                .body("errors.field", hasItem("applicationsClose"));
        body.put("applicationsClose", LocalDate.now().plusDays(20).toString());
        int later = keyed(staff).body(body).post("/api/v1/voucher-programs").then().statusCode(201).extract().path("id");
        keyed(staff).post("/api/v1/voucher-programs/{id}/open", later).then().statusCode(200)
                .body("takesApplications", equalTo(false));
        as(enterprise).body(Map.of("purpose", "检测")).post("/api/v1/voucher-programs/{id}/applications", later)
                .then().statusCode(409);
        body.put("applicationsOpen", LocalDate.now().minusDays(1).toString());
        body.put("name", "窗口内" + AccountFixtures.uniqueName(""));
        int now = keyed(staff).body(body).post("/api/v1/voucher-programs").then().statusCode(201).extract().path("id");
        keyed(staff).post("/api/v1/voucher-programs/{id}/open", now).then().statusCode(200);
        as(enterprise).body(Map.of("purpose", "检测")).post("/api/v1/voucher-programs/{id}/applications", now)
                .then().statusCode(201);
    }

    @Test
    void shouldCapWhatOneFirmReceivesAcrossTheProgramsOfAYear() {
        Person staff = accounts.staff();
        Person enterprise = accounts.enterprise();
        Map<String, Object> first = VoucherFixtures.programJson(1_000_000, 30_000);
        int a = keyed(staff).body(first).post("/api/v1/voucher-programs").then().statusCode(201).extract().path("id");
        keyed(staff).post("/api/v1/voucher-programs/{id}/open", a).then().statusCode(200);
        Map<String, Object> second = VoucherFixtures.programJson(1_000_000, 30_000);
        second.put("perFirmCapFen", 20_000);
        keyed(staff).body(second).post("/api/v1/voucher-programs").then().statusCode(400)
                .body("errors.field", hasItem("perFirmCapFen"));
        second.put("perFirmCapFen", 50_000);
        int b = keyed(staff).body(second).post("/api/v1/voucher-programs").then().statusCode(201)
                .body("perFirmCapFen", equalTo(50_000)).extract().path("id");
        keyed(staff).post("/api/v1/voucher-programs/{id}/open", b).then().statusCode(200);
        // Both applications are taken while the firm holds nothing; the first approval uses 30,000 of the 50,000 cap.
        int appA = fixtures.apply(enterprise, a);
        int appB = fixtures.apply(enterprise, b);
        keyed(staff).body(Map.of("decision", "APPROVE")).post("/api/v1/voucher-programs/{p}/applications/{a}/decision", a, appA)
                .then().statusCode(200);
        keyed(staff).body(Map.of("decision", "APPROVE")).post("/api/v1/voucher-programs/{p}/applications/{a}/decision", b, appB)
                .then().statusCode(409);
        as(enterprise).get("/api/v1/vouchers").then().statusCode(200).body("size()", equalTo(1));
        // Another firm is not affected by the first one's vouchers.
        Person other = accounts.enterprise();
        int appOther = fixtures.apply(other, b);
        keyed(staff).body(Map.of("decision", "APPROVE")).post("/api/v1/voucher-programs/{p}/applications/{a}/decision", b, appOther)
                .then().statusCode(200);
    }
}

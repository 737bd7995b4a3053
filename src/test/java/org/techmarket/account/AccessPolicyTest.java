package org.techmarket.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.voucher.VoucherFixtures;
import org.techmarket.voucher.VoucherFixtures.World;

/** Membership before authority: a joiner or a member of an unverified organisation acts for nobody. */
@QuarkusTest
class AccessPolicyTest {

    @Inject
    VoucherFixtures vouchers;

    @Inject
    AccountFixtures accounts;


    @Test
    void shouldKeepAnUnapprovedJoinerAwayFromTheCompanysMoneyAndRecords() {
        World w = vouchers.world(1_000_000);
        int order = vouchers.order(w, 20_000);
        Person joiner = accounts.joinerOf(w.enterprise(), "ENTERPRISE");

        // The joiner learns the organisation's name and status, not its contact person.
        VoucherFixtures.as(joiner).get("/api/v1/me").then().statusCode(200)
                .body("standing", equalTo("AWAITING_APPROVAL"))
                .body("organisation.contactPhone", org.hamcrest.Matchers.nullValue())
                .body("organisation.contactName", org.hamcrest.Matchers.nullValue());
        VoucherFixtures.as(joiner).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("voucherId", w.voucherId(), "amountFen", 1_000))
                .post("/api/v1/service-orders/{id}/voucher", order).then().statusCode(403);
        VoucherFixtures.as(joiner).get("/api/v1/vouchers").then().statusCode(403);
        VoucherFixtures.as(joiner).get("/api/v1/service-orders").then().statusCode(403);
        VoucherFixtures.as(joiner).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/service-orders/{id}/cancellation", order).then().statusCode(403);
        VoucherFixtures.as(joiner).body(Map.of("providerOrganisationId", w.provider().organisationId(),
                "category", "TESTING", "description", "检测", "amountFen", 10_000))
                .post("/api/v1/service-orders").then().statusCode(403);
        VoucherFixtures.as(joiner).get("/api/v1/contracts").then().statusCode(403);
        VoucherFixtures.as(joiner).get("/api/v1/cases").then().statusCode(403);
        VoucherFixtures.as(joiner).get("/api/v1/needs/mine").then().statusCode(403);
        VoucherFixtures.as(joiner).get("/api/v1/organisations/{id}/members", w.enterprise().organisationId())
                .then().statusCode(403);
        // Nothing moved: the whole voucher is still available.
        VoucherFixtures.as(w.enterprise()).get("/api/v1/vouchers").then().statusCode(200)
                .body("[0].balances.available", equalTo(10_000)).body("[0].balances.reserved", equalTo(0));

        // The existing member was told, and approves; from then on the joiner acts for the company.
        VoucherFixtures.as(w.enterprise()).get("/api/v1/notifications").then().statusCode(200)
                .body("title", hasItem(containsString(joiner.username())));
        VoucherFixtures.as(w.enterprise()).post("/api/v1/users/{id}/membership-approval", joiner.id())
                .then().statusCode(200).body("membershipApproved", equalTo(true));
        VoucherFixtures.as(joiner).get("/api/v1/vouchers").then().statusCode(200).body("[0].id", equalTo(w.voucherId()));
    }

    @Test
    void shouldLetOnlyTheOrganisationsMembersOrStaffApproveAJoiner() {
        World w = vouchers.world(1_000_000);
        Person joiner = accounts.joinerOf(w.enterprise(), "ENTERPRISE");
        VoucherFixtures.as(w.provider()).post("/api/v1/users/{id}/membership-approval", joiner.id())
                .then().statusCode(404);
        Person secondJoiner = accounts.joinerOf(w.enterprise(), "ENTERPRISE");
        VoucherFixtures.as(secondJoiner).post("/api/v1/users/{id}/membership-approval", joiner.id())
                .then().statusCode(403);
        VoucherFixtures.as(w.staff()).post("/api/v1/users/{id}/membership-approval", joiner.id())
                .then().statusCode(200);
    }

    @Test
    void shouldKeepMembersOfAPendingOrganisationToTheirAccountAndThePublicMarket() {
        Map<String, Object> body = AccountFixtures.registration("ENTERPRISE", OrganisationType.ENTERPRISE);
        int id = given().contentType(ContentType.JSON).body(body).post("/api/v1/registrations")
                .then().statusCode(201).extract().path("id");
        var founder = given().auth().preemptive().basic((String) body.get("username"), (String) body.get("password"))
                .contentType(ContentType.JSON);
        int organisation = founder.get("/api/v1/me").then().statusCode(200).extract().path("organisation.id");
        given().auth().preemptive().basic((String) body.get("username"), (String) body.get("password"))
                .get("/api/v1/organisations/{id}", organisation).then().statusCode(200);
        given().auth().preemptive().basic((String) body.get("username"), (String) body.get("password"))
                .contentType(ContentType.JSON).body(org.techmarket.listing.ListingFixtures.needJson("待审核企业的需求"))
                .post("/api/v1/needs").then().statusCode(403);
        given().auth().preemptive().basic((String) body.get("username"), (String) body.get("password"))
                .get("/api/v1/contracts").then().statusCode(403);
        given().auth().preemptive().basic((String) body.get("username"), (String) body.get("password"))
                .get("/api/v1/results").then().statusCode(200);
        given().auth().preemptive().basic((String) body.get("username"), (String) body.get("password"))
                .get("/api/v1/me").then().statusCode(200).body("id", equalTo(id));
    }
}

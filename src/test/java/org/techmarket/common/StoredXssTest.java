package org.techmarket.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.account.OrganisationType;
import org.techmarket.contract.ContractFixtures;
import org.techmarket.listing.Listing;
import org.techmarket.listing.ListingFixtures;
import org.techmarket.voucher.VoucherFixtures;

/**
 * Stored XSS: a script payload typed into every text field a user fills in comes back escaped on
 * every page that shows it, for the public, the owner, the other party and staff.
 */
@QuarkusTest
class StoredXssTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"'><img src=x onerror=alert(2)>";
    static final String PAYLOAD = "测" + SCRIPT + IMG;
    /** For names, which are at most 50 characters. */
    static final String NAME = "<img src=x onerror=alert(2)>";

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingFixtures listings;

    @Inject
    ContractFixtures contracts;

    @Test
    void shouldRenderEveryStoredPayloadEscapedOnEveryPageShowingIt() {
        Person staff = accounts.staff();
        // A registration with payloads in the person's and the organisation's names and contact.
        Map<String, Object> registration = new HashMap<>(AccountFixtures.registration("ENTERPRISE", OrganisationType.ENTERPRISE));
        Map<String, Object> organisation = new HashMap<>((Map<String, Object>) registration.get("organisation"));
        organisation.put("name", "机构" + PAYLOAD);
        organisation.put("contactName", NAME);
        registration.put("organisation", organisation);
        registration.put("displayName", NAME);
        int registered = given().contentType(ContentType.JSON).body(registration).post("/api/v1/registrations")
                .then().statusCode(201).extract().path("organisation.id");

        // A result whose every text field carries the payload, published by staff.
        Person researcher = accounts.researcher();
        Map<String, Object> result = ListingFixtures.resultJson(PAYLOAD);
        result.put("summary", PAYLOAD);
        result.put("description", PAYLOAD + "\n第二段" + PAYLOAD);
        result.put("keywords", List.of("<b>x</b>" + "<i>", "膜材料"));
        result.put("contactName", NAME);
        result.put("patentNumbers", PAYLOAD);
        int resultId = VoucherFixtures.as(researcher).body(result).post("/api/v1/results")
                .then().statusCode(201).extract().path("id");
        VoucherFixtures.as(researcher).post("/api/v1/results/{id}/submit", resultId).then().statusCode(200);
        List<String> pages = new ArrayList<>(List.of("/staff/listings", "/staff/organisations",
                "/staff/organisations/" + registered));
        checkPages(staff, pages);
        VoucherFixtures.as(staff).body(Map.of("decision", "PUBLISH")).post("/api/v1/results/{id}/review", resultId)
                .then().statusCode(200);

        // An enterprise asks about it, opens a case and writes in it; the researcher drafts a contract.
        Person enterprise = accounts.enterprise();
        Listing need = listings.publishedNeed(enterprise, "膜分离需求" + AccountFixtures.uniqueName(""), "需要膜分离技术");
        VoucherFixtures.as(enterprise).body(Map.of("message", PAYLOAD)).post("/api/v1/results/{id}/inquiries", resultId)
                .then().statusCode(201);
        int caseId = VoucherFixtures.as(enterprise).body(Map.of("needId", need.id, "resultId", resultId))
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
        VoucherFixtures.as(enterprise).body(Map.of("body", PAYLOAD)).post("/api/v1/cases/{id}/messages", caseId)
                .then().statusCode(201);
        Map<String, Object> contract = contracts.body(enterprise, PAYLOAD);
        contract.put("paymentTerms", PAYLOAD);
        int contractId = VoucherFixtures.as(researcher).body(contract).post("/api/v1/contracts")
                .then().statusCode(201).extract().path("id");

        checkPages(null, List.of("/results/" + resultId, "/results?q=膜材料", "/results", "/"));
        checkPages(enterprise, List.of("/results/" + resultId, "/cases/" + caseId, "/cases", "/contracts/" + contractId,
                "/contracts", "/notifications"));
        checkPages(researcher, List.of("/results/" + resultId, "/my/listings", "/inbox", "/cases/" + caseId,
                "/contracts/" + contractId, "/my/listings/" + resultId + "/edit"));
        checkPages(staff, List.of("/cases/" + caseId, "/results/" + resultId));
    }

    private static void checkPages(Person who, List<String> pages) {
        for (String page : pages) {
            var request = given().redirects().follow(false);
            if (who != null) {
                request.auth().preemptive().basic(who.username(), who.password());
            }
            var response = request.get(page);
            String html = response.asString();
            assertTrue(response.statusCode() == 200, page + " → " + response.statusCode());
            assertFalse(html.contains(SCRIPT), page + " shows the script tag unescaped");
            assertFalse(html.contains("<img src=x"), page + " shows the img tag unescaped");
            assertFalse(html.contains("<b>x</b>"), page + " shows a keyword's markup unescaped");
        }
    }
}

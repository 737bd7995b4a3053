package org.techmarket.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;

@QuarkusTest
class ContractWorkflowTest {

    static final byte[] PDF = org.techmarket.common.UploadedFiles.blankPdf();

    @Inject
    ContractFixtures fixtures;

    @Inject
    AccountFixtures accounts;

    @Inject
    org.techmarket.listing.ListingFixtures listingFixtures;

    @Test
    void shouldRegisterASubmittedAndConfirmedContractWithA16DigitNumber() {
        ContractFixtures.Parties p = fixtures.parties();
        String project = ContractFixtures.uniqueProject();
        int id = as(p.seller()).body(fixtures.body(p.buyer(), project)).post("/api/v1/contracts")
                .then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
        given().auth().preemptive().basic(p.seller().username(), p.seller().password())
                .multiPart("file", "contract.pdf", PDF, "application/pdf")
                .post("/api/v1/contracts/{id}/document", id).then().statusCode(201);
        as(p.seller()).post("/api/v1/contracts/{id}/submit", id)
                .then().statusCode(200).body("contract.status", equalTo("SUBMITTED"))
                .body("contract.dueDate", equalTo(LocalDate.now().plusDays(30).toString()));
        as(p.staff()).body(Map.of("decision", "REGISTER")).post("/api/v1/contracts/{id}/decision", id)
                .then().statusCode(409);
        as(p.buyer()).post("/api/v1/contracts/{id}/confirm", id).then().statusCode(200);

        String number = as(p.staff()).body(Map.of("decision", "REGISTER", "approvedAmountFen", 35_000_000L))
                .post("/api/v1/contracts/{id}/decision", id)
                .then().statusCode(200).body("status", equalTo("REGISTERED"))
                .body("approvedAmountFen", equalTo(35_000_000))
                .body("registrationNumber", matchesPattern("620102" + LocalDate.now().getYear() + "\\d{6}"))
                .extract().path("registrationNumber");

        as(p.staff()).body(Map.of("decision", "REJECT", "reason", "再次审核")).post("/api/v1/contracts/{id}/decision", id)
                .then().statusCode(409);
        as(p.seller()).get("/contracts/{id}/certificate", id).then().statusCode(200)
                .body(containsString(number)).body(containsString("35万元"));
        given().get("/api/v1/contracts/registered?limit=200").then().statusCode(200)
                .body("registrationNumber", hasItem(number))
                .body(org.hamcrest.Matchers.not(containsString(project)));
        as(p.staff()).get("/contracts/{id}", id).then().statusCode(200).body(containsString("待登记 → 已登记"));
        given().get("/api/v1/contracts/figures").then().statusCode(200)
                .body("rows.find { it.dimension == 'type' && it.value == 'TRANSFER' }.contracts",
                        org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void shouldWarnWhenTheTypeDoesNotFitTheLinkedResultsTransferModes() {
        ContractFixtures.Parties p = fixtures.parties();
        org.techmarket.listing.Listing result = listingFixtures.publishedResult(p.seller(), "许可型成果", "只许可");
        Map<String, Object> body = fixtures.body(p.buyer(), ContractFixtures.uniqueProject());
        body.put("type", "DEVELOPMENT");
        body.put("resultId", result.id);
        int id = as(p.seller()).body(body).post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        as(p.seller()).get("/api/v1/contracts/{id}/prechecks", id).then().statusCode(200)
                .body("code", hasItem("TYPE_INCONSISTENT_WITH_LISTING"));
    }

    @Test
    void shouldReturnForCorrectionAndAskTheBuyerAgainAfterResubmission() {
        ContractFixtures.Parties p = fixtures.parties();
        int id = as(p.seller()).body(fixtures.body(p.buyer(), ContractFixtures.uniqueProject()))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        signed(p.seller(), id);
        as(p.seller()).post("/api/v1/contracts/{id}/submit", id).then().statusCode(200);
        as(p.buyer()).post("/api/v1/contracts/{id}/confirm", id).then().statusCode(200);
        as(p.staff()).body(Map.of("decision", "RETURN")).post("/api/v1/contracts/{id}/decision", id)
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        as(p.staff()).body(Map.of("decision", "RETURN", "reason", "请补充合同文本")).post("/api/v1/contracts/{id}/decision", id)
                .then().statusCode(200).body("status", equalTo("RETURNED"));
        signed(p.seller(), id);
        as(p.seller()).post("/api/v1/contracts/{id}/submit", id).then().statusCode(200)
                .body("contract.buyerConfirmedAt", equalTo(null));
        as(p.staff()).body(Map.of("decision", "REJECT", "reason", "不属于技术合同")).post("/api/v1/contracts/{id}/decision", id)
                .then().statusCode(200).body("status", equalTo("REJECTED"));
    }

    @Test
    void shouldShowPreChecksAndBlockAnExpiredOrDuplicateContract() {
        ContractFixtures.Parties p = fixtures.parties();
        Map<String, Object> expired = fixtures.body(p.buyer(), ContractFixtures.uniqueProject());
        expired.put("validFrom", LocalDate.now().minusYears(2).toString());
        expired.put("validTo", LocalDate.now().minusDays(1).toString());
        int e = as(p.seller()).body(expired).post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        as(p.seller()).get("/api/v1/contracts/{id}/prechecks", e).then().body("code", hasItem("VALIDITY_EXPIRED"));
        signed(p.seller(), e);
        as(p.seller()).post("/api/v1/contracts/{id}/submit", e).then().statusCode(400)
                .body("errors.field", hasItem("VALIDITY_EXPIRED"));

        Map<String, Object> included = fixtures.body(p.buyer(), ContractFixtures.uniqueProject());
        included.put("transactionAmountFen", 50_000_000L);
        int w = as(p.seller()).body(included).post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        signed(p.seller(), w);
        as(p.seller()).post("/api/v1/contracts/{id}/submit", w).then().statusCode(200)
                .body("warnings.code", hasItem("EQUIPMENT_INCLUDED"));

        Map<String, Object> body = fixtures.body(p.buyer(), ContractFixtures.uniqueProject());
        int first = as(p.seller()).body(body).post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        signed(p.seller(), first);
        as(p.seller()).post("/api/v1/contracts/{id}/submit", first).then().statusCode(200);
        as(p.buyer()).post("/api/v1/contracts/{id}/confirm", first).then().statusCode(200);
        as(p.staff()).body(Map.of("decision", "REGISTER")).post("/api/v1/contracts/{id}/decision", first).then().statusCode(200);
        int again = as(p.seller()).body(body).post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        signed(p.seller(), again);
        as(p.seller()).post("/api/v1/contracts/{id}/submit", again).then().statusCode(400)
                .body("errors.field", hasItem("DUPLICATE_OF_REGISTERED"));
    }

    @Test
    void shouldLetExactlyOneOfTwoSimultaneousApprovalsWinAndUseOneNumber() throws Exception {
        ContractFixtures.Parties p = fixtures.parties();
        Person secondStaff = accounts.staff();
        int id = submittedAndConfirmed(p);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of(
                    () -> as(p.staff()).body(Map.of("decision", "REGISTER")).post("/api/v1/contracts/{id}/decision", id).statusCode(),
                    () -> as(secondStaff).body(Map.of("decision", "REGISTER")).post("/api/v1/contracts/{id}/decision", id).statusCode());
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(both)) {
                codes.add(f.get());
            }
            codes.sort(null);
            assertEquals(List.of(200, 409), codes);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void shouldNeverReuseOrSkipNumbersUnderConcurrentApprovals() throws Exception {
        ContractFixtures.Parties p = fixtures.parties();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(submittedAndConfirmed(p));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<String> numbers = new ArrayList<>();
        try {
            List<Callable<String>> approvals = ids.stream().<Callable<String>>map(id -> () ->
                    as(p.staff()).body(Map.of("decision", "REGISTER")).post("/api/v1/contracts/{id}/decision", id)
                            .then().statusCode(200).extract().path("registrationNumber")).toList();
            for (Future<String> f : pool.invokeAll(approvals)) {
                numbers.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        Set<String> distinct = new HashSet<>(numbers);
        assertEquals(8, distinct.size(), "no number is used twice");
        List<Integer> sequence = numbers.stream().map(n -> Integer.parseInt(n.substring(10))).sorted().toList();
        assertEquals(7, sequence.get(7) - sequence.get(0), "the eight numbers are consecutive: " + sequence);
        assertTrue(numbers.stream().allMatch(n -> n.length() == 16));
    }

    @Test
    void shouldServeTheDocumentToThePartiesAndStaffOnly() {
        ContractFixtures.Parties p = fixtures.parties();
        Person outsider = accounts.enterprise();
        int id = as(p.seller()).body(fixtures.body(p.buyer(), ContractFixtures.uniqueProject()))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic(p.seller().username(), p.seller().password())
                .multiPart("file", "c.pdf", PDF, "application/pdf").post("/api/v1/contracts/{id}/document", id)
                .then().statusCode(201);
        for (Person allowed : List.of(p.seller(), p.buyer(), p.staff())) {
            given().auth().preemptive().basic(allowed.username(), allowed.password())
                    .get("/api/v1/contracts/{id}/document", id).then().statusCode(200).contentType("application/pdf");
        }
        given().auth().preemptive().basic(outsider.username(), outsider.password())
                .get("/api/v1/contracts/{id}/document", id).then().statusCode(404);
        given().get("/api/v1/contracts/{id}/document", id).then().statusCode(401);
        given().auth().preemptive().basic(p.seller().username(), p.seller().password())
                .multiPart("file", "c.pdf", "not a pdf".getBytes(), "application/pdf")
                .post("/api/v1/contracts/{id}/document", id).then().statusCode(400).body("errors.field", hasItem("file"));
        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        int status = given().auth().preemptive().basic(p.seller().username(), p.seller().password())
                .multiPart("file", "big.pdf", big, "application/pdf")
                .post("/api/v1/contracts/{id}/document", id).statusCode();
        assertTrue(status == 400 || status == 413, "status " + status);
    }

    @Test
    void shouldRejectBadContractInputWithTheFieldNamed() {
        ContractFixtures.Parties p = fixtures.parties();
        rejects(p, Map.of("contractAmountFen", 0), "contractAmountFen");
        rejects(p, Map.of("transactionAmountFen", -5), "transactionAmountFen");
        rejects(p, Map.of("contractAmountFen", 99_999_999_999_999_999L), "contractAmountFen");
        rejects(p, Map.of("transactionAmountFen", 60_000_000L), "transactionAmountFen");
        rejects(p, Map.of("validTo", LocalDate.now().minusYears(1).toString()), "validTo");
        rejects(p, Map.of("type", "BARTER"), "type");
        rejects(p, Map.of("buyerCreditCode", fixtures.creditCodeOf(p.seller())),
                "buyerCreditCode");
        int id = as(p.seller()).body(fixtures.body(p.buyer(), ContractFixtures.uniqueProject()))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        signed(p.seller(), id);
        as(p.seller()).post("/api/v1/contracts/{id}/submit", id).then().statusCode(200);
        as(p.seller()).body(Map.of("decision", "REGISTER")).post("/api/v1/contracts/{id}/decision", id).then().statusCode(403);
        as(p.buyer()).post("/api/v1/contracts/{id}/submit", id).then().statusCode(403);
    }

    private void rejects(ContractFixtures.Parties p, Map<String, Object> change, String field) {
        Map<String, Object> body = fixtures.body(p.buyer(), ContractFixtures.uniqueProject());
        body.putAll(change);
        as(p.seller()).body(body).post("/api/v1/contracts").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private int submittedAndConfirmed(ContractFixtures.Parties p) {
        int id = as(p.seller()).body(fixtures.body(p.buyer(), ContractFixtures.uniqueProject()))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        signed(p.seller(), id);
        as(p.seller()).post("/api/v1/contracts/{id}/submit", id).then().statusCode(200);
        as(p.buyer()).post("/api/v1/contracts/{id}/confirm", id).then().statusCode(200);
        return id;
    }

    private static RequestSpecification as(Person p) {
        return given().auth().preemptive().basic(p.username(), p.password()).contentType(ContentType.JSON);
    }

    /** The seller uploads the signed PDF: a contract is submitted and registered only with it. */
    private static void signed(org.techmarket.account.AccountFixtures.Person seller, int id) {
        given().auth().preemptive().basic(seller.username(), seller.password())
                .multiPart("file", "contract.pdf", PDF, "application/pdf")
                .post("/api/v1/contracts/{id}/document", id).then().statusCode(201);
    }

    @Test
    void shouldRefuseToSubmitWithoutTheSignedDocument() {
        ContractFixtures.Parties p = fixtures.parties();
        int id = as(p.seller()).body(fixtures.body(p.buyer(), ContractFixtures.uniqueProject()))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        as(p.seller()).get("/api/v1/contracts/{id}/prechecks", id).then().body("code", hasItem("SIGNED_DOCUMENT_MISSING"));
        as(p.seller()).post("/api/v1/contracts/{id}/submit", id).then().statusCode(400)
                .body("errors.field", hasItem("SIGNED_DOCUMENT_MISSING"));
        signed(p.seller(), id);
        as(p.seller()).post("/api/v1/contracts/{id}/submit", id).then().statusCode(200);
        // Once submitted, the document stays as it was until staff return the contract.
        given().auth().preemptive().basic(p.seller().username(), p.seller().password())
                .multiPart("file", "contract.pdf", PDF, "application/pdf")
                .post("/api/v1/contracts/{id}/document", id).then().statusCode(409);
        as(p.staff()).body(Map.of("decision", "RETURN", "reason", "请补充附件")).post("/api/v1/contracts/{id}/decision", id)
                .then().statusCode(200);
        signed(p.seller(), id);
    }
}

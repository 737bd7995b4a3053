package org.techmarket.voucher;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;

/** A voucher program with a registered provider and one enterprise holding a voucher, over the API. */
@ApplicationScoped
public class VoucherFixtures {

    /** A real one-page PDF: the proof check parses it. */
    public static final byte[] PDF = org.techmarket.common.UploadedFiles.blankPdf();

    @Inject
    AccountFixtures accounts;

    public record World(Person staff, Person enterprise, Person provider, int programId, int voucherId) {
    }

    /** A program of the given budget, ¥100 vouchers, 50 % co-funding; one enterprise with an issued voucher. */
    public World world(long budgetFen) {
        return world(budgetFen, 10_000);
    }

    /** As {@link #world(long)}, with vouchers of the given face value. */
    public World world(long budgetFen, long faceValueFen) {
        Person staff = accounts.staff();
        Person enterprise = accounts.enterprise();
        Person provider = accounts.provider();
        int program = program(staff, budgetFen, faceValueFen);
        int registration = as(provider).body(Map.of("categories", List.of("TESTING")))
                .post("/api/v1/providers").then().statusCode(201).extract().path("id");
        as(staff).body(Map.of("decision", "APPROVE")).post("/api/v1/providers/{id}/decision", registration)
                .then().statusCode(200);
        int application = apply(enterprise, program);
        as(staff).header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("decision", "APPROVE"))
                .post("/api/v1/voucher-programs/{p}/applications/{a}/decision", program, application)
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        int voucher = as(enterprise).get("/api/v1/vouchers").then().statusCode(200).extract().path("[0].id");
        return new World(staff, enterprise, provider, program, voucher);
    }

    public int program(Person staff, long budgetFen) {
        return program(staff, budgetFen, 10_000);
    }

    /** An open program (created as a draft, then opened: funded and public). */
    public int program(Person staff, long budgetFen, long faceValueFen) {
        int id = as(staff).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(programJson(budgetFen, faceValueFen))
                .post("/api/v1/voucher-programs").then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
        as(staff).header("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/voucher-programs/{id}/open", id)
                .then().statusCode(200).body("status", equalTo("OPEN"));
        return id;
    }

    public static Map<String, Object> programJson(long budgetFen, long faceValueFen) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "测试创新券" + AccountFixtures.uniqueName(""),
                "year", LocalDate.now().getYear(), "budgetFen", budgetFen, "faceValueFen", faceValueFen, "coFundingPercent", 50,
                "useDeadline", LocalDate.now().plusMonths(6).toString(),
                "redemptionDeadline", LocalDate.now().plusMonths(7).toString(), "categories", List.of("TESTING", "RND")));
        return body;
    }

    public int apply(Person enterprise, int program) {
        return as(enterprise).body(Map.of("purpose", "检测服务"))
                .post("/api/v1/voucher-programs/{id}/applications", program).then().statusCode(201).extract().path("id");
    }

    public int order(World w, long amountFen) {
        return as(w.enterprise()).body(Map.of("providerOrganisationId", w.provider().organisationId(), "category", "TESTING",
                "description", "材料检测", "amountFen", amountFen)).post("/api/v1/service-orders")
                .then().statusCode(201).extract().path("id");
    }

    public void reserve(World w, int order, long amountFen) {
        as(w.enterprise()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("voucherId", w.voucherId(), "amountFen", amountFen))
                .post("/api/v1/service-orders/{id}/voucher", order).then().statusCode(200);
    }

    /** Delivered, claimed with a fresh invoice number and a proof uploaded: ready for staff. */
    public int redemption(World w, int order) {
        as(w.provider()).post("/api/v1/service-orders/{id}/delivery", order).then().statusCode(200);
        int redemption = as(w.provider()).body(Map.of("orderId", order, "invoiceNumber", "INV-" + UUID.randomUUID()))
                .post("/api/v1/redemptions").then().statusCode(201).extract().path("id");
        uploadProof(w.provider(), redemption, PDF, "application/pdf").then().statusCode(201);
        return redemption;
    }

    public io.restassured.response.Response uploadProof(Person provider, int redemption, byte[] content, String type) {
        return given().auth().preemptive().basic(provider.username(), provider.password())
                .multiPart("file", "invoice.pdf", content, type).post("/api/v1/redemptions/{id}/proof", redemption);
    }

    public static RequestSpecification as(Person p) {
        return given().auth().preemptive().basic(p.username(), p.password()).contentType(ContentType.JSON);
    }
}

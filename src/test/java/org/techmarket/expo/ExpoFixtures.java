package org.techmarket.expo;

import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.voucher.VoucherFixtures;

/** Expos made over the API by staff, and the bodies of what is added to them. */
@ApplicationScoped
public class ExpoFixtures {

    /** An expo from {@code from} to {@code to}; its id. */
    public int expo(Person staff, LocalDate from, LocalDate to) {
        return VoucherFixtures.as(staff).body(body(from, to)).post("/api/v1/expos").then().statusCode(201)
                .extract().path("id");
    }

    public static Map<String, Object> body(LocalDate from, LocalDate to) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", AccountFixtures.uniqueName("兰州科技成果博览会"));
        body.put("startsOn", from.toString());
        body.put("endsOn", to.toString());
        body.put("venue", "兰州国际会展中心");
        body.put("organiser", "兰州科技大市场");
        return body;
    }

    public static Map<String, Object> deal(long resultId, long buyerOrganisationId, Object amountFen, LocalDate signedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("resultId", resultId);
        body.put("buyerOrganisationId", buyerOrganisationId);
        body.put("amountFen", amountFen);
        body.put("signedOn", signedOn.toString());
        return body;
    }

    public static Response recordDeal(Person staff, int expo, Map<String, Object> body) {
        return recordDeal(staff, expo, body, UUID.randomUUID().toString());
    }

    public static Response recordDeal(Person staff, int expo, Map<String, Object> body, String key) {
        return VoucherFixtures.as(staff).header("Idempotency-Key", key).body(body).post("/api/v1/expos/{id}/deals", expo);
    }

    public static Map<String, Object> session(String title, long presenter, String startsAt, String endsAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("presenterOrganisationId", presenter);
        body.put("startsAt", startsAt);
        body.put("endsAt", endsAt);
        body.put("room", "A厅");
        return body;
    }
}

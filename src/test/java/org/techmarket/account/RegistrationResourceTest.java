package org.techmarket.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmarket.common.Roles;

@QuarkusTest
class RegistrationResourceTest {

    @Inject
    UserAccountRepository users;

    @Inject
    OrganisationRepository organisations;

    @Test
    void shouldRegisterAResearcherWithANewInstituteAwaitingVerification() {
        Map<String, Object> body = AccountFixtures.registration(Roles.RESEARCHER, OrganisationType.INSTITUTE);

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/registrations")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/me"))
                .body("username", equalTo(body.get("username")))
                .body("roles", hasItem("RESEARCHER"))
                .body("organisation.status", equalTo("PENDING"))
                .body("organisation.regionName", equalTo("甘肃省 兰州市 城关区"));

        given().auth().preemptive().basic((String) body.get("username"), "Kx9-strong-pass")
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("role", equalTo("RESEARCHER"))
                .body("membershipApproved", equalTo(true))
                .body("organisation.type", equalTo("INSTITUTE"));
    }

    @Test
    void shouldJoinAnExistingOrganisationAsAMemberAwaitingApproval() {
        Map<String, Object> first = AccountFixtures.registration(Roles.ENTERPRISE, OrganisationType.ENTERPRISE);
        given().contentType(ContentType.JSON).body(first).post("/api/v1/registrations").then().statusCode(201);

        Map<String, Object> second = withField(AccountFixtures.registration(Roles.ENTERPRISE,
                OrganisationType.ENTERPRISE), "organisation", first.get("organisation"));
        given().contentType(ContentType.JSON).body(second)
                .when().post("/api/v1/registrations")
                .then().statusCode(201)
                .body("membershipApproved", equalTo(false));
        assertEquals(1, inTx(() -> organisations.count("creditCode",
                ((Map<?, ?>) first.get("organisation")).get("creditCode"))));
    }

    @Test
    void shouldRejectAnInvalidCreditCodeAndStoreNothing() {
        Map<String, Object> org = new HashMap<>(orgOf(AccountFixtures.registration(Roles.RESEARCHER,
                OrganisationType.UNIVERSITY)));
        String valid = (String) org.get("creditCode");
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        org.put("creditCode", valid.substring(0, 17) + wrong);
        Map<String, Object> body = withField(AccountFixtures.registration(Roles.RESEARCHER,
                OrganisationType.UNIVERSITY), "organisation", org);

        rejected(body).body("errors.field", hasItem("organisation.creditCode"));
        assertNothingStored(body);
    }

    @Test
    void shouldRejectADuplicateUsernameWhateverItsCase() {
        Map<String, Object> first = AccountFixtures.registration(Roles.RESEARCHER, OrganisationType.UNIVERSITY);
        given().contentType(ContentType.JSON).body(first).post("/api/v1/registrations").then().statusCode(201);

        Map<String, Object> again = withField(AccountFixtures.registration(Roles.RESEARCHER,
                OrganisationType.UNIVERSITY), "username", ((String) first.get("username")).toUpperCase());
        rejected(again).body("errors.field", hasItem("username"));
        assertEquals(0, inTx(() -> organisations.count("creditCode", orgOf(again).get("creditCode"))));
    }

    @Test
    void shouldRejectAWeakPassword() {
        Map<String, Object> body = withField(AccountFixtures.registration(Roles.RESEARCHER,
                OrganisationType.UNIVERSITY), "password", "12345678");
        rejected(body).body("errors.field", hasItem("password"));
        assertNothingStored(body);
    }

    @Test
    void shouldRejectAnUnknownRegionCode() {
        Map<String, Object> org = new HashMap<>(orgOf(AccountFixtures.registration(Roles.ENTERPRISE,
                OrganisationType.ENTERPRISE)));
        org.put("regionCode", "629999");
        Map<String, Object> body = withField(AccountFixtures.registration(Roles.ENTERPRISE,
                OrganisationType.ENTERPRISE), "organisation", org);
        rejected(body).body("errors.field", hasItem("organisation.regionCode"));
        assertNothingStored(body);
    }

    @Test
    void shouldNameEveryMissingField() {
        given().contentType(ContentType.JSON).body(Map.of("organisation", Map.of()))
                .when().post("/api/v1/registrations")
                .then().statusCode(400)
                .body("status", equalTo(400))
                .body("errors.field", hasItems("username", "password", "displayName", "email", "role",
                        "organisation.name", "organisation.type", "organisation.creditCode",
                        "organisation.regionCode", "organisation.contactName", "organisation.contactPhone"));
    }

    @Test
    void shouldRejectTenThousandCharacterFields() {
        String huge = "长".repeat(10_000);
        Map<String, Object> org = new HashMap<>(orgOf(AccountFixtures.registration(Roles.RESEARCHER,
                OrganisationType.UNIVERSITY)));
        org.put("name", huge);
        Map<String, Object> body = withField(withField(AccountFixtures.registration(Roles.RESEARCHER,
                OrganisationType.UNIVERSITY), "displayName", huge), "organisation", org);
        rejected(body).body("errors.field", hasItems("displayName", "organisation.name"));
        assertNothingStored(body);
    }

    @Test
    void shouldNotLetAnEnterpriseUserJoinAUniversity() {
        Map<String, Object> body = AccountFixtures.registration(Roles.ENTERPRISE, OrganisationType.UNIVERSITY);
        // A new university does not take enterprise users: the organisation's type is named, not the role.
        rejected(body).body("errors.field", hasItem("organisation.type"))
                .body("errors.field", org.hamcrest.Matchers.not(hasItem("role")));
        assertNothingStored(body);
    }

    @Test
    void shouldNotLetAnyoneRegisterAsStaff() {
        Map<String, Object> body = AccountFixtures.registration(Roles.STAFF, OrganisationType.ENTERPRISE);
        rejected(body).body("errors.field", hasItem("role"));
        assertNothingStored(body);
    }

    @Test
    void shouldAnswerMalformedJsonWithAProblem() {
        given().contentType(ContentType.JSON).body("{\"username\": ")
                .when().post("/api/v1/registrations")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    private io.restassured.response.ValidatableResponse rejected(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/registrations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("输入有误"));
    }

    private void assertNothingStored(Map<String, Object> body) {
        assertTrue(inTx(() -> users.findByUsername((String) body.get("username")).isEmpty()), "no user stored");
        assertEquals(0, inTx(() -> organisations.count("creditCode", orgOf(body).get("creditCode"))),
                "no organisation stored");
    }

    private static <T> T inTx(java.util.concurrent.Callable<T> read) {
        return QuarkusTransaction.requiringNew().call(read);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> orgOf(Map<String, Object> body) {
        return (Map<String, Object>) body.get("organisation");
    }

    private static Map<String, Object> withField(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }
}

package org.techmarket.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.techmarket.common.Roles;

/** Creates the people and organisations a test needs, each with unique names so tests never share data. */
@ApplicationScoped
public class AccountFixtures {

    public static final String PASSWORD = "fixture-pass-2026";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);
    /** Computed once: bcrypt is slow on purpose, and fixtures make many users. */
    private static final String PASSWORD_HASH = BcryptUtil.bcryptHash(PASSWORD);

    @Inject
    OrganisationRepository organisations;

    @Inject
    UserAccountRepository users;

    @Inject
    OrganisationService organisationService;

    public record Person(long id, String username, String password, long organisationId) {
    }

    public static String uniqueName(String prefix) {
        return prefix + "-" + Long.toString(SEQUENCE.incrementAndGet(), 36) + Integer.toString(RANDOM.nextInt(1296), 36);
    }

    /** A phone number no other test is likely to use (shared contacts are a fraud flag). */
    public static String uniquePhone(String prefix) {
        return prefix + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    /** A valid 统一社会信用代码 that no other test uses. */
    public static String newCreditCode() {
        StringBuilder first17 = new StringBuilder("91620100");
        for (int i = 0; i < 9; i++) {
            first17.append(CreditCode.ALPHABET.charAt(RANDOM.nextInt(CreditCode.ALPHABET.length())));
        }
        return CreditCode.complete(first17.toString());
    }

    /** A registration body for the API, valid unless a test changes it. */
    public static Map<String, Object> registration(String role, OrganisationType type) {
        return Map.of(
                "username", uniqueName("reg"),
                "password", "Kx9-strong-pass",
                "displayName", "测试用户",
                "email", "someone@example.cn",
                "phone", uniquePhone("138"),
                "role", role,
                "organisation", Map.of(
                        "name", "兰州测试研究院" + uniqueName(""),
                        "type", type.name(),
                        "creditCode", newCreditCode(),
                        "regionCode", "620102",
                        "contactName", "李工",
                        "contactPhone", uniquePhone("0931-")));
    }

    @Transactional
    public Organisation organisation(OrganisationType type, boolean verified) {
        Organisation o = new Organisation();
        o.name = uniqueName("机构");
        o.type = type;
        o.creditCode = newCreditCode();
        o.regionCode = "620102";
        o.contact.name = "联系人";
        o.contact.phone = uniquePhone("0931-");
        organisations.persist(o);
        if (verified) {
            o.verify();
        }
        return o;
    }

    @Transactional
    public Person member(String role, long organisationId) {
        UserAccount u = new UserAccount();
        u.username = uniqueName(role.toLowerCase());
        u.passwordHash = PASSWORD_HASH;
        u.role = role;
        u.displayName = "测试" + role;
        u.email = u.username + "@example.cn";
        u.organisationId = organisationId;
        u.membershipApproved = true;
        users.persist(u);
        return new Person(u.id, u.username, PASSWORD, organisationId);
    }

    /** Someone who registered (over the API) to join the organisation of an existing member: awaiting approval. */
    public Person joinerOf(Person existing, String role) {
        Map<String, Object> body = new java.util.HashMap<>(registration(role, OrganisationType.ENTERPRISE));
        @SuppressWarnings("unchecked")
        Map<String, Object> organisation = new java.util.HashMap<>((Map<String, Object>) body.get("organisation"));
        organisation.put("creditCode", organisations.findById(existing.organisationId()).creditCode);
        body.put("organisation", organisation);
        int id = io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON).body(body)
                .post("/api/v1/registrations").then().statusCode(201)
                .body("membershipApproved", org.hamcrest.Matchers.equalTo(false)).extract().path("id");
        return new Person(id, (String) body.get("username"), (String) body.get("password"), existing.organisationId());
    }

    /** Someone who registered (over the API) a new organisation, still pending verification. */
    public Person founderOfPending(String role, OrganisationType type) {
        Map<String, Object> body = registration(role, type);
        var created = io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON).body(body)
                .post("/api/v1/registrations");
        created.then().statusCode(201);
        return new Person(((Number) created.path("id")).longValue(), (String) body.get("username"),
                (String) body.get("password"), ((Number) created.path("organisation.id")).longValue());
    }

    public Person researcher() {
        return member(Roles.RESEARCHER, organisation(OrganisationType.UNIVERSITY, true).id);
    }

    public Person enterprise() {
        return member(Roles.ENTERPRISE, organisation(OrganisationType.ENTERPRISE, true).id);
    }

    public Person provider() {
        return member(Roles.PROVIDER, organisation(OrganisationType.SERVICE_PROVIDER, true).id);
    }

    public Person staff() {
        return member(Roles.STAFF, organisationService.marketOrganisation().id);
    }

    public Person admin() {
        return member(Roles.ADMIN, organisationService.marketOrganisation().id);
    }
}

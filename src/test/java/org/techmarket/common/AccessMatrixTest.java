package org.techmarket.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.account.OrganisationType;
import org.techmarket.contract.ContractFixtures;
import org.techmarket.listing.Listing;
import org.techmarket.listing.ListingFixtures;
import org.techmarket.voucher.VoucherFixtures;
import org.techmarket.voucher.VoucherFixtures.World;

/**
 * Walks every operation of /q/openapi with every kind of caller and asserts the denials the access
 * rules promise: anonymous callers are sent to log in, unapproved joiners and members of unverified
 * organisations act for nobody, staff operations are staff's, and another organisation's records
 * stay closed. Path ids point at real records of the organisations involved. An operation missing
 * from {@link #TABLE} (or listed there but gone) fails the test, so every new endpoint is classified.
 * No request of anybody may end in a 5xx.
 */
@QuarkusTest
class AccessMatrixTest {

    /**
     * PUBLIC: anyone. ACCOUNT: the logged-in person's own account, whatever their standing.
     * MEMBER: an approved member of a verified organisation. STAFF / ADMIN: market staff / operator.
     * REVIEWER: an expert reviewer (评审专家), who acts for no organisation.
     * "+OWN": the path id is another organisation's private record; every outsider is denied too.
     */
    static final String TABLE = """
            PUBLIC GET /
            ACCOUNT GET /account
            MEMBER+OWN POST /account/members/{id}/approval
            ACCOUNT POST /account/password
            ACCOUNT POST /account/tokens
            ACCOUNT+OWN POST /account/tokens/{id}/revocation
            ADMIN GET /admin/staff
            ADMIN POST /admin/staff
            MEMBER POST /api/v1/cases
            MEMBER GET /api/v1/cases
            MEMBER+OWN GET /api/v1/cases/{id}
            MEMBER+OWN POST /api/v1/cases/{id}/messages
            MEMBER+OWN POST /api/v1/cases/{id}/transition
            MEMBER GET /api/v1/contracts
            MEMBER POST /api/v1/contracts
            PUBLIC GET /api/v1/contracts/figures
            STAFF GET /api/v1/contracts/queue
            PUBLIC GET /api/v1/contracts/registered
            MEMBER+OWN PUT /api/v1/contracts/{id}
            MEMBER+OWN GET /api/v1/contracts/{id}
            MEMBER+OWN POST /api/v1/contracts/{id}/confirm
            STAFF POST /api/v1/contracts/{id}/decision
            MEMBER+OWN POST /api/v1/contracts/{id}/document
            MEMBER+OWN GET /api/v1/contracts/{id}/document
            MEMBER+OWN GET /api/v1/contracts/{id}/prechecks
            MEMBER+OWN POST /api/v1/contracts/{id}/submit
            PUBLIC GET /api/v1/trades
            MEMBER POST /api/v1/trades
            MEMBER GET /api/v1/trades/mine
            STAFF GET /api/v1/trades/queue
            PUBLIC GET /api/v1/trades/{id}
            STAFF POST /api/v1/trades/{id}/decision
            MEMBER POST /api/v1/trades/{id}/intents
            MEMBER+OWN POST /api/v1/trades/{id}/withdrawal
            MEMBER+OWN POST /api/v1/trades/{id}/relisting
            STAFF POST /api/v1/trades/{id}/auction
            PUBLIC GET /api/v1/trades/{id}/deal
            STAFF POST /api/v1/trades/{id}/settlement
            PUBLIC GET /api/v1/auctions
            PUBLIC GET /api/v1/auctions/{id}
            PUBLIC GET /api/v1/auctions/{id}/bids
            MEMBER POST /api/v1/auctions/{id}/bidders
            STAFF GET /api/v1/auctions/{id}/bidders
            STAFF POST /api/v1/auctions/{id}/deposits
            MEMBER POST /api/v1/auctions/{id}/deposit-payment
            MEMBER POST /api/v1/auctions/{id}/bids
            STAFF POST /api/v1/auctions/{id}/close
            STAFF POST /api/v1/auctions/{id}/refunds
            MEMBER GET /api/v1/inquiries
            MEMBER+OWN POST /api/v1/inquiries/{id}/reply
            STAFF GET /api/v1/ledger/check
            STAFF POST /api/v1/listing-imports
            STAFF GET /api/v1/listing-revisions
            STAFF POST /api/v1/listing-revisions/{id}/review
            STAFF GET /api/v1/listing-imports/{id}/report.csv
            STAFF GET /api/v1/jobs/{id}
            STAFF GET /api/v1/matches/recomputation
            STAFF POST /api/v1/matches/recomputation
            ACCOUNT GET /api/v1/me
            ACCOUNT POST /api/v1/me/password
            ACCOUNT POST /api/v1/me/sessions/end
            ACCOUNT GET /api/v1/me/tokens
            ACCOUNT POST /api/v1/me/tokens
            ACCOUNT+OWN DELETE /api/v1/me/tokens/{id}
            PUBLIC GET /api/v1/needs
            MEMBER POST /api/v1/needs
            STAFF GET /api/v1/needs/export
            PUBLIC GET /api/v1/needs/facets
            MEMBER GET /api/v1/needs/mine
            STAFF GET /api/v1/needs/review-queue
            MEMBER+OWN GET /api/v1/needs/{id}/revision
            PUBLIC GET /api/v1/needs/{id}
            MEMBER+OWN PUT /api/v1/needs/{id}
            MEMBER+OWN POST /api/v1/needs/{id}/confirm-available
            MEMBER POST /api/v1/needs/{id}/inquiries
            PUBLIC GET /api/v1/needs/{id}/matches
            PUBLIC GET /api/v1/needs/{id}/similar
            STAFF POST /api/v1/needs/{id}/review
            MEMBER+OWN POST /api/v1/needs/{id}/submit
            MEMBER+OWN POST /api/v1/needs/{id}/withdraw
            ACCOUNT GET /api/v1/notifications
            ACCOUNT GET /api/v1/notifications/preferences
            ACCOUNT PUT /api/v1/notifications/preferences
            ACCOUNT POST /api/v1/notifications/read
            ACCOUNT GET /api/v1/notifications/unread-count
            ACCOUNT+OWN POST /api/v1/notifications/{id}/read
            STAFF GET /api/v1/organisations
            ACCOUNT+OWN GET /api/v1/organisations/{id}
            STAFF GET /api/v1/organisations/{id}/audit
            STAFF POST /api/v1/organisations/{id}/decision
            MEMBER+OWN GET /api/v1/organisations/{id}/members
            ACCOUNT+OWN POST /api/v1/organisations/{id}/resubmit
            PUBLIC POST /api/v1/password-resets
            PUBLIC POST /api/v1/password-resets/redemption
            MEMBER POST /api/v1/providers
            STAFF GET /api/v1/providers
            STAFF POST /api/v1/providers/{id}/decision
            MEMBER POST /api/v1/redemptions
            MEMBER GET /api/v1/redemptions
            STAFF GET /api/v1/redemptions/anomalies
            STAFF POST /api/v1/redemptions/{id}/decision
            MEMBER+OWN POST /api/v1/redemptions/{id}/proof
            MEMBER+OWN GET /api/v1/redemptions/{id}/proof
            PUBLIC POST /api/v1/registrations
            PUBLIC GET /api/v1/results
            MEMBER POST /api/v1/results
            STAFF GET /api/v1/results/export
            PUBLIC GET /api/v1/results/facets
            MEMBER GET /api/v1/results/mine
            STAFF GET /api/v1/results/review-queue
            MEMBER+OWN GET /api/v1/results/{id}/revision
            PUBLIC GET /api/v1/results/{id}
            MEMBER+OWN PUT /api/v1/results/{id}
            MEMBER+OWN POST /api/v1/results/{id}/confirm-available
            MEMBER POST /api/v1/results/{id}/inquiries
            PUBLIC GET /api/v1/results/{id}/matches
            PUBLIC GET /api/v1/results/{id}/similar
            STAFF POST /api/v1/results/{id}/review
            MEMBER+OWN POST /api/v1/results/{id}/submit
            MEMBER+OWN POST /api/v1/results/{id}/withdraw
            MEMBER GET /api/v1/service-orders
            MEMBER POST /api/v1/service-orders
            MEMBER+OWN POST /api/v1/service-orders/{id}/cancellation
            MEMBER+OWN POST /api/v1/service-orders/{id}/delivery
            MEMBER+OWN POST /api/v1/service-orders/{id}/voucher
            ADMIN POST /api/v1/staff-accounts
            PUBLIC GET /api/v1/stats
            STAFF GET /api/v1/stats/report
            MEMBER+OWN POST /api/v1/users/{id}/membership-approval
            STAFF POST /api/v1/users/{id}/password-resets
            STAFF GET /api/v1/staff/queues
            STAFF POST /api/v1/staff/claims
            STAFF DELETE /api/v1/staff/claims/{kind}/{id}
            PUBLIC GET /api/v1/deals/figures
            PUBLIC GET /api/v1/stats/funnel
            MEMBER+OWN GET /api/v1/deals/{id}
            PUBLIC GET /api/v1/voucher-programs
            STAFF POST /api/v1/voucher-programs
            PUBLIC GET /api/v1/voucher-programs/{id}
            STAFF PUT /api/v1/voucher-programs/{id}
            STAFF DELETE /api/v1/voucher-programs/{id}
            STAFF POST /api/v1/voucher-programs/{id}/open
            STAFF POST /api/v1/voucher-programs/{id}/close
            MEMBER POST /api/v1/voucher-programs/{id}/applications
            MEMBER GET /api/v1/voucher-programs/{id}/applications
            STAFF POST /api/v1/voucher-programs/{id}/applications/{applicationId}/decision
            PUBLIC GET /api/v1/voucher-programs/{id}/lotteries
            STAFF POST /api/v1/voucher-programs/{id}/lottery
            MEMBER GET /api/v1/vouchers
            STAFF GET /api/v1/vouchers/figures
            STAFF GET /api/v1/vouchers/figures/programs
            MEMBER POST /cases
            MEMBER GET /cases
            MEMBER+OWN GET /cases/{id}
            MEMBER+OWN POST /cases/{id}/messages
            MEMBER+OWN POST /cases/{id}/transition
            MEMBER GET /contracts
            MEMBER GET /contracts/new
            MEMBER POST /contracts/new
            MEMBER+OWN GET /contracts/{id}
            MEMBER+OWN GET /contracts/{id}/certificate
            STAFF POST /contracts/{id}/decision
            MEMBER+OWN POST /contracts/{id}/document
            MEMBER+OWN POST /contracts/{id}/edit
            MEMBER+OWN GET /contracts/{id}/edit
            MEMBER+OWN POST /contracts/{id}/{step}
            PUBLIC GET /deals
            MEMBER GET /inbox
            MEMBER+OWN POST /inbox/{id}/reply
            PUBLIC GET /lang/{tag}
            PUBLIC GET /login
            PUBLIC GET /logout
            PUBLIC POST /logout
            MEMBER GET /my/listings
            MEMBER GET /my/listings/new
            MEMBER POST /my/listings/new
            MEMBER+OWN POST /my/listings/{id}/edit
            MEMBER+OWN GET /my/listings/{id}/edit
            MEMBER+OWN POST /my/listings/{id}/{step}
            MEMBER GET /my/vouchers
            MEMBER POST /my/vouchers/orders
            MEMBER+OWN POST /my/vouchers/orders/{id}/cancel
            MEMBER+OWN POST /my/vouchers/orders/{id}/delivery
            MEMBER+OWN POST /my/vouchers/orders/{id}/redemption
            MEMBER+OWN POST /my/vouchers/orders/{id}/voucher
            MEMBER POST /my/vouchers/provider
            PUBLIC GET /needs
            PUBLIC GET /needs/{id}
            MEMBER POST /needs/{id}/inquiries
            PUBLIC GET /needs/{id}/matches
            ACCOUNT GET /notifications
            MEMBER+OWN GET /deals/{id}
            ACCOUNT POST /notifications/preferences
            ACCOUNT POST /notifications/read
            ACCOUNT+OWN GET /notifications/{id}/open
            ACCOUNT+OWN POST /notifications/{id}/read
            PUBLIC GET /password/forgot
            PUBLIC POST /password/forgot
            PUBLIC GET /password/reset
            PUBLIC POST /password/reset
            PUBLIC GET /register
            PUBLIC GET /regions/{code}/children
            PUBLIC POST /register
            PUBLIC GET /results
            PUBLIC GET /results/{id}
            MEMBER POST /results/{id}/inquiries
            PUBLIC GET /results/{id}/matches
            PUBLIC GET /trades
            PUBLIC GET /trades/{id}
            MEMBER POST /trades/{id}/intents
            MEMBER+OWN GET /trades/{id}/confirmation
            PUBLIC GET /auctions/{id}
            PUBLIC GET /auctions/{id}/live
            MEMBER POST /auctions/{id}/register
            MEMBER POST /auctions/{id}/bids
            STAFF GET /staff/trades
            STAFF POST /staff/trades/{id}/decision
            STAFF GET /staff/trades/{id}/auction
            STAFF POST /staff/trades/{id}/auction
            STAFF POST /staff/trades/{id}/settlement
            STAFF GET /staff/auctions/{id}
            STAFF POST /staff/auctions/{id}/deposits
            STAFF POST /staff/auctions/{id}/refunds
            PUBLIC GET /stats
            STAFF GET /staff
            STAFF POST /staff/claims
            STAFF POST /staff/claims/release
            STAFF GET /staff/contracts
            STAFF GET /staff/funnel
            PUBLIC GET /stats/funnel
            STAFF POST /staff/imports
            STAFF GET /staff/imports
            STAFF GET /staff/jobs
            STAFF GET /staff/jobs/{id}
            STAFF POST /staff/matches/recomputation
            STAFF GET /staff/listings
            STAFF POST /staff/listings/{id}/review
            STAFF POST /staff/listings/revisions/{id}/review
            STAFF GET /staff/organisations
            STAFF GET /staff/organisations/{id}
            STAFF POST /staff/organisations/{id}/decision
            STAFF POST /staff/users/{id}/membership-approval
            STAFF GET /staff/vouchers
            STAFF POST /staff/vouchers/programs
            STAFF POST /staff/vouchers/providers/{id}/decision
            STAFF POST /staff/vouchers/redemptions/{id}/decision
            PUBLIC GET /vouchers
            PUBLIC GET /vouchers/programs/{id}
            STAFF POST /vouchers/programs/{id}/applications/{applicationId}/decision
            MEMBER POST /vouchers/programs/{id}/apply
            STAFF POST /vouchers/programs/{id}/lottery
            STAFF POST /vouchers/programs/{id}/open
            STAFF POST /vouchers/programs/{id}/close
            STAFF POST /vouchers/programs/{id}/delete
            PUBLIC GET /api/v1/challenges
            STAFF POST /api/v1/challenges
            PUBLIC GET /api/v1/challenges/{id}
            STAFF PUT /api/v1/challenges/{id}
            STAFF POST /api/v1/challenges/{id}/open
            STAFF GET /api/v1/challenges/{id}/suggestions
            MEMBER GET /api/v1/challenges/{id}/submission
            MEMBER PUT /api/v1/challenges/{id}/submission
            MEMBER POST /api/v1/challenges/{id}/submission/attachments
            STAFF GET /api/v1/challenges/{id}/submissions
            MEMBER+OWN GET /api/v1/challenges/{id}/submissions/{submissionId}
            MEMBER+OWN GET /api/v1/challenges/{id}/submissions/{submissionId}/attachments/{attachmentId}
            PUBLIC GET /challenges
            PUBLIC GET /challenges/{id}
            MEMBER GET /challenges/{id}/submission
            MEMBER POST /challenges/{id}/submission
            MEMBER POST /challenges/{id}/submission/attachments
            STAFF GET /staff/challenges
            STAFF GET /staff/challenges/new
            STAFF POST /staff/challenges/new
            STAFF GET /staff/challenges/{id}
            STAFF GET /staff/challenges/{id}/edit
            STAFF POST /staff/challenges/{id}/edit
            STAFF POST /staff/challenges/{id}/open
            STAFF GET /staff/challenges/{id}/submissions/{submissionId}
            STAFF POST /api/v1/reviewers
            STAFF GET /api/v1/reviewers
            STAFF GET /api/v1/challenges/{id}/reviewers
            STAFF POST /api/v1/challenges/{id}/reviewers
            STAFF GET /api/v1/challenges/{id}/assignments
            STAFF POST /api/v1/challenges/{id}/assignments
            STAFF POST /api/v1/challenges/{id}/assignments/even
            STAFF POST /api/v1/challenges/{id}/review
            STAFF GET /api/v1/challenges/{id}/ranking
            STAFF PUT /api/v1/challenges/{id}/shortlist
            STAFF POST /api/v1/challenges/{id}/final
            STAFF POST /api/v1/challenges/{id}/publicity
            STAFF GET /api/v1/challenges/{id}/objections
            MEMBER POST /api/v1/challenges/{id}/objections
            STAFF POST /api/v1/objections/{id}/decision
            STAFF POST /api/v1/challenges/{id}/award
            STAFF POST /api/v1/challenges/{id}/no-award
            REVIEWER GET /api/v1/reviewer/assignments
            REVIEWER GET /api/v1/reviewer/submissions/{id}
            REVIEWER PUT /api/v1/reviewer/submissions/{id}/scores
            REVIEWER GET /api/v1/reviewer/conflicts
            REVIEWER POST /api/v1/reviewer/conflicts
            REVIEWER GET /reviewer
            REVIEWER GET /reviewer/submissions/{id}
            REVIEWER POST /reviewer/submissions/{id}
            REVIEWER GET /reviewer/conflicts
            REVIEWER POST /reviewer/conflicts
            STAFF GET /staff/challenges/{id}/review
            STAFF POST /staff/challenges/{id}/review/{step}
            STAFF POST /staff/objections/{id}/decision
            PUBLIC GET /challenges/{id}/objections
            MEMBER POST /challenges/{id}/objections
            PUBLIC GET /api/v1/expos
            STAFF POST /api/v1/expos
            PUBLIC GET /api/v1/expos/{id}
            STAFF PUT /api/v1/expos/{id}
            PUBLIC GET /api/v1/expos/{id}/figures
            STAFF POST /api/v1/expos/{id}/exhibitors
            STAFF POST /api/v1/expos/{id}/results
            STAFF POST /api/v1/expos/{id}/sessions
            STAFF POST /api/v1/expos/{id}/deals
            PUBLIC GET /expos
            PUBLIC GET /expos/{id}
            STAFF GET /staff/expos/new
            STAFF POST /staff/expos/new
            STAFF GET /staff/expos/{id}/edit
            STAFF POST /staff/expos/{id}/edit
            STAFF POST /staff/expos/{id}/exhibitors
            STAFF POST /staff/expos/{id}/results
            STAFF POST /staff/expos/{id}/sessions
            STAFF POST /staff/expos/{id}/deals
            """;

    /** Operations that end every session and token of the caller. */
    static final Set<String> ENDS_EVERYTHING = Set.of("POST /api/v1/me/sessions/end");

    @Inject
    AccountFixtures accounts;

    @Inject
    VoucherFixtures vouchers;

    @Inject
    ListingFixtures listings;

    @Inject
    ContractFixtures contracts;

    @Inject
    org.techmarket.challenge.ChallengeFixtures challenges;

    @Inject
    org.techmarket.challenge.ChallengeReviewFixtures reviewFixtures;

    @Inject
    org.techmarket.expo.ExpoFixtures expos;

    record Rule(String access, boolean own) {
    }

    record Caller(String name, String token, boolean staff, boolean admin) {
    }

    @Test
    void shouldDenyEveryOperationToEveryoneTheRulesKeepOut() {
        Map<String, Rule> table = new LinkedHashMap<>();
        TABLE.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(line -> {
            String[] parts = line.split(" ", 2);
            table.put(parts[1], new Rule(parts[0].replace("+OWN", ""), parts[0].endsWith("+OWN")));
        });
        Map<String, Map<String, Object>> paths = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        Map<String, String> contentTypes = new LinkedHashMap<>();
        paths.forEach((path, ops) -> ops.forEach((method, op) -> {
            if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                Object body = ((Map<?, ?>) op).get("requestBody");
                Object content = body == null ? null : ((Map<?, ?>) body).get("content");
                String type = content == null ? "" : String.join(",", ((Map<String, ?>) content).keySet());
                contentTypes.put(method.toUpperCase() + " " + path, type);
            }
        }));
        Set<String> unclassified = new TreeSet<>(contentTypes.keySet());
        unclassified.removeAll(table.keySet());
        Set<String> gone = new TreeSet<>(table.keySet());
        gone.removeAll(contentTypes.keySet());
        assertTrue(unclassified.isEmpty(), "operations missing from the access table: " + unclassified);
        assertTrue(gone.isEmpty(), "operations in the access table but not in the API: " + gone);

        // The world: enterprise E (organisation A) with a voucher, an order and a redemption at provider P;
        // researcher X (organisation C) with a result; a case and a contract between X and E; an inquiry.
        World w = vouchers.world(1_000_000);
        int order = vouchers.order(w, 20_000);
        vouchers.reserve(w, order, 10_000);
        int redemption = vouchers.redemption(w, order);
        int openOrder = vouchers.order(w, 20_000);
        Person researcher = accounts.researcher();
        Listing need = listings.publishedNeed(w.enterprise(), "访问矩阵测试需求", "访问矩阵测试用的需求");
        Listing result = listings.publishedResult(researcher, "访问矩阵测试成果", "访问矩阵测试用的成果");
        int caseId = VoucherFixtures.as(w.enterprise()).body(Map.of("needId", need.id, "resultId", result.id))
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
        int contract = VoucherFixtures.as(researcher).body(contracts.body(w.enterprise(), ContractFixtures.uniqueProject()))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        int inquiry = VoucherFixtures.as(researcher).body(Map.of("message", "请问可以合作吗？"))
                .post("/api/v1/needs/{id}/inquiries", need.id).then().statusCode(201).extract().path("id");
        int application = VoucherFixtures.as(w.staff()).get("/api/v1/voucher-programs/{id}/applications", w.programId())
                .then().statusCode(200).extract().path("[0].id");
        int providerRegistration = VoucherFixtures.as(w.staff()).get("/api/v1/providers").then().statusCode(200)
                .extract().path("find { it.organisationId == " + w.provider().organisationId() + " }.id");
        Person joiner = accounts.joinerOf(w.enterprise(), "ENTERPRISE");
        // Staff may approve joiners: the approval operations aim at another joiner, so that the calling one stays unapproved.
        Person approvalTarget = accounts.joinerOf(w.enterprise(), "ENTERPRISE");
        int ownerToken = VoucherFixtures.as(w.enterprise()).body(Map.of("name", "owner", "currentPassword", w.enterprise().password())).post("/api/v1/me/tokens")
                .then().statusCode(201).extract().path("token.id");

        Map<String, Object> ids = new HashMap<>();
        ids.put("cases", caseId);
        ids.put("deals", caseId);
        ids.put("contracts", contract);
        ids.put("inquiries", inquiry);
        ids.put("inbox", inquiry);
        ids.put("listing-imports", 999_999);
        ids.put("listing-revisions", 999_999);
        ids.put("revisions", 999_999);
        ids.put("needs", need.id);
        ids.put("results", result.id);
        ids.put("listings", need.id);
        ids.put("organisations", w.enterprise().organisationId());
        ids.put("providers", providerRegistration);
        ids.put("redemptions", redemption);
        ids.put("service-orders", openOrder);
        ids.put("orders", openOrder);
        ids.put("users", approvalTarget.id());
        ids.put("members", approvalTarget.id());
        ids.put("expos", expos.expo(w.staff(), java.time.LocalDate.now(), java.time.LocalDate.now().plusDays(2)));
        ids.put("voucher-programs", w.programId());
        ids.put("programs", w.programId());
        ids.put("tokens", ownerToken);
        ids.put("challenges", challenges.open(w.staff(), "访问矩阵测试揭榜项目"));
        // The enterprise's own notification (its voucher was issued): everyone else is refused it.
        ids.put("notifications", VoucherFixtures.as(w.enterprise()).get("/api/v1/notifications").then().statusCode(200)
                .extract().path("[0].id"));

        // Where a request is checked for its shape before the record is looked up (money calls take the order
        // in one conditional update), a well-formed body aims the check at the record itself.
        Map<String, Object> bodies = Map.of(
                "POST /api/v1/service-orders/{id}/voucher", Map.of("voucherId", w.voucherId(), "amountFen", 1_000));

        Map<String, Map<String, String>> formFields = Map.of(
                "POST /my/vouchers/orders/{id}/cancel", Map.of("key", UUID.randomUUID().toString()),
                "POST /my/vouchers/orders/{id}/voucher", Map.of("key", UUID.randomUUID().toString(),
                        "voucherId", String.valueOf(w.voucherId()), "amount", "10"),
                "POST /my/vouchers/orders/{id}/redemption", Map.of("invoiceNumber", "INV-" + UUID.randomUUID()));

        List<Caller> callers = List.of(
                new Caller("anonymous", null, false, false),
                new Caller("unapproved joiner of A", token(joiner), false, false),
                new Caller("founder of a pending enterprise", token(accounts.founderOfPending("ENTERPRISE", OrganisationType.ENTERPRISE)),
                        false, false),
                new Caller("founder of a pending institute", token(accounts.founderOfPending("RESEARCHER", OrganisationType.UNIVERSITY)),
                        false, false),
                new Caller("enterprise of another organisation", token(accounts.enterprise()), false, false),
                new Caller("researcher of another organisation", token(accounts.researcher()), false, false),
                new Caller("provider of another organisation", token(accounts.provider()), false, false),
                new Caller("staff", token(accounts.staff()), true, false),
                new Caller("reviewer", token(reviewFixtures.reviewer()), false, false));
        Response csrfPage = given().get("/password/forgot");
        String csrfCookie = csrfPage.getCookie("techmarket-csrf");
        String csrfToken = csrfPage.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");

        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (var entry : table.entrySet()) {
            String[] op = entry.getKey().split(" ", 2);
            Rule rule = entry.getValue();
            String path = resolve(op[1], ids);
            boolean api = op[1].startsWith("/api/");
            for (Caller caller : callers) {
                if (caller.token() != null && ENDS_EVERYTHING.contains(entry.getKey())) {
                    requests++; // would revoke the caller's token for the rest of the walk; anonymous is what is asserted
                    continue;
                }
                RequestSpecification request = given().redirects().follow(false).header("Idempotency-Key",
                        UUID.randomUUID().toString());
                if (caller.token() != null) {
                    request.header("Authorization", "Bearer " + caller.token());
                }
                String type = contentTypes.get(entry.getKey());
                if (!op[0].equals("GET") && !op[0].equals("DELETE")) {
                    Map<String, String> fields = formFields.getOrDefault(entry.getKey(), Map.of());
                    if (type.contains("multipart")) {
                        request.multiPart("file", "x.pdf", VoucherFixtures.PDF, "application/pdf");
                        fields.forEach(request::multiPart);
                        if (!api) {
                            request.multiPart("csrf-token", csrfToken).cookie("techmarket-csrf", csrfCookie);
                        }
                    } else if (api && (type.contains("json") || type.isEmpty())) {
                        request.contentType(ContentType.JSON).body(bodies.getOrDefault(entry.getKey(), Map.of()));
                    } else {
                        request.contentType(ContentType.URLENC).formParam("csrf-token", csrfToken)
                                .cookie("techmarket-csrf", csrfCookie);
                        fields.forEach(request::formParam);
                    }
                }
                Response response = request.request(op[0], path);
                requests++;
                int status = response.statusCode();
                String location = response.header("Location");
                String what = entry.getKey() + " as " + caller.name() + " → " + status;
                if (status >= 500) {
                    failures.add(what + " (server error)");
                    continue;
                }
                if (status == 405) {
                    // The document lists the operation, so another route took the request (a path under another's {id}).
                    failures.add(what + " (method not allowed: the operation is not reached)");
                    continue;
                }
                boolean denied = status == 401 || status == 403 || status == 404
                        || (!api && (status == 302 || status == 303) && location != null && location.contains("/login"));
                boolean mustDeny = switch (rule.access()) {
                    case "PUBLIC" -> false;
                    case "ACCOUNT" -> caller.token() == null || (rule.own() && !caller.staff());
                    case "MEMBER" -> caller.token() == null || caller.name().contains("pending")
                            || caller.name().contains("joiner") || caller.name().equals("reviewer")
                            || (rule.own() && !caller.staff());
                    case "STAFF" -> !caller.staff();
                    case "ADMIN" -> !caller.admin();
                    case "REVIEWER" -> !caller.name().equals("reviewer");
                    default -> throw new IllegalStateException(rule.access());
                };
                if (op[1].contains("/tokens/{id}")) {
                    mustDeny = true; // another person's token, staff included
                }
                if (mustDeny && !denied) {
                    failures.add(what + " (expected a denial)");
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + requests + " requests broke the rules:\n"
                + String.join("\n", failures));
        assertEquals(table.size() * callers.size(), requests);
    }

    private static String resolve(String path, Map<String, Object> ids) {
        String[] segments = path.split("/");
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String s = segments[i];
            out.append('/');
            if (s.equals("{id}")) {
                out.append(ids.getOrDefault(segments[i - 1], 999_999));
            } else if (s.equals("{applicationId}")) {
                out.append(ids.getOrDefault("applications", 999_999));
            } else if (s.equals("{kind}")) {
                out.append("LISTING");
            } else if (s.equals("{step}")) {
                out.append("submit");
            } else if (s.equals("{code}")) {
                out.append("620000");
            } else if (s.equals("{tag}")) {
                out.append("en");
            } else if (s.startsWith("{")) {
                out.append(999_999); // a second id (a submission of a challenge …): none of these
            } else {
                out.append(s);
            }
        }
        return out.length() == 0 ? "/" : out.toString();
    }

    private String token(Person p) {
        return VoucherFixtures.as(p).body(Map.of("name", "matrix", "currentPassword", p.password())).post("/api/v1/me/tokens")
                .then().statusCode(201).extract().path("secret");
    }

}

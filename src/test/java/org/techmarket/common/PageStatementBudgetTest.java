package org.techmarket.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.listing.Listing;
import org.techmarket.listing.ListingFixtures;

/**
 * The SQL statements each page sends stay within a budget and do not grow with the rows it shows
 * (no N+1): every page is asked twice, the second time with more listings published in between.
 */
@QuarkusTest
class PageStatementBudgetTest {

    @Inject
    ListingFixtures listings;

    @Inject
    AccountFixtures accounts;

    @Inject
    org.techmarket.voucher.VoucherFixtures vouchers;

    @Inject
    org.techmarket.expo.ExpoFixtures expos;

    /** The expo whose page is measured, with a deal; more exhibitors, results, sessions and deals come between rounds. */
    private static int expo;

    /**
     * Page → the most statements it may send (anonymous, or as the need's enterprise with Basic authentication,
     * which reads the account). Measured: browse = change version, page ids, the listings, their organisations,
     * the maintained facet counts; a one-word search adds the index settings, the count comes with the ranked
     * page, and a word that finds few listings asks the character index too (a second settings + ranked page);
     * a filtered browse counts and groups its facets; a listing's page = version, listing, organisation
     * (+ its similar listings once they have vectors), its views counted in memory. "/" reads its figures and lists
     * (tests read them on every request; an instance keeps them 10 s): the rollup of listings, cases, contracts, two
     * of the ledger, the newest results and needs (ids, cards), the latest contracts and the programs open; "/stats"
     * the same figures with their series, plus one statement for the expos' figures and one for the trading floor's
     * (measured 7). The funnel is one grouped query.
     */
    private static final Map<String, Integer> ANONYMOUS = new LinkedHashMap<>();
    private static final Map<String, Integer> SIGNED_IN = new LinkedHashMap<>();
    /**
     * Staff pages, asked as a staff member. The workbench with every queue filled (measured 16): one statement per
     * queue, the proofs and the anomaly flags of the redemptions, the titles of the listings revised, the programs
     * applied to, the organisations named, the holders of claims (StaffWorkbenchTest checks it does not grow).
     * The background jobs (measured 3): the account, the unread count, one page of jobs.
     */
    private static final Map<String, Integer> STAFF = new LinkedHashMap<>();
    /**
     * Challenge review pages, asked as the reviewer assigned to both submissions: the list (measured 3: account,
     * unread count, assignments) and conflicts (3), a submission with its scoring form (measured 8: account, unread
     * count, the unsealed submission, the assignment, the conflict check, the challenge, the scores, the criteria).
     */
    private static final Map<String, Integer> REVIEW = new LinkedHashMap<>();
    /** A page asked as htmx asks it, for the part it replaces. */
    private static final String HTMX = " (htmx)";

    static {
        ANONYMOUS.put("/", 12);
        ANONYMOUS.put("/stats", 7);
        // An expo: the expo, its exhibitors, results, sessions, deals, and which deals' contracts are registered.
        ANONYMOUS.put("/expos", 1);
        ANONYMOUS.put("/expos/{expo}", 6);
        ANONYMOUS.put("/results", 5);
        ANONYMOUS.put("/needs", 5);
        ANONYMOUS.put("/results?q=预算测试膜", 8);
        ANONYMOUS.put("/results?q=预算测试 分离膜", 6);
        ANONYMOUS.put("/results?field=NEW_MATERIALS", 6);
        ANONYMOUS.put("/results/{result}", 4);
        ANONYMOUS.put("/needs/{need}", 4);
        ANONYMOUS.put("/stats/funnel", 1);
        ANONYMOUS.put("/stats/funnel?year=2026&quarter=2", 1);
        // Followed in place (htmx): the results and facets only, never cached (no change version read).
        ANONYMOUS.put("/results?field=NEW_MATERIALS" + HTMX, 6);
        // The region picker's pages read the GB/T 2260 table once per instance (measured 0 once it is held).
        ANONYMOUS.put("/register", 1);
        ANONYMOUS.put("/regions/620000/children", 1);
        // Challenges: the list, its owners' names (staff: + the account and the unread count; the form: the owners).
        ANONYMOUS.put("/challenges", 2);
        SIGNED_IN.put("/needs/{need}/matches", 11);
        SIGNED_IN.put("/deals", 3);
        SIGNED_IN.put("/vouchers", 4);
        SIGNED_IN.put("/results", 6);
        SIGNED_IN.put("/my/listings", 3);
        SIGNED_IN.put("/my/listings/new", 3);
        SIGNED_IN.put("/notifications", 4);
        STAFF.put("/staff", 16);
        // The queues that decide rows in place (measured 4, 4, and 14 to 17 for the desk with what other tests left:
        // ledger checks, anomaly flags, a proof read per redemption).
        STAFF.put("/staff/listings", 6);
        STAFF.put("/staff/organisations", 4);
        STAFF.put("/staff/vouchers", 18);
        STAFF.put("/staff/jobs", 3);
        STAFF.put("/staff/challenges", 4);
        STAFF.put("/staff/challenges/new", 3);
        // The review page of a challenge (measured 9): account, unread count, challenge, objections, its reviewers,
        // all reviewers, assignments, criteria, ranking lines; a second reviewer's scores add nothing.
        STAFF.put("/staff/challenges/{challenge}/review", 9);
        REVIEW.put("/reviewer", 3);
        REVIEW.put("/reviewer/conflicts", 3);
        REVIEW.put("/reviewer/submissions/{submission}", 8);
        STAFF.put("/expos/{expo}", 8);
        // Trading: the trades on sale and the open auctions, each list with its counts in a fixed number of statements.
        ANONYMOUS.put("/trades", 6);
        STAFF.put("/staff/trades", 16);
    }

    private org.techmarket.challenge.ChallengeReviewFixtures.Closed challenge;
    private Person reviewer;

    @Inject
    org.techmarket.challenge.ChallengeReviewFixtures challenges;

    @Test
    void shouldKeepEveryPageWithinItsStatementBudgetWhateverItShows() {
        Person researcher = accounts.researcher();
        Person enterprise = accounts.enterprise();
        Listing need = listings.publishedNeed(enterprise, "预算测试需求分离膜", "需要预算测试分离膜");
        Listing result = listings.publishedResult(researcher, "预算测试膜成果", "预算测试分离膜的制备");
        vouchers.world(10_000_000, 2_000_000);
        challenge = challenges.closed(2);
        reviewer = challenges.reviewer();
        challenges.underReview(challenge, reviewer);
        challenges.score(challenge, reviewer, challenge.team(0), 6, 6);
        Person staff = accounts.staff();
        expo = expos.expo(staff, java.time.LocalDate.now(), java.time.LocalDate.now().plusDays(1));
        exhibit(staff, result, enterprise);
        Map<String, Integer> first = counts(need, result, enterprise);
        // More reviews in the ranking: a second reviewer assigned to both submissions, both scored.
        Person secondReviewer = challenges.reviewer();
        org.techmarket.challenge.ChallengeReviewFixtures.as(challenge.staff()).body(Map.of("reviewerId", secondReviewer.id()))
                .post("/api/v1/challenges/{id}/reviewers", challenge.id()).then().statusCode(200);
        challenge.teams().forEach(t -> {
            org.techmarket.challenge.ChallengeReviewFixtures.as(challenge.staff())
                    .body(Map.of("submissionId", t.submissionId(), "reviewerId", secondReviewer.id()))
                    .post("/api/v1/challenges/{id}/assignments", challenge.id()).then().statusCode(200);
            challenges.score(challenge, secondReviewer, t, 8, 3);
        });
        // More of everything the pages list: listings, and open voucher programs with their vouchers.
        vouchers.world(10_000_000, 2_000_000);
        vouchers.world(10_000_000, 2_000_000);
        for (int i = 0; i < 6; i++) {
            listings.publishedResult(accounts.researcher(), "预算测试膜成果" + i, "预算测试分离膜第" + i + "种");
            listings.publishedNeed(accounts.enterprise(), "预算测试需求" + i, "需要预算测试分离膜" + i);
        }
        exhibit(staff, listings.publishedResult(accounts.researcher(), "预算测试博览会成果", "预算测试展出"),
                accounts.enterprise());
        Map<String, Integer> second = counts(need, result, enterprise);
        StringBuilder report = new StringBuilder();
        first.forEach((page, n) -> report.append(page).append(": ").append(n).append(" then ").append(second.get(page))
                .append('\n'));
        System.out.println("Statements per page:\n" + report);
        first.forEach((page, n) -> {
            int budget = page.startsWith("signed-in ") ? SIGNED_IN.get(page.substring(10))
                    : page.startsWith("staff ") ? STAFF.get(page.substring(6))
                    : page.startsWith("reviewer ") ? REVIEW.get(page.substring(9)) : ANONYMOUS.get(page);
            assertTrue(n <= budget, page + " sent " + n + " statements, its budget is " + budget + "\n" + report);
            // A listing's page shows its similar listings (one statement for all of them) once the background
            // pass has stored vectors, which may happen between the two rounds; nothing else may grow.
            int grows = page.matches("/(results|needs)/\\{\\w+}") ? 1 : 0;
            assertTrue(second.get(page) <= n + grows, page + " sent more statements with more rows to show\n" + report);
        });
    }

    /** Shows the result at the expo, with a pitch of its organisation and a deal with the buyer. */
    private static void exhibit(Person staff, Listing result, Person buyer) {
        org.techmarket.voucher.VoucherFixtures.as(staff).body(Map.of("resultId", result.id))
                .post("/api/v1/expos/{id}/results", expo).then().statusCode(201);
        java.time.LocalDate today = java.time.LocalDate.now();
        org.techmarket.voucher.VoucherFixtures.as(staff).body(org.techmarket.expo.ExpoFixtures.session("预算路演",
                result.organisationId, today + "T09:00:00", today + "T10:00:00"))
                .post("/api/v1/expos/{id}/sessions", expo).then().statusCode(201);
        org.techmarket.expo.ExpoFixtures.recordDeal(staff, expo, org.techmarket.expo.ExpoFixtures.deal(result.id,
                buyer.organisationId(), 1_000_000L, today)).then().statusCode(201);
    }

    private Map<String, Integer> counts(Listing need, Listing result, Person enterprise) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        ANONYMOUS.keySet().forEach(page -> counts.put(page, count(given(), page, need, result)));
        SIGNED_IN.keySet().forEach(page -> counts.put("signed-in " + page, count(
                given().auth().preemptive().basic(enterprise.username(), enterprise.password()), page, need, result)));
        Person staff = accounts.staff();
        STAFF.keySet().forEach(page -> counts.put("staff " + page, count(
                given().auth().preemptive().basic(staff.username(), staff.password()), page, need, result)));
        REVIEW.keySet().forEach(page -> counts.put("reviewer " + page, count(
                given().auth().preemptive().basic(reviewer.username(), reviewer.password()), page, need, result)));
        return counts;
    }

    private int count(RequestSpecification request, String page, Listing need, Listing result) {
        String label = UUID.randomUUID().toString();
        String path = page.replace(HTMX, "").replace("{need}", need.id.toString()).replace("{result}", result.id.toString())
                .replace("{challenge}", String.valueOf(challenge.id()))
                .replace("{submission}", String.valueOf(challenge.team(0).submissionId()))
                .replace("{expo}", String.valueOf(expo));
        if (page.endsWith(HTMX)) {
            request = request.header(Htmx.REQUEST, "true");
        }
        int status = request.header(StatementCounter.HEADER, label).when().get(path).statusCode();
        assertEquals(200, status, path);
        return StatementCounter.of(label);
    }
}

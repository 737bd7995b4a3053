package org.techmarket.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.techmarket.voucher.VoucherFixtures.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.account.OrganisationType;
import org.techmarket.common.Caller;
import org.techmarket.common.Roles;
import org.techmarket.common.StatementCounter;
import org.techmarket.contract.ContractFixtures;
import org.techmarket.listing.Listing;
import org.techmarket.listing.ListingFixtures;
import org.techmarket.listing.ListingKind;
import org.techmarket.listing.ListingService;
import org.techmarket.voucher.VoucherFixtures;
import org.techmarket.voucher.VoucherFixtures.World;

/**
 * The staff workbench: every queue with its count, rows oldest first (contracts overdue first) with
 * their age, claims that one staff member holds and another is refused, the "only mine" filter, and
 * who may see it. Each test asserts on the records it creates; other tests' records may wait beside them.
 */
@QuarkusTest
class StaffWorkbenchTest {

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingFixtures listings;

    @Inject
    ListingService listingService;

    @Inject
    ContractFixtures contracts;

    @Inject
    VoucherFixtures vouchers;

    @Inject
    StaffWorkbench workbench;

    @Inject
    WorkClaims claims;

    @Inject
    EntityManager em;

    /** One waiting item of every queue, made by the real workflows. */
    record Queued(long listing, long revision, long organisation, long member, long contract, long application,
            long provider, long redemption) {
    }

    // ---- queues --------------------------------------------------------------------------------

    @Test
    void shouldListEveryQueueWithItsCountAndItsRowsOldestFirstWithTheirAge() {
        Person staff = accounts.staff();
        Queued q = everyQueue();
        long older = submittedResult(accounts.researcher(), "工作台九天前的成果");
        long newer = submittedNeed(accounts.enterprise(), "工作台两天前的需求");
        backdateListing(older, 9);
        backdateListing(newer, 2);

        JsonPath view = queues(staff, "");
        List<Integer> listingIds = ids(view, "LISTING");
        assertTrue(listingIds.indexOf((int) older) >= 0 && listingIds.indexOf((int) older) < listingIds.indexOf((int) newer),
                "the listing waiting 9 days comes before the one waiting 2 days: " + listingIds);
        assertEquals(9, item(view, "LISTING", older).getInt("ageDays"));
        assertEquals(2, item(view, "LISTING", newer).getInt("ageDays"));
        assertEquals("/results/" + older, item(view, "LISTING", older).getString("href"));
        for (WorkKind kind : WorkKind.values()) {
            List<String> since = view.getList("queues.find { it.kind == '" + kind + "' }.items.since");
            List<String> sorted = new ArrayList<>(since);
            if (kind != WorkKind.CONTRACT) {
                Collections.sort(sorted, (a, b) -> OffsetDateTime.parse(a).compareTo(OffsetDateTime.parse(b)));
                assertEquals(sorted, since, kind + " rows are oldest first");
            }
            int count = view.getInt("queues.find { it.kind == '" + kind + "' }.count");
            assertTrue(count >= 1 && count >= since.size(), kind + " counts what waits in it: " + count);
        }
        assertTrue(ids(view, "REVISION").contains((int) q.revision()), "the pending revision");
        assertTrue(ids(view, "ORGANISATION").contains((int) q.organisation()), "the pending organisation");
        assertTrue(ids(view, "MEMBER").contains((int) q.member()), "the joiner");
        assertEquals(0, item(view, "MEMBER", q.member()).getInt("ageDays"));
        assertTrue(ids(view, "CONTRACT").contains((int) q.contract()), "the submitted contract");
        assertTrue(ids(view, "APPLICATION").contains((int) q.application()), "the voucher application");
        assertTrue(ids(view, "PROVIDER").contains((int) q.provider()), "the provider registration");
        assertTrue(ids(view, "REDEMPTION").contains((int) q.redemption()), "the redemption");
        assertTrue(ids(view, "ANOMALY").contains((int) q.redemption()), "the flagged redemption");
        assertTrue(item(view, "ANOMALY", q.redemption()).getList("flags.flag").contains("SHARED_CONTACT"));

        String zh = page(staff, "/staff").then().statusCode(200).extract().asString();
        assertTrue(row(zh, "listing-" + older).contains("提交于 9 天前"), row(zh, "listing-" + older));
        assertTrue(row(zh, "member-" + q.member()).contains("今天提交"));
        assertTrue(row(zh, "anomaly-" + q.redemption()).contains("服务机构与企业的联系电话或邮箱相同"));
        String en = page(staff, "/staff", "en").then().statusCode(200).extract().asString();
        assertTrue(row(en, "listing-" + older).contains("9 days ago"), row(en, "listing-" + older));
        assertTrue(en.contains("Listings to review") && en.contains("Anomaly flags"));
    }

    @Test
    void shouldPutOverdueContractsFirstThenByDueDateAndSayOverdueInWords() {
        Person staff = accounts.staff();
        ContractFixtures.Parties p = contracts.parties();
        long fresh = submittedContract(p);
        long soon = submittedContract(p);
        long overdue = submittedContract(p);
        backdateContract(soon, 25);
        backdateContract(overdue, 35);

        JsonPath view = queues(staff, "");
        List<Integer> order = ids(view, "CONTRACT");
        assertTrue(order.indexOf((int) overdue) < order.indexOf((int) soon) && order.indexOf((int) soon) < order.indexOf((int) fresh),
                "overdue, then due in 5 days, then due in 30 days: " + order);
        assertTrue(item(view, "CONTRACT", overdue).getBoolean("overdue"));
        assertFalse(item(view, "CONTRACT", soon).getBoolean("overdue"));
        assertEquals(LocalDate.now(Period.MARKET_ZONE).minusDays(5).toString(), item(view, "CONTRACT", overdue).getString("dueDate"));
        List<Boolean> flags = view.getList("queues.find { it.kind == 'CONTRACT' }.items.overdue");
        assertEquals(flags.stream().sorted(Collections.reverseOrder()).toList(), flags, "every overdue contract comes first");

        String html = page(staff, "/staff").then().statusCode(200).extract().asString();
        assertTrue(row(html, "contract-" + overdue).contains("已超期"), row(html, "contract-" + overdue));
        assertTrue(row(html, "contract-" + overdue).contains("超出期限 5 天"));
        assertTrue(row(html, "contract-" + overdue).contains("overdue-row"));
        assertFalse(row(html, "contract-" + soon).contains("已超期"));
        assertTrue(row(html, "contract-" + soon).contains("还剩 5 天"));
    }

    // ---- claims --------------------------------------------------------------------------------

    @Test
    void shouldLetOneStaffMemberTakeAnItemRefuseTheSecondAndFreeItWhenReleased() {
        Person a = namedStaff("审核员甲");
        Person b = namedStaff("审核员乙");
        long listing = submittedResult(accounts.researcher(), "工作台认领测试成果");

        take(a, "LISTING", listing).then().statusCode(201)
                .header("Location", containsString("/api/v1/staff/claims/LISTING/" + listing))
                .body("userId", equalTo((int) a.id())).body("mine", equalTo(true));
        take(a, "LISTING", listing).then().statusCode(200).body("userId", equalTo((int) a.id()));
        take(b, "LISTING", listing).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(displayName(a)));

        JsonPath seenByB = queues(b, "");
        assertEquals(a.id(), item(seenByB, "LISTING", listing).getLong("claim.userId"));
        assertEquals(displayName(a), item(seenByB, "LISTING", listing).getString("claim.holder"));
        assertFalse(item(seenByB, "LISTING", listing).getBoolean("claim.mine"));
        assertTrue(row(page(b, "/staff").asString(), "listing-" + listing).contains("由 " + displayName(a) + " 处理"));
        assertTrue(row(page(a, "/staff").asString(), "listing-" + listing).contains("由我处理"));

        as(b).delete("/api/v1/staff/claims/LISTING/{id}", listing).then().statusCode(409);
        as(a).delete("/api/v1/staff/claims/LISTING/{id}", listing).then().statusCode(204);
        as(a).delete("/api/v1/staff/claims/LISTING/{id}", listing).then().statusCode(404);
        assertNull(item(queues(b, ""), "LISTING", listing).get("claim"));
        take(b, "LISTING", listing).then().statusCode(201).body("userId", equalTo((int) b.id()));
    }

    @Test
    void shouldRefuseToTakeWhatDoesNotWaitAndSayWhichFieldIsWrong() {
        Person staff = accounts.staff();
        take(staff, "LISTING", 999_999_999L).then().statusCode(404);
        as(staff).body(Map.of("kind", "NOTHING", "id", 1)).post("/api/v1/staff/claims").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("kind"));
        as(staff).body(Map.of("kind", "LISTING")).post("/api/v1/staff/claims").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("id"));
        as(staff).delete("/api/v1/staff/claims/NOTHING/1").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("kind"));
        as(staff).get("/api/v1/staff/queues?mine=maybe").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("mine"));
    }

    @Test
    void shouldLetTheDatabaseDecideWhenTwoTakeTheSameItemAtOnce() throws Exception {
        Person a = accounts.staff();
        Person b = accounts.staff();
        long member = accounts.joinerOf(accounts.enterprise(), Roles.ENTERPRISE).id();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // A's claim is written but not committed when B tries: B waits for it, then is refused.
            CountDownLatch written = new CountDownLatch(1);
            CountDownLatch commit = new CountDownLatch(1);
            Future<?> first = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                assertTrue(claims.tryTake(WorkKind.MEMBER, member, a.id(), OffsetDateTime.now().minusYears(1)));
                written.countDown();
                await(commit);
            }));
            assertTrue(written.await(30, TimeUnit.SECONDS));
            Future<Throwable> second = pool.submit(() -> {
                try {
                    workbench.take(staffCaller(b), WorkKind.MEMBER, member);
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            });
            Thread.sleep(500);
            assertFalse(second.isDone(), "B waits on A's uncommitted claim");
            commit.countDown();
            first.get(30, TimeUnit.SECONDS);
            Throwable refused = second.get(30, TimeUnit.SECONDS);
            assertInstanceOf(ClaimRefusedException.class, refused);
            assertEquals(a.id(), ((ClaimRefusedException) refused).holder().userId());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldGiveAnItemToExactlyOneOfSeveralStaffTakingItConcurrently() throws Exception {
        long listing = submittedResult(accounts.researcher(), "工作台并发认领成果");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tokens.add(token(accounts.staff()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> outcomes = new ArrayList<>();
            for (String token : tokens) {
                outcomes.add(pool.submit(() -> {
                    await(start);
                    return given().header("Authorization", "Bearer " + token).contentType("application/json")
                            .body(Map.of("kind", "LISTING", "id", listing)).post("/api/v1/staff/claims").statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : outcomes) {
                statuses.add(f.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, Collections.frequency(statuses, 201), statuses.toString());
            assertEquals(tokens.size() - 1, Collections.frequency(statuses, 409), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldShowOnlyTheCallersItemsWhenFiltered() {
        Person a = namedStaff("审核员丙");
        Person b = namedStaff("审核员丁");
        long mine = submittedResult(accounts.researcher(), "工作台我的成果" + UUID.randomUUID().toString().substring(0, 6));
        long theirs = submittedResult(accounts.researcher(), "工作台别人的成果" + UUID.randomUUID().toString().substring(0, 6));
        long nobodys = submittedResult(accounts.researcher(), "工作台无人认领成果" + UUID.randomUUID().toString().substring(0, 6));
        take(a, "LISTING", mine).then().statusCode(201);
        take(b, "LISTING", theirs).then().statusCode(201);

        JsonPath only = queues(a, "?mine=true");
        assertTrue(only.getBoolean("onlyMine"));
        assertEquals(List.of((int) mine), ids(only, "LISTING"));
        assertTrue(ids(queues(a, ""), "LISTING").containsAll(List.of((int) mine, (int) theirs, (int) nobodys)));
        List<Boolean> allMine = only.getList("queues.items.flatten().claim.mine");
        assertFalse(allMine.contains(false));

        String html = page(a, "/staff?mine=true").then().statusCode(200).extract().asString();
        assertTrue(html.contains("id=\"listing-" + mine + "\""));
        assertFalse(html.contains("id=\"listing-" + theirs + "\""));
        assertFalse(html.contains("id=\"listing-" + nobodys + "\""));
        assertTrue(html.contains("只看由我处理"));
    }

    @Test
    void shouldForgetAClaimOnceItsItemLeftTheQueueEvenWhenItComesBack() {
        Person a = accounts.staff();
        Person b = accounts.staff();
        Person researcher = accounts.researcher();
        long listing = submittedResult(researcher, "工作台退回再提交的成果");
        take(a, "LISTING", listing).then().statusCode(201);
        listingService.review(staffCaller(b), listing, ListingKind.RESULT, ListingService.Decision.RETURN, "请补充专利号");

        assertFalse(ids(queues(a, ""), "LISTING").contains((int) listing), "a returned listing no longer waits");
        assertFalse(ids(queues(a, "?mine=true"), "LISTING").contains((int) listing));
        take(a, "LISTING", listing).then().statusCode(404);

        listingService.submit(ListingFixtures.caller(researcher, Roles.RESEARCHER), listing, ListingKind.RESULT);
        assertNull(item(queues(a, ""), "LISTING", listing).get("claim"), "the claim of the earlier round is gone");
        take(b, "LISTING", listing).then().statusCode(201).body("userId", equalTo((int) b.id()));
    }

    @Test
    void shouldTakeAndReleaseFromThePageBackToTheRowWithAFlash() {
        Person a = accounts.staff();
        Person b = accounts.staff();
        long listing = submittedResult(accounts.researcher(), "工作台页面认领成果");

        Response taken = form(a, "/staff/claims", Map.of("kind", "LISTING", "id", String.valueOf(listing)));
        taken.then().statusCode(303);
        assertTrue(taken.header("Location").endsWith("/staff#listing-" + listing), taken.header("Location"));
        assertEquals("flash_claim_taken", taken.getCookie("techmarket-flash"));

        Response refused = form(b, "/staff/claims", Map.of("kind", "LISTING", "id", String.valueOf(listing), "mine", "true"));
        refused.then().statusCode(303);
        assertTrue(refused.header("Location").endsWith("/staff?mine=true#listing-" + listing));
        assertEquals("flash_claim_refused", refused.getCookie("techmarket-flash"));
        // The flash is shown on the page the POST leads to.
        given().auth().preemptive().basic(b.username(), b.password()).cookie("techmarket-flash", "flash_claim_refused")
                .get("/staff").then().statusCode(200).body(containsString("未能接手"));

        Response released = form(a, "/staff/claims/release", Map.of("kind", "LISTING", "id", String.valueOf(listing)));
        released.then().statusCode(303);
        assertEquals("flash_claim_released", released.getCookie("techmarket-flash"));
        assertNull(item(queues(b, ""), "LISTING", listing).get("claim"));

        form(a, "/staff/claims", Map.of("kind", "NOTHING", "id", "1")).then().statusCode(400).body(containsString("kind"));
        Response gone = form(a, "/staff/claims", Map.of("kind", "LISTING", "id", "999999999"));
        assertEquals(303, gone.statusCode());
        assertEquals("flash_claim_gone", gone.getCookie("techmarket-flash"));
    }

    // ---- access and language -------------------------------------------------------------------

    @Test
    void shouldSendAnonymousVisitorsToLogInAndRefuseEnterpriseMembers() {
        given().redirects().follow(false).get("/staff").then().statusCode(org.hamcrest.Matchers.oneOf(302, 303))
                .header("Location", containsString("/login"));
        given().get("/api/v1/staff/queues").then().statusCode(401);
        Person enterprise = accounts.enterprise();
        page(enterprise, "/staff").then().statusCode(403);
        as(enterprise).get("/api/v1/staff/queues").then().statusCode(403);
        as(enterprise).body(Map.of("kind", "LISTING", "id", 1)).post("/api/v1/staff/claims").then().statusCode(403);
        page(accounts.admin(), "/staff").then().statusCode(200);
    }

    @Test
    void shouldShowNoRawCodeOnTheChinesePage() {
        Person staff = accounts.staff();
        everyQueue();
        String html = page(staff, "/staff").then().statusCode(200).body(containsString("待认定登记的技术合同"))
                .extract().asString();
        String text = html.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("(?s)<[^>]*>", " ");
        Matcher raw = Pattern.compile("\\b(LISTING|REVISION|ORGANISATION|MEMBER|CONTRACT|APPLICATION|PROVIDER|REDEMPTION"
                + "|ANOMALY|RESULT|NEED|SUBMITTED|PENDING|PUBLISH|RETURN|APPROVE|REJECT|REPEATED_PAIR|NEAR_DEADLINE"
                + "|SHARED_CONTACT|SPLIT_CLAIMS|PROVIDER_BURST|TESTING|RND|wbkind_\\w+|wbfield_\\w+|true|false|null)\\b").matcher(text);
        List<String> found = new ArrayList<>();
        while (raw.find()) {
            found.add(raw.group());
        }
        assertEquals(List.of(), found, "raw codes on the Chinese page");
    }

    @Test
    void shouldSendAsManyStatementsWhateverTheQueuesHold() {
        Person staff = accounts.staff();
        everyQueue();
        int before = statements(staff);
        Queued more = everyQueue();
        everyQueue();
        take(staff, "LISTING", more.listing()).then().statusCode(201);
        take(staff, "CONTRACT", more.contract()).then().statusCode(201);
        int after = statements(staff);
        assertTrue(after <= before, "the workbench sent " + before + " statements, then " + after + " with more rows");
    }

    // ---- fixtures ------------------------------------------------------------------------------

    private Queued everyQueue() {
        Person researcher = accounts.researcher();
        long listing = submittedResult(researcher, "工作台待审成果");
        Listing published = listings.publishedResult(researcher, "工作台已发布成果" + AccountFixtures.uniqueName(""), "工作台修订测试");
        long revision = listingService.updateResult(ListingFixtures.caller(researcher, Roles.RESEARCHER), published.id,
                ListingFixtures.result(published.title + "（修订）", "工作台修订测试")).revision().id;
        long organisation = accounts.founderOfPending(Roles.ENTERPRISE, OrganisationType.ENTERPRISE).organisationId();
        long member = accounts.joinerOf(accounts.enterprise(), Roles.ENTERPRISE).id();
        long contract = submittedContract(contracts.parties());
        World w = vouchers.world(10_000_000, 1_000_000);
        long application = vouchers.apply(accounts.enterprise(), w.programId());
        long provider = as(accounts.provider()).body(Map.of("categories", List.of("TESTING", "RND")))
                .post("/api/v1/providers").then().statusCode(201).extract().<Integer>path("id");
        int order = vouchers.order(w, 200_000);
        vouchers.reserve(w, order, 100_000);
        long redemption = vouchers.redemption(w, order);
        // The provider and the enterprise share a phone: the redemption carries an anomaly flag.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE organisation SET contact_phone = (SELECT contact_phone FROM organisation WHERE id = :e) WHERE id = :p")
                .setParameter("e", w.enterprise().organisationId()).setParameter("p", w.provider().organisationId())
                .executeUpdate());
        return new Queued(listing, revision, organisation, member, contract, application, provider, redemption);
    }

    private long submittedResult(Person researcher, String title) {
        Caller owner = ListingFixtures.caller(researcher, Roles.RESEARCHER);
        long id = listingService.createResult(owner, ListingFixtures.result(title, "工作台测试用的成果：" + title)).id;
        listingService.submit(owner, id, ListingKind.RESULT);
        return id;
    }

    private long submittedNeed(Person enterprise, String title) {
        Caller owner = ListingFixtures.caller(enterprise, Roles.ENTERPRISE);
        long id = listingService.createNeed(owner, ListingFixtures.need(title, "工作台测试用的需求：" + title)).id;
        listingService.submit(owner, id, ListingKind.NEED);
        return id;
    }

    private long submittedContract(ContractFixtures.Parties p) {
        int id = as(p.seller()).body(contracts.body(p.buyer(), ContractFixtures.uniqueProject()))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic(p.seller().username(), p.seller().password())
                .multiPart("file", "contract.pdf", VoucherFixtures.PDF, "application/pdf")
                .post("/api/v1/contracts/{id}/document", id).then().statusCode(201);
        as(p.seller()).post("/api/v1/contracts/{id}/submit", id).then().statusCode(200);
        return id;
    }

    private void backdateListing(long id, int days) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE listing SET submitted_at = :at WHERE id = :id")
                .setParameter("at", OffsetDateTime.now().minusDays(days)).setParameter("id", id).executeUpdate());
    }

    /** Submitted {@code days} ago, so due 30 days after that. */
    private void backdateContract(long id, int days) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE contract SET submitted_at = :at, due_date = :due WHERE id = :id")
                .setParameter("at", OffsetDateTime.now().minusDays(days))
                .setParameter("due", LocalDate.now(Period.MARKET_ZONE).minusDays(days).plusDays(30)).setParameter("id", id).executeUpdate());
    }

    /** A staff member with a name of their own, to tell holders apart. */
    private Person namedStaff(String name) {
        Person staff = accounts.staff();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE user_account SET display_name = :n WHERE id = :id")
                .setParameter("n", name + staff.id()).setParameter("id", staff.id()).executeUpdate());
        return staff;
    }

    private String displayName(Person staff) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT display_name FROM user_account WHERE id = :id").setParameter("id", staff.id()).getSingleResult());
    }

    private static Caller staffCaller(Person staff) {
        return Caller.member(staff.id(), staff.username(), staff.organisationId(), Roles.STAFF);
    }

    private static Response take(Person staff, String kind, long id) {
        return as(staff).body(Map.of("kind", kind, "id", id)).post("/api/v1/staff/claims");
    }

    private static JsonPath queues(Person staff, String query) {
        return as(staff).get("/api/v1/staff/queues" + query).then().statusCode(200).extract().jsonPath();
    }

    private static List<Integer> ids(JsonPath view, String kind) {
        return view.getList("queues.find { it.kind == '" + kind + "' }.items.id");
    }

    private static JsonPath item(JsonPath view, String kind, long id) {
        Map<String, Object> found = view.getMap("queues.find { it.kind == '" + kind + "' }.items.find { it.id == " + id + " }");
        assertNotNull(found, kind + " " + id + " is not in its queue");
        return new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(found).toString());
    }

    private static Response page(Person p, String path) {
        return page(p, path, "zh-CN");
    }

    private static Response page(Person p, String path, String lang) {
        return given().auth().preemptive().basic(p.username(), p.password()).cookie("techmarket-lang", lang)
                .redirects().follow(false).get(path);
    }

    /** The HTML of one row of the page, by its anchor. */
    private static String row(String html, String anchor) {
        Matcher m = Pattern.compile("(?s)<tr id=\"" + anchor + "\".*?</tr>").matcher(html);
        assertTrue(m.find(), "no row " + anchor);
        return m.group();
    }

    /** A form POST from the workbench page, with its CSRF token. */
    private static Response form(Person staff, String path, Map<String, String> fields) {
        Response page = page(staff, "/staff");
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.asString());
        assertTrue(token.find(), "the page carries a CSRF token");
        var request = given().auth().preemptive().basic(staff.username(), staff.password()).redirects().follow(false)
                .cookie("techmarket-csrf", page.getCookie("techmarket-csrf")).formParam("csrf-token", token.group(1));
        fields.forEach(request::formParam);
        return request.post(path);
    }

    private static int statements(Person staff) {
        String label = UUID.randomUUID().toString();
        given().auth().preemptive().basic(staff.username(), staff.password()).header(StatementCounter.HEADER, label)
                .get("/staff").then().statusCode(200);
        return StatementCounter.of(label);
    }

    private static String token(Person p) {
        return as(p).body(Map.of("name", "workbench", "currentPassword", p.password())).post("/api/v1/me/tokens")
                .then().statusCode(201).extract().path("secret");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

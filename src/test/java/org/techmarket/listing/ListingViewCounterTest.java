package org.techmarket.listing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.common.StatementCounter;

/**
 * Views of listing pages and API reads are counted in memory and reach listing_view_day only when the
 * counter flushes (scheduled every 10 s, off in tests): a view sends no statement of its own.
 */
@QuarkusTest
class ListingViewCounterTest {

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0";

    @Inject
    ListingFixtures listings;

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingViewCounter counter;

    @Inject
    EntityManager em;

    @Test
    void shouldCountPageViewsAndApiReadsInMemoryUntilTheFlushAddsThem() {
        Person researcher = accounts.researcher();
        Listing result = listings.publishedResult(researcher, "浏览计数测试成果", "浏览计数测试的描述。");
        Listing need = listings.publishedNeed(accounts.enterprise(), "浏览计数测试需求", "浏览计数测试的需求。");

        for (int i = 0; i < 3; i++) {
            browser().get("/results/{id}", result.id).then().statusCode(200);
        }
        String tag = browser().get("/results/{id}", result.id).then().statusCode(200).extract().header("ETag");
        // A revalidation answered 304 is a visit too (the browser shows its copy), counted once like a 200.
        browser().header("If-None-Match", tag).get("/results/{id}", result.id).then().statusCode(304);
        browser().get("/api/v1/results/{id}", result.id).then().statusCode(200);
        browser().get("/needs/{id}", need.id).then().statusCode(200);

        assertEquals(0, views(result.id), "no view is written by the request that made it");
        counter.flush();
        assertEquals(6, views(result.id));
        assertEquals(1, views(need.id));

        // A flush adds only what was counted since the one before.
        counter.flush();
        assertEquals(6, views(result.id));
        browser().get("/results/{id}", result.id).then().statusCode(200);
        counter.flush();
        assertEquals(7, views(result.id));
    }

    @Test
    void shouldNotCountStaffTheListingsOwnOrganisationOrCrawlers() {
        Person researcher = accounts.researcher();
        Listing result = listings.publishedResult(researcher, "不计浏览测试成果", "不计浏览测试的描述。");
        Person colleague = accounts.member("RESEARCHER", researcher.organisationId());
        Person staff = accounts.staff();

        given().auth().preemptive().basic(staff.username(), staff.password()).get("/results/{id}", result.id)
                .then().statusCode(200);
        given().auth().preemptive().basic(colleague.username(), colleague.password()).get("/results/{id}", result.id)
                .then().statusCode(200);
        given().auth().preemptive().basic(researcher.username(), researcher.password())
                .get("/api/v1/results/{id}", result.id).then().statusCode(200);
        given().header("User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")
                .get("/results/{id}", result.id).then().statusCode(200);
        given().header("User-Agent", "Baiduspider-render/2.0").get("/results/{id}", result.id).then().statusCode(200);
        browser().head("/results/{id}", result.id).then().statusCode(200);
        counter.flush();
        assertEquals(0, views(result.id));

        // A member of another organisation is a visitor like anyone else.
        Person other = accounts.enterprise();
        given().auth().preemptive().basic(other.username(), other.password()).header("User-Agent", BROWSER)
                .get("/results/{id}", result.id).then().statusCode(200);
        counter.flush();
        assertEquals(1, views(result.id));
    }

    @Test
    void shouldSendNoStatementToCountAView() {
        // The page's validator moves when any result changes or the similar-listings index takes a new vector, both in
        // the background after a publication: an attempt during which it moved is made again on a new listing.
        for (int attempt = 1; ; attempt++) {
            Listing result = listings.publishedResult(accounts.researcher(), "浏览语句测试成果" + attempt, "浏览语句测试的描述。");
            String tag = given().header("User-Agent", "ExampleBot/1.0").get("/results/{id}", result.id).then().statusCode(200)
                    .extract().header("ETag");
            // The same request, once from a crawler (not counted) and once from a browser (counted), sends as many statements.
            Integer crawler = statements(given().header("User-Agent", "ExampleBot/1.0").header("If-None-Match", tag), result);
            Integer visitor = crawler == null ? null : statements(browser().header("If-None-Match", tag), result);
            if (visitor == null) {
                assertTrue(attempt < 5, "the page's validator moved during five attempts");
                continue;
            }
            assertEquals(crawler, visitor, "counting a view sends no statement");
            counter.flush();
            assertEquals(1, views(result.id), "the browser's view counted, the crawler's not");
            return;
        }
    }

    @Test
    void shouldLoseNoViewCountedWhileFlushing() throws Exception {
        Listing result = listings.publishedResult(accounts.researcher(), "并发浏览测试成果", "并发浏览测试的描述。");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> viewers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                viewers.add(pool.submit(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        counter.count(result.id, today);
                    }
                }));
            }
            while (viewers.stream().anyMatch(f -> !f.isDone())) {
                counter.flush();
            }
            for (Future<?> f : viewers) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        counter.flush();
        // Twice more: a counter retired as idle is read once more at the next flush.
        counter.flush();
        counter.flush();
        assertEquals(20_000, views(result.id));
    }

    private static io.restassured.specification.RequestSpecification browser() {
        return given().header("User-Agent", BROWSER);
    }

    /** Statements of a conditional request answered 304; null when the page changed meanwhile (200). */
    private static Integer statements(io.restassured.specification.RequestSpecification request, Listing listing) {
        String label = UUID.randomUUID().toString();
        Response response = request.header(StatementCounter.HEADER, label).get("/results/{id}", listing.id);
        if (response.statusCode() == 200) {
            return null;
        }
        assertEquals(304, response.statusCode());
        return StatementCounter.of(label);
    }

    private long views(long listingId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("SELECT views FROM listing_view_day WHERE listing_id = :id AND day = :day")
                    .setParameter("id", listingId).setParameter("day", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))).getResultList();
            return rows.isEmpty() ? 0L : ((Number) rows.get(0)).longValue();
        });
    }
}

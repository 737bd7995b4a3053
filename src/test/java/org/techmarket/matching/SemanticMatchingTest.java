package org.techmarket.matching;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.listing.Listing;
import org.techmarket.listing.ListingFixtures;
import org.techmarket.listing.ListingKind;
import org.techmarket.listing.ListingService;

/** Matching by meaning: the real model, the vectors stored in PostgreSQL and this instance's index. */
@QuarkusTest
class SemanticMatchingTest {

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingFixtures listings;

    @Inject
    ListingEmbeddings embeddings;

    @Inject
    ListingVectors vectors;

    @Inject
    ListingService listingService;

    @Inject
    EntityManager em;

    private void embed(Listing... ls) {
        QuarkusTransaction.requiringNew().run(() -> embeddings.embed(java.util.Arrays.stream(ls).map(l -> l.id).toList()));
    }

    @Test
    void shouldRankARelatedMeaningWithoutASharedWordAboveAListingSharingOnly技术() {
        Person researcher = accounts.researcher();
        Person enterprise = accounts.enterprise();
        Listing related = listings.publishedResult(researcher, "土豆病毒检测与组培育苗",
                "面向薯类种植企业的病毒检测、茎尖组织培养与无毒苗快速繁殖。");
        Listing unrelated = listings.publishedResult(researcher, "5G通信射频功放芯片封装技术",
                "射频功率放大器芯片的散热封装技术。");
        Listing need = listings.publishedNeed(enterprise, "马铃薯脱毒种薯繁育技术",
                "我公司需要马铃薯脱毒种薯的繁育技术。");
        embed(related, unrelated, need);

        List<Integer> order = given().get("/api/v1/needs/{id}/matches", need.id)
                .then().statusCode(200).extract().path("resultId");
        int r = order.indexOf(related.id.intValue());
        int u = order.indexOf(unrelated.id.intValue());
        assertTrue(r >= 0, "the related result is found by its meaning alone: " + order);
        assertTrue(u < 0 || r < u, "and ranks above the one sharing only 技术: " + order);
        given().get("/api/v1/needs/{id}/matches", need.id).then()
                .body("find { it.resultId == " + related.id + " }.explanation.closeness", org.hamcrest.Matchers.notNullValue())
                .body("explanation.sharedTerms.flatten()", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("技术")));
        given().get("/needs/{id}/matches", need.id).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("语义相似度"));
    }

    /**
     * 2,000 results sharing the need's words are stored first; the one about exactly the need comes
     * last. It ranks first: candidates are every listing sharing the words, ranked, not the first rows.
     */
    @Test
    void shouldRankTheBestMatchFirstWhenItWasStoredAfterTwoThousandOthersSharingItsWords() {
        Person researcher = accounts.researcher();
        Person enterprise = accounts.enterprise();
        String rare = "铌酸锂" + System.nanoTime() % 997;
        Listing template = listings.publishedResult(researcher, "通用检测服务平台",
                "本平台提供多种检测服务，包括" + rare + "薄膜 与 电光调制器 的测试。");
        int copied = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> columns = em.createNativeQuery("""
                    SELECT column_name FROM information_schema.columns
                     WHERE table_name = 'listing' AND column_name NOT IN ('id', 'source_key')
                       AND is_generated = 'NEVER' ORDER BY ordinal_position""").getResultList();
            String list = String.join(", ", columns);
            return em.createNativeQuery("INSERT INTO listing (" + list + ") SELECT " + list
                    + " FROM listing, generate_series(1, 2000) WHERE id = :id").setParameter("id", template.id).executeUpdate();
        });
        assertEquals(2000, copied);
        Listing best = listings.publishedResult(researcher, rare + "薄膜电光调制器",
                rare + "薄膜电光调制器的设计与制备，带宽高、驱动电压低。");
        QuarkusTransaction.requiringNew().run(() -> listingService.refreshStatistics(ListingKind.RESULT));
        Listing need = listings.publishedNeed(enterprise, "需要" + rare + "薄膜电光调制器",
                "我公司需要" + rare + "薄膜电光调制器的技术。");

        List<Integer> order = given().get("/api/v1/needs/{id}/matches", need.id)
                .then().statusCode(200).extract().path("resultId");
        assertEquals(best.id.intValue(), order.get(0), "the best match first, words only");
        embed(best, need);
        order = given().get("/api/v1/needs/{id}/matches", need.id).then().statusCode(200).extract().path("resultId");
        assertEquals(best.id.intValue(), order.get(0), "the best match first, words and meaning");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE listing SET status = 'WITHDRAWN' WHERE id > :id AND id < :best")
                .setParameter("id", template.id).setParameter("best", best.id).executeUpdate());
    }

    @Test
    void shouldRebuildTheVectorIndexFromTheDatabaseAndShareIdenticalTexts() {
        Person researcher = accounts.researcher();
        String rare = "氮化镓" + System.nanoTime() % 997;
        Listing a = listings.publishedResult(researcher, rare + "功率器件", rare + "功率器件的外延与封装。");
        embed(a);
        long computed = embeddings.computedTexts.get();
        Listing b = listings.publishedResult(researcher, rare + "功率器件", rare + "功率器件的外延与封装。");
        embed(b);
        assertEquals(computed, embeddings.computedTexts.get(), "an identical text shares the stored vector");
        float[] stored = vectors.vector(a.id, ListingKind.RESULT);
        assertNotNull(stored);
        assertArrayEquals(stored, vectors.vector(b.id, ListingKind.RESULT), 1e-6f);
        java.util.Set<Long> held = vectors.ids(ListingKind.RESULT);

        vectors.load(); // as at a restart: the index is built again from listing_embedding

        assertEquals(new java.util.TreeSet<>(held), new java.util.TreeSet<>(vectors.ids(ListingKind.RESULT)));
        assertArrayEquals(stored, vectors.vector(a.id, ListingKind.RESULT), 1e-6f);
        List<Long> nearest = vectors.nearest(ListingKind.RESULT, stored, 5, a.id).stream()
                .map(VectorIndex.Neighbour::id).toList();
        assertEquals(b.id, nearest.get(0), "its twin is its nearest neighbour");
        given().get("/api/v1/results/{id}/similar", a.id).then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(b.id.intValue()))
                .body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(a.id.intValue())));
        given().get("/results/{id}", a.id).then().statusCode(200).body(org.hamcrest.Matchers.containsString("相似成果"));
    }

    @Test
    void shouldRemoveAWithdrawnListingFromTheIndexAndTakeItBackWithoutComputingAgain() {
        Person researcher = accounts.researcher();
        Listing a = listings.publishedResult(researcher, "碳化硅MOSFET驱动" + System.nanoTime() % 997, "4H-SiC MOSFET 的驱动电路。");
        embed(a);
        assertNotNull(vectors.vector(a.id, ListingKind.RESULT));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE listing SET status = 'WITHDRAWN' WHERE id = :id").setParameter("id", a.id).executeUpdate());
        embed(a);
        assertEquals(null, vectors.vector(a.id, ListingKind.RESULT), "a withdrawn listing leaves the index");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE listing SET status = 'PUBLISHED' WHERE id = :id").setParameter("id", a.id).executeUpdate());
        long computed = embeddings.computedTexts.get();
        embed(a);
        assertNotNull(vectors.vector(a.id, ListingKind.RESULT), "and comes back when published again");
        assertEquals(computed, embeddings.computedTexts.get(), "with the vector it had");
    }

    @Test
    void shouldMatchEmptyHugeAndEnglishTextsWithoutError() {
        Person enterprise = accounts.enterprise();
        Listing english = listings.publishedNeed(enterprise, "Lithium battery recycling",
                "We seek a process to recover lithium and cobalt from spent batteries.");
        Listing huge = listings.publishedNeed(enterprise, "高盐废水零排放" + "处理".repeat(10),
                "高盐废水的蒸发结晶与分盐。".repeat(700));
        embed(english, huge);
        assertNotNull(vectors.vector(english.id, ListingKind.NEED));
        assertNotNull(vectors.vector(huge.id, ListingKind.NEED));
        given().get("/api/v1/needs/{id}/matches", english.id).then().statusCode(200);
        given().get("/api/v1/needs/{id}/matches", huge.id).then().statusCode(200);
    }
}

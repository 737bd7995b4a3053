package org.techmarket.matching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.account.AccountFixtures;
import org.techmarket.listing.Listing;
import org.techmarket.listing.ListingFixtures;
import org.techmarket.notification.NotificationRepository;

@QuarkusTest
class MatchingTest {

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingFixtures listings;

    @Inject
    StoredMatchRepository stored;

    @Inject
    NotificationRepository notifications;

    @Inject
    MockMailbox mailbox;

    @Test
    void shouldRankTheRelevantResultFirstAndExplainWhy() {
        Person researcher = accounts.researcher();
        Person enterprise = accounts.enterprise();
        String rare = "锑化铟" + System.nanoTime() % 997;
        Listing relevant = listings.publishedResult(researcher, rare + "红外探测器芯片",
                rare + "红外探测器芯片的分子束外延生长与封装工艺，适用于红外成像。");
        Listing weak = listings.publishedResult(researcher, "通用数据采集软件", "一套数据采集与展示软件，可用于红外成像设备的数据管理。");
        Listing need = listings.publishedNeed(enterprise, "需要" + rare + "红外探测器芯片",
                "我公司生产红外热像仪，需要" + rare + "红外探测器芯片的国产化技术。");

        List<Integer> order = given().get("/api/v1/needs/{id}/matches", need.id)
                .then().statusCode(200).extract().path("resultId");
        assertTrue(order.indexOf(relevant.id.intValue()) >= 0, "the relevant result is found");
        assertTrue(order.indexOf(weak.id.intValue()) < 0 || order.indexOf(relevant.id.intValue()) < order.indexOf(weak.id.intValue()));
        given().get("/api/v1/needs/{id}/matches", need.id)
                .then().body("find { it.resultId == " + relevant.id + " }.explanation.sharedTerms", hasItem("红外"))
                .body("find { it.resultId == " + relevant.id + " }.listing.title", org.hamcrest.Matchers.startsWith(rare));
        given().get("/api/v1/results/{id}/matches", relevant.id)
                .then().statusCode(200).body("needId", hasItem(need.id.intValue()));
        given().get("/needs/{id}/matches", need.id).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("共同关键词"));
    }

    /**
     * A need's wording (寻求, 需要, 技术) neither draws the candidates nor shows as what the two share: the
     * result about the need's subject is found and ranked above one sharing only the wording.
     */
    @Test
    void shouldLookPastTheWordingOfANeed() {
        Person researcher = accounts.researcher();
        Person enterprise = accounts.enterprise();
        String rare = "碲锌镉" + System.nanoTime() % 997;
        Listing subject = listings.publishedResult(researcher, rare + "晶体生长与辐射探测器",
                rare + "晶体的垂直布里奇曼生长、退火与辐射探测器的封装测试。");
        Listing wording = listings.publishedResult(researcher, "寻求合作的通用技术服务",
                "我们团队希望寻求合作，需要技术支持，提供技术方案。");
        Listing need = listings.publishedNeed(enterprise, "寻求" + rare + "晶体生长技术",
                "我公司希望寻求团队合作，需要" + rare + "晶体生长与探测器封装的技术。");
        List<Integer> order = given().get("/api/v1/needs/{id}/matches", need.id)
                .then().statusCode(200).extract().path("resultId");
        assertEquals(subject.id.intValue(), order.get(0), "the result about the need's subject first");
        assertTrue(order.indexOf(wording.id.intValue()) < 0 || order.indexOf(wording.id.intValue()) > 0);
        given().get("/api/v1/needs/{id}/matches", need.id).then()
                .body("explanation.sharedTerms.flatten()", org.hamcrest.Matchers.not(hasItem("技术")))
                .body("explanation.sharedTerms.flatten()", org.hamcrest.Matchers.not(hasItem("寻求")))
                .body("explanation.sharedTerms.flatten()", org.hamcrest.Matchers.not(hasItem("需要")));
    }

    @Test
    void shouldNotShowMatchesOfUnpublishedListings() {
        Person enterprise = accounts.enterprise();
        int draft = given().auth().preemptive().basic(enterprise.username(), enterprise.password())
                .contentType(ContentType.JSON).body(ListingFixtures.needJson("草稿需求")).post("/api/v1/needs")
                .then().statusCode(201).extract().path("id");
        given().get("/api/v1/needs/{id}/matches", draft).then().statusCode(404);
        given().get("/api/v1/needs/{id}/matches", 999_999_999L).then().statusCode(404);
    }

    @Test
    void shouldRefreshMatchesInTheBackgroundAndTellOwnersOfStrongOnes() throws InterruptedException {
        Person researcher = accounts.researcher();
        Person enterprise = accounts.enterprise();
        String rare = "钙钛矿" + System.nanoTime() % 991;
        Listing result = listings.publishedResult(researcher, rare + "叠层太阳能电池",
                rare + "叠层太阳能电池的制备工艺，转换效率高。");
        Listing need = listings.publishedNeed(enterprise, rare + "叠层太阳能电池",
                "需要" + rare + "叠层太阳能电池制备技术。");

        boolean stored = false;
        for (int i = 0; i < 60 && !stored; i++) {
            stored = QuarkusTransaction.requiringNew().call(() ->
                    this.stored.listForNeed(need.id).stream().anyMatch(m -> m.pair.resultId == result.id));
            if (!stored) {
                Thread.sleep(250);
            }
        }
        assertTrue(stored, "the match is stored within seconds of publication");
        long told = QuarkusTransaction.requiringNew().call(() -> notifications.count(
                "userId = ?1 and kind = 'MATCH'", enterprise.id()));
        assertTrue(told >= 1, "the need's owner hears of the strong match");
        assertTrue(mailbox.getMailsSentTo(enterprise.username() + "@example.cn").size() >= 1, "and gets a mail");
        given().auth().preemptive().basic(enterprise.username(), enterprise.password())
                .get("/api/v1/notifications").then().statusCode(200).body("kind", hasItem("MATCH"));
        // A pair is told once, ever: refreshed again, and even after its stored matches are gone (as when a
        // listing is withdrawn and published again), the same pair is not news a second time.
        String link = "/results/" + result.id;
        long before = QuarkusTransaction.requiringNew().call(() -> notifications.count(
                "userId = ?1 and kind = 'MATCH' and link = ?2", enterprise.id(), link));
        assertEquals(1, before, "one notification of this pair");
        matching.refresh(need.id);
        QuarkusTransaction.requiringNew().run(() -> this.stored.deleteForListing(need.id));
        matching.refresh(need.id);
        long after = QuarkusTransaction.requiringNew().call(() -> notifications.count(
                "userId = ?1 and kind = 'MATCH' and link = ?2", enterprise.id(), link));
        assertEquals(1, after, "still one notification of this pair");
    }

    @Inject
    MatchingService matching;

    @Test
    void shouldLetStaffRecomputeAllMatches() throws InterruptedException {
        Person staff = accounts.staff();
        given().auth().preemptive().basic(staff.username(), staff.password())
                .post("/api/v1/matches/recomputation").then().statusCode(202);
        Boolean running = true;
        for (int i = 0; i < 120 && running; i++) {
            Thread.sleep(250);
            running = given().auth().preemptive().basic(staff.username(), staff.password())
                    .get("/api/v1/matches/recomputation").then().statusCode(200).extract().path("running");
        }
        assertEquals(false, running);
        Person researcher = accounts.researcher();
        given().auth().preemptive().basic(researcher.username(), researcher.password())
                .post("/api/v1/matches/recomputation").then().statusCode(403);
    }
}

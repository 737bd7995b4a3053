package org.techmarket.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.techmarket.voucher.VoucherFixtures.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.OrganisationType;
import org.techmarket.common.Language;
import org.techmarket.listing.Listing;
import org.techmarket.listing.ListingFixtures;
import org.techmarket.voucher.VoucherFixtures.World;
import org.techmarket.voucher.VoucherFixtures;

/** Every decision that concerns someone tells them, once, in their language; each notice can be marked read. */
@QuarkusTest
class NotificationsTest {

    @Inject
    AccountFixtures accounts;

    @Inject
    ListingFixtures listings;

    @Inject
    VoucherFixtures vouchers;

    @Inject
    Notifications notifications;

    private static List<String> titles(Person p, String language) {
        return as(p).header("Accept-Language", language).get("/api/v1/notifications").then().statusCode(200)
                .extract().path("title");
    }

    private static int unread(Person p) {
        return as(p).get("/api/v1/notifications/unread-count").then().statusCode(200).extract().path("unread");
    }

    @Test
    void shouldTellTheOwnerOfAnInquiryAndTheSenderOfTheReplyInTheirLanguage() {
        Person researcher = accounts.researcher();
        Person enterprise = accounts.enterprise();
        Listing result = listings.publishedResult(researcher, "通知测试成果", "描述");
        org.junit.jupiter.api.Assertions.assertTrue(titles(researcher, "zh-CN").contains("您提交的“通知测试成果”已审核通过并公开发布"));
        int inquiry = as(enterprise).body(Map.of("message", "能否现场演示？"))
                .post("/api/v1/results/{id}/inquiries", result.id).then().statusCode(201).extract().path("id");
        org.junit.jupiter.api.Assertions.assertTrue(titles(researcher, "zh-CN").contains("您发布的“通知测试成果”收到新的咨询"));
        List<String> english = titles(researcher, "en");
        org.junit.jupiter.api.Assertions.assertTrue(english.contains("New inquiry about “通知测试成果”"), () -> english.toString());
        as(researcher).body(Map.of("reply", "可以。")).post("/api/v1/inquiries/{id}/reply", inquiry).then().statusCode(200);
        assertEquals(List.of("Your inquiry about “通知测试成果” has a reply"), titles(enterprise, "en-GB"));
        // Unread, and counted (matches found meanwhile may add to the count: at least this one).
        as(researcher).get("/api/v1/notifications").then()
                .body("find { it.title == '您发布的“通知测试成果”收到新的咨询' }.read", equalTo(false));
        org.junit.jupiter.api.Assertions.assertTrue(unread(researcher) >= 1);
    }

    @Test
    void shouldMarkOneOrAllReadAndRefuseAnotherPersonsNotice() {
        World w = vouchers.world(100_000);
        List<Integer> ids = as(w.enterprise()).get("/api/v1/notifications").then().statusCode(200).extract().path("id");
        assertEquals(1, ids.size(), "the voucher issued");
        assertEquals("您对“" + as(w.enterprise()).get("/api/v1/voucher-programs/{id}", w.programId()).then().extract().path("name")
                + "”的申请已获批准，创新券 " + as(w.enterprise()).get("/api/v1/vouchers").then().extract().path("[0].code")
                + " 已发放", titles(w.enterprise(), "zh-CN").get(0));
        as(w.provider()).post("/api/v1/notifications/{id}/read", ids.get(0)).then().statusCode(404);
        given().auth().preemptive().basic(w.enterprise().username(), w.enterprise().password())
                .get("/notifications").then().statusCode(200).body(containsString("class=\"badge\""))
                .body(containsString("/notifications/" + ids.get(0) + "/open"));
        as(w.enterprise()).post("/api/v1/notifications/{id}/read", ids.get(0)).then().statusCode(200).body("unread", equalTo(0));
        as(w.enterprise()).get("/api/v1/notifications").then().body("[0].read", equalTo(true));
        given().auth().preemptive().basic(w.enterprise().username(), w.enterprise().password())
                .get("/notifications").then().statusCode(200).body(org.hamcrest.Matchers.not(containsString("class=\"badge\"")));
        // The provider: registered (approved) — then read all at once.
        as(w.provider()).get("/api/v1/notifications").then().body("title", hasItem("贵机构已登记为创新券服务机构"));
        as(w.provider()).post("/api/v1/notifications/read").then().statusCode(200).body("unread", equalTo(0));
    }

    @Test
    void shouldTellAnEventOnceHoweverOftenItIsRecorded() {
        Person researcher = accounts.researcher();
        for (int i = 0; i < 3; i++) {
            QuarkusTransaction.requiringNew().run(() -> notifications.notify(researcher.id(), "MATCH", "match:1:2",
                    "/needs/2", "match.result", "我的成果", "同一条需求"));
        }
        assertEquals(List.of("新的技术需求匹配您的成果“我的成果”：同一条需求"), titles(researcher, "zh"));
    }

    @Test
    void shouldTellTheFounderWhenTheOrganisationIsVerifiedAndAJoinerWhenApproved() {
        Person founder = accounts.founderOfPending("ENTERPRISE", OrganisationType.ENTERPRISE);
        Person staff = accounts.staff();
        as(staff).body(Map.of("decision", "VERIFY")).post("/api/v1/organisations/{id}/decision", founder.organisationId())
                .then().statusCode(200);
        assertEquals(1, titles(founder, "zh").stream().filter(t -> t.endsWith("已通过市场认证")).count());
        Person joiner = accounts.joinerOf(founder, "ENTERPRISE");
        assertEquals(1, titles(founder, "zh").stream().filter(t -> t.contains("申请加入")).count());
        as(founder).post("/api/v1/users/{id}/membership-approval", joiner.id()).then().statusCode(200);
        List<String> joinerTitles = titles(joiner, "en");
        assertEquals(1, joinerTitles.stream().filter(t -> t.startsWith("Your request to join")).count(), () -> joinerTitles.toString());
    }

    @Inject
    io.quarkus.mailer.MockMailbox mailbox;

    /** A person who chose the digest sees a match in the app at once, and gets one mail a day listing them. */
    @Test
    void shouldHoldMatchMailsForTheDailyDigestOfThoseWhoChoseIt() {
        Person enterprise = accounts.enterprise();
        String address = enterprise.username() + "@example.cn";
        as(enterprise).get("/api/v1/notifications/preferences").then().statusCode(200).body("matchDigest", equalTo(false));
        as(enterprise).body(Map.of()).put("/api/v1/notifications/preferences").then().statusCode(400)
                .body(containsString("matchDigest"));
        as(enterprise).body(Map.of("matchDigest", true)).put("/api/v1/notifications/preferences").then().statusCode(200)
                .body("matchDigest", equalTo(true));
        int mailsBefore = mailbox.getMailsSentTo(address).size();
        QuarkusTransaction.requiringNew().run(() -> {
            notifications.notify(enterprise.id(), Notifications.MATCH, "digest-test-1:" + enterprise.id(), "/results/1",
                    "match.need", "需求甲", "成果一");
            notifications.notify(enterprise.id(), Notifications.MATCH, "digest-test-2:" + enterprise.id(), "/results/2",
                    "match.need", "需求甲", "成果二");
        });
        org.junit.jupiter.api.Assertions.assertTrue(titles(enterprise, "zh-CN").contains("新的科技成果匹配您的需求“需求甲”：成果二"),
                "in the app at once");
        assertEquals(mailsBefore, mailbox.getMailsSentTo(address).size(), "no mail per match");

        notifications.sendDigests();

        var mails = mailbox.getMailsSentTo(address);
        assertEquals(mailsBefore + 1, mails.size(), "one digest mail");
        String text = mails.get(mails.size() - 1).getText();
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("成果一") && text.contains("成果二"), text);
        org.junit.jupiter.api.Assertions.assertTrue(mails.get(mails.size() - 1).getSubject().contains("2 条"));
        notifications.sendDigests();
        assertEquals(mailsBefore + 1, mailbox.getMailsSentTo(address).size(), "each match in one digest only");
    }
}

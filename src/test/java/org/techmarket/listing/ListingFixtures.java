package org.techmarket.listing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.account.AccountFixtures;
import org.techmarket.common.Caller;
import org.techmarket.common.Roles;

/** Results and needs for tests, posted and moved through the workflow by the real service. */
@ApplicationScoped
public class ListingFixtures {

    @Inject
    ListingService listings;

    @Inject
    AccountFixtures accounts;

    public static Caller caller(Person p, String role) {
        return Caller.member(p.id(), p.username(), p.organisationId(), role);
    }

    public static ListingApi.ResultRequest result(String title, String description) {
        return new ListingApi.ResultRequest(title, "简介：" + title, description, TechField.NEW_MATERIALS, List.of("测试"), 6,
                IpType.INVENTION_PATENT, IpStatus.GRANTED, "ZL202010000000.1", List.of(TransferMode.LICENSE),
                1_000_000_00L, "620102", "张工", "0931-8888888", null, LocalDate.now().plusYears(1));
    }

    public static ListingApi.NeedRequest need(String title, String description) {
        return new ListingApi.NeedRequest(title, description, TechField.RESOURCES_ENVIRONMENT, List.of("测试"), 5, 10_000_000L,
                50_000_000L, LocalDate.now().plusMonths(6), "620104", List.of(TransferMode.JOINT_DEVELOPMENT), "王工",
                "0931-6666666", "wang@example.cn");
    }

    /** A JSON body for POST /api/v1/results. */
    public static Map<String, Object> resultJson(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("summary", "一项用于测试的科技成果");
        body.put("description", "详细描述：" + title);
        body.put("field", "NEW_MATERIALS");
        body.put("keywords", List.of("测试", "材料"));
        body.put("maturity", 6);
        body.put("transferModes", List.of("LICENSE", "TRANSFER"));
        body.put("priceFen", 50_000_000);
        body.put("regionCode", "620102");
        body.put("contactName", "张工");
        body.put("contactPhone", "0931-8888888");
        body.put("validUntil", LocalDate.now().plusYears(1).toString());
        return body;
    }

    public static Map<String, Object> needJson(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "需求描述：" + title);
        body.put("field", "RESOURCES_ENVIRONMENT");
        body.put("keywords", List.of("测试"));
        body.put("requiredMaturity", 5);
        body.put("budgetMinFen", 10_000_000);
        body.put("budgetMaxFen", 50_000_000);
        body.put("deadline", LocalDate.now().plusMonths(6).toString());
        body.put("regionCode", "620104");
        body.put("cooperationModes", List.of("JOINT_DEVELOPMENT"));
        body.put("contactName", "王工");
        body.put("contactPhone", "0931-6666666");
        return body;
    }

    public Listing publishedResult(Person researcher, String title, String description) {
        Caller owner = caller(researcher, Roles.RESEARCHER);
        Listing draft = listings.createResult(owner, result(title, description));
        listings.submit(owner, draft.id, ListingKind.RESULT);
        Person staff = accounts.staff();
        return listings.review(caller(staff, Roles.STAFF), draft.id, ListingKind.RESULT,
                ListingService.Decision.PUBLISH, null);
    }

    /** A published result at the given price (null: negotiable). */
    public Listing publishedResult(Person researcher, String title, String description, Long priceFen) {
        Caller owner = caller(researcher, Roles.RESEARCHER);
        ListingApi.ResultRequest r = result(title, description);
        ListingApi.ResultRequest priced = new ListingApi.ResultRequest(r.title(), r.summary(), r.description(), r.field(), r.keywords(), r.maturity(),
                r.ipType(), r.ipStatus(), r.patentNumbers(), r.transferModes(), priceFen, r.regionCode(), r.contactName(),
                r.contactPhone(), r.contactEmail(), r.validUntil());
        Listing draft = listings.createResult(owner, priced);
        listings.submit(owner, draft.id, ListingKind.RESULT);
        return listings.review(caller(accounts.staff(), Roles.STAFF), draft.id, ListingKind.RESULT,
                ListingService.Decision.PUBLISH, null);
    }

    public Listing publishedNeed(Person enterprise, String title, String description) {
        Caller owner = caller(enterprise, Roles.ENTERPRISE);
        Listing draft = listings.createNeed(owner, need(title, description));
        listings.submit(owner, draft.id, ListingKind.NEED);
        Person staff = accounts.staff();
        return listings.review(caller(staff, Roles.STAFF), draft.id, ListingKind.NEED,
                ListingService.Decision.PUBLISH, null);
    }

    /** A result its owner has submitted, waiting in the staff review queue. */
    public Listing submittedResult(Person researcher, String title) {
        Caller owner = caller(researcher, Roles.RESEARCHER);
        Listing draft = listings.createResult(owner, result(title, title + "的制备方法与应用"));
        return listings.submit(owner, draft.id, ListingKind.RESULT);
    }
}

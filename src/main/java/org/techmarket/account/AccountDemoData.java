package org.techmarket.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.DemoCalendar;
import org.techmarket.common.Roles;
import org.techmarket.common.TechMarketConfig;

/**
 * Demo organisations from Gansu (兰州, 天水, 定西, 白银, 酒泉) and the documented demo accounts
 * (password {@value #PASSWORD}).
 * Loaded once when {@code techmarket.demo-data=true}; the companies are invented, their credit
 * codes made up but valid. Demo-only: the organisations and accounts are then moved by SQL to the
 * days they joined in the demo's story of the year ({@link DemoCalendar}).
 */
@ApplicationScoped
public class AccountDemoData {

    private static final Logger LOG = Logger.getLogger(AccountDemoData.class);
    public static final String PASSWORD = "demo-pass-2026";
    /** Credit codes of the demo organisations, for the demo data of other features. */
    public static final String LZU = CreditCode.complete("12620000438000001");
    public static final String IMP = CreditCode.complete("12100000455000002");
    public static final String LUT = CreditCode.complete("12620000438000003");
    public static final String GSAAS = CreditCode.complete("12620000438000004");
    public static final String MEMBRANE = CreditCode.complete("91620100MA7100005");
    public static final String MACHINE = CreditCode.complete("91620500MA7100006");
    public static final String HERB = CreditCode.complete("91621100MA7100007");
    public static final String LAB = CreditCode.complete("91620100MA7100008");
    public static final String TRANSFER_CENTRE = CreditCode.complete("91620100MA7100009");
    public static final String NONFERROUS = CreditCode.complete("91620400MA7100010");
    public static final String WIND = CreditCode.complete("91620900MA7100011");
    private static final List<String> ORGANISATIONS = List.of(LZU, IMP, LUT, GSAAS, MEMBRANE, MACHINE, HERB, LAB,
            TRANSFER_CENTRE, NONFERROUS, WIND);

    @Inject
    TechMarketConfig config;

    @Inject
    UserAccountRepository users;

    @Inject
    OrganisationRepository organisations;

    @Inject
    OrganisationService organisationService;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    @Transactional
    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (!config.demoData() || users.findByUsername("demo-admin").isPresent()) {
            return;
        }
        DemoCalendar calendar = DemoCalendar.now();
        DemoCalendar.Rows joined = new DemoCalendar.Rows("id bigint", "created_at timestamptz", "verified_at timestamptz");
        Organisation market = organisationService.marketOrganisation();
        Organisation lzu = organisation(joined, calendar, 331, "兰州大学", OrganisationType.UNIVERSITY, LZU, "620102",
                "科技成果转化办公室", "0931-8910001", true);
        Organisation imp = organisation(joined, calendar, 331, "中国科学院近代物理研究所", OrganisationType.INSTITUTE, IMP,
                "620102", "成果转移转化处", "0931-4960002", true);
        Organisation lut = organisation(joined, calendar, 330, "兰州理工大学", OrganisationType.UNIVERSITY, LUT, "620105",
                "科学技术处", "0931-2970003", true);
        organisation(joined, calendar, 330, "甘肃省农业科学院", OrganisationType.INSTITUTE, GSAAS, "620105",
                "科研管理处", "0931-7610004", true);
        Organisation membrane = organisation(joined, calendar, 330, "甘肃陇原膜科技有限公司", OrganisationType.ENTERPRISE,
                MEMBRANE, "620104", "王立新", "0931-6660005", true);
        Organisation machine = organisation(joined, calendar, 329, "天水星火精密机床有限公司", OrganisationType.ENTERPRISE,
                MACHINE, "620502", "赵海峰", "0938-8220006", true);
        organisation(joined, calendar, 16, "定西岷归中药材产业有限公司", OrganisationType.ENTERPRISE, HERB, "621102",
                "李娟", "0932-8330007", false);
        Organisation lab = organisation(joined, calendar, 329, "甘肃科信检测技术服务有限公司", OrganisationType.SERVICE_PROVIDER,
                LAB, "620103", "陈静", "0931-5550008", true);
        Organisation centre = organisation(joined, calendar, 328, "兰州新区科技成果转化服务中心",
                OrganisationType.SERVICE_PROVIDER, TRANSFER_CENTRE, "620102", "刘洋", "0931-8120009", true);
        Organisation nonferrous = organisation(joined, calendar, 262, "白银恒信有色金属新材料有限公司",
                OrganisationType.ENTERPRISE, NONFERROUS, "620402", "孙建华", "0943-8260010", true);
        Organisation wind = organisation(joined, calendar, 258, "酒泉祁连新能源运维有限公司", OrganisationType.ENTERPRISE,
                WIND, "620902", "马晓燕", "0937-2690011", true);

        // One hash for all: the demo accounts share their password, and bcrypt is slow on purpose.
        String hash = BcryptUtil.bcryptHash(PASSWORD);
        List<Long> members = new java.util.ArrayList<>();
        members.add(user(hash, "demo-admin", Roles.ADMIN, "演示管理员", market));
        members.add(user(hash, "demo-staff", Roles.STAFF, "演示工作人员", market));
        members.add(user(hash, "demo-researcher", Roles.RESEARCHER, "张明远（演示科研人员）", lzu));
        members.add(user(hash, "demo-enterprise", Roles.ENTERPRISE, "王立新（演示企业用户）", membrane));
        members.add(user(hash, "demo-provider", Roles.PROVIDER, "陈静（演示服务机构）", lab));
        members.add(user(hash, "demo-enterprise-2", Roles.ENTERPRISE, "赵海峰（演示企业用户）", machine));
        members.add(user(hash, "demo-provider-2", Roles.PROVIDER, "刘洋（演示服务机构）", centre));
        members.add(user(hash, "demo-researcher-2", Roles.RESEARCHER, "李国强（演示科研人员）", lut));
        members.add(user(hash, "demo-researcher-3", Roles.RESEARCHER, "周晓峰（演示科研人员）", imp));
        members.add(user(hash, "demo-enterprise-3", Roles.ENTERPRISE, "孙建华（演示企业用户）", nonferrous));
        members.add(user(hash, "demo-enterprise-4", Roles.ENTERPRISE, "马晓燕（演示企业用户）", wind));
        members.add(user(hash, "demo-reviewer", Roles.REVIEWER, "刘文博（演示评审专家）", market));
        backdate(joined, members, calendar);
        LOG.info("Loaded demo organisations and accounts (password " + PASSWORD + ")");
    }

    /**
     * Demo only: the organisations joined on their story days (the market's staff before all of
     * them), their members with them; records and audit trail are moved by SQL after being made
     * as users make them. The last step of the load, so that no entity is written over them again.
     */
    private void backdate(DemoCalendar.Rows joined, List<Long> members, DemoCalendar calendar) {
        em.flush();
        joined.update(em, "UPDATE organisation o SET created_at = s.created_at, verified_at = CASE WHEN o.verified_at"
                + " IS NULL THEN NULL ELSE s.verified_at END FROM " + joined.source() + " WHERE o.id = s.id");
        // Members join once their organisation is verified; the market's own staff are there first.
        em.createNativeQuery("""
                UPDATE user_account u SET created_at = coalesce(o.verified_at, CAST(:first AS timestamptz))
                  FROM user_account m LEFT JOIN organisation o ON o.id = m.organisation_id AND o.credit_code IN (:codes)
                 WHERE u.id = m.id AND m.id IN (:members)""")
                .setParameter("codes", ORGANISATIONS).setParameter("members", members)
                .setParameter("first", calendar.at(DemoCalendar.STORY_DAYS - 1, 9, 0)).executeUpdate();
        em.createNativeQuery("""
                UPDATE audit_event e SET occurred_at = CASE WHEN e.action = 'verify' THEN o.verified_at ELSE o.created_at END
                  FROM organisation o WHERE e.entity_type = :entity AND e.entity_id = o.id AND o.credit_code IN (:codes)""")
                .setParameter("entity", OrganisationService.ENTITY)
                .setParameter("codes", ORGANISATIONS)
                .executeUpdate();
        em.createNativeQuery("""
                UPDATE audit_event e SET occurred_at = u.created_at FROM user_account u
                 WHERE e.entity_type = :entity AND e.entity_id = u.id AND u.id IN (:members)""")
                .setParameter("entity", AccountService.ENTITY).setParameter("members", members).executeUpdate();
    }

    private Organisation organisation(DemoCalendar.Rows joined, DemoCalendar calendar, int daysAgo, String name,
            OrganisationType type, String creditCode, String region, String contact, String phone, boolean verified) {
        Organisation o = new Organisation();
        o.name = name;
        o.type = type;
        o.creditCode = creditCode;
        o.regionCode = region;
        o.contact.name = contact;
        o.contact.phone = phone;
        organisations.persist(o);
        audit.record(OrganisationService.ENTITY, o.id, "register", null, o.status, org.techmarket.common.AuditTrail.reason("demo_data"));
        if (verified) {
            o.verify();
            audit.record(OrganisationService.ENTITY, o.id, "verify", OrganisationStatus.PENDING, o.status,
                    org.techmarket.common.AuditTrail.reason("demo_data"));
        }
        joined.add(o.id, calendar.at(daysAgo, 9, 30), calendar.at(daysAgo - 1, 15, 10));
        return o;
    }

    private long user(String passwordHash, String username, String role, String displayName, Organisation organisation) {
        UserAccount u = new UserAccount();
        u.username = username;
        u.passwordHash = passwordHash;
        u.role = role;
        u.displayName = displayName;
        u.email = username + "@demo.techmarket.local";
        u.organisationId = organisation.id;
        u.membershipApproved = true;
        users.persist(u);
        audit.record(AccountService.ENTITY, u.id, "create", null, role, org.techmarket.common.AuditTrail.reason("demo_data"));
        return u.id;
    }
}

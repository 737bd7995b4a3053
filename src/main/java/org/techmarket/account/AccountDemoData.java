package org.techmarket.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.Roles;
import org.techmarket.common.TechMarketConfig;

/**
 * Demo organisations from Gansu and the documented demo accounts (password {@value #PASSWORD}).
 * Loaded once when {@code techmarket.demo-data=true}; the companies are invented, their credit
 * codes made up but valid.
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

    @Transactional
    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (!config.demoData() || users.findByUsername("demo-admin").isPresent()) {
            return;
        }
        Organisation market = organisationService.marketOrganisation();
        Organisation lzu = organisation("兰州大学", OrganisationType.UNIVERSITY, LZU, "620102",
                "科技成果转化办公室", "0931-8910001", true);
        organisation("中国科学院近代物理研究所", OrganisationType.INSTITUTE, IMP, "620102",
                "成果转移转化处", "0931-4960002", true);
        organisation("兰州理工大学", OrganisationType.UNIVERSITY, LUT, "620105",
                "科学技术处", "0931-2970003", true);
        organisation("甘肃省农业科学院", OrganisationType.INSTITUTE, GSAAS, "620105",
                "科研管理处", "0931-7610004", true);
        Organisation membrane = organisation("甘肃陇原膜科技有限公司", OrganisationType.ENTERPRISE,
                MEMBRANE, "620104", "王立新", "0931-6660005", true);
        Organisation machine = organisation("天水星火精密机床有限公司", OrganisationType.ENTERPRISE, MACHINE, "620502",
                "赵海峰", "0938-8220006", true);
        organisation("定西岷归中药材产业有限公司", OrganisationType.ENTERPRISE, HERB, "621102",
                "李娟", "0932-8330007", false);
        Organisation lab = organisation("甘肃科信检测技术服务有限公司", OrganisationType.SERVICE_PROVIDER,
                LAB, "620103", "陈静", "0931-5550008", true);
        Organisation centre = organisation("兰州新区科技成果转化服务中心", OrganisationType.SERVICE_PROVIDER,
                TRANSFER_CENTRE, "620102", "刘洋", "0931-8120009", true);

        user("demo-admin", Roles.ADMIN, "演示管理员", market);
        user("demo-staff", Roles.STAFF, "演示工作人员", market);
        user("demo-researcher", Roles.RESEARCHER, "张明远（演示科研人员）", lzu);
        user("demo-enterprise", Roles.ENTERPRISE, "王立新（演示企业用户）", membrane);
        user("demo-provider", Roles.PROVIDER, "陈静（演示服务机构）", lab);
        user("demo-enterprise-2", Roles.ENTERPRISE, "赵海峰（演示企业用户）", machine);
        user("demo-provider-2", Roles.PROVIDER, "刘洋（演示服务机构）", centre);
        LOG.info("Loaded demo organisations and accounts (password " + PASSWORD + ")");
    }

    private Organisation organisation(String name, OrganisationType type, String creditCode, String region,
            String contact, String phone, boolean verified) {
        Organisation o = new Organisation();
        o.name = name;
        o.type = type;
        o.creditCode = creditCode;
        o.regionCode = region;
        o.contact.name = contact;
        o.contact.phone = phone;
        organisations.persist(o);
        audit.record(OrganisationService.ENTITY, o.id, "register", null, o.status, "demo data");
        if (verified) {
            o.verify();
            audit.record(OrganisationService.ENTITY, o.id, "verify", OrganisationStatus.PENDING, o.status,
                    "demo data");
        }
        return o;
    }

    private void user(String username, String role, String displayName, Organisation organisation) {
        UserAccount u = new UserAccount();
        u.username = username;
        u.passwordHash = BcryptUtil.bcryptHash(PASSWORD);
        u.role = role;
        u.displayName = displayName;
        u.email = username + "@demo.techmarket.local";
        u.organisationId = organisation.id;
        u.membershipApproved = true;
        users.persist(u);
        audit.record(AccountService.ENTITY, u.id, "create", null, role, "demo data");
    }
}

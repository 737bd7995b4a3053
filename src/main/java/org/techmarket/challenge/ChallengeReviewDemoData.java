package org.techmarket.challenge;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.techmarket.account.AccountDemoData;
import org.techmarket.account.AccountService;
import org.techmarket.account.Organisation;
import org.techmarket.account.OrganisationService;
import org.techmarket.account.UserAccount;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.DemoCalendar;
import org.techmarket.common.Roles;
import org.techmarket.common.TechMarketConfig;

/**
 * One demo challenge under expert review: 酒泉祁连新能源运维 poses the icing of wind-turbine blades in the Hexi
 * corridor; three teams (兰州大学, 兰州理工大学, 近代物理研究所) submitted before the deadline ten days ago; two reviewers
 * (demo-reviewer, who declared a conflict with 兰州大学, and 王建国) are invited and assigned, three of five reviews in.
 * Made directly through the entities and the review tables (the teams' side is another feature's). Loaded once,
 * after the accounts, when demo data is on.
 */
@ApplicationScoped
public class ChallengeReviewDemoData {

    private static final Logger LOG = Logger.getLogger(ChallengeReviewDemoData.class);
    static final String TITLE = "风电机组叶片覆冰监测与除冰关键技术";

    @Inject
    TechMarketConfig config;

    @Inject
    ChallengeRepository challenges;

    @Inject
    ReviewRepository reviews;

    @Inject
    AccountService accounts;

    @Inject
    OrganisationService organisations;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    @Transactional
    void onStart(@Observes @Priority(45) StartupEvent event) {
        if (!config.demoData() || challenges.count("title", TITLE) > 0
                || accounts.findByUsername("demo-reviewer").isEmpty()) {
            return;
        }
        UserAccount staff = accounts.findByUsername("demo-staff").orElseThrow();
        UserAccount reviewer = accounts.findByUsername("demo-reviewer").orElseThrow();
        UserAccount expert = accounts.findByUsername("demo-reviewer-2").orElseGet(() -> accounts.createMarketAccount(
                "demo-reviewer-2", AccountDemoData.PASSWORD, Roles.REVIEWER, "王建国（演示评审专家）",
                "demo-reviewer-2@demo.techmarket.local"));
        Organisation wind = organisations.findByCreditCode(AccountDemoData.WIND).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now();
        DemoCalendar calendar = DemoCalendar.now();

        Challenge c = new Challenge();
        c.title = TITLE;
        c.problem = "河西走廊冬季风电机组叶片覆冰导致发电量下降、载荷失衡，现有热风除冰能耗高。征集叶片覆冰在线监测与低能耗除冰的"
                + "整体方案：覆冰厚度识别误差不超过 2 毫米，除冰能耗较热风方案降低 40% 以上，并在 2 台 3 兆瓦机组上完成冬季实证。";
        c.source = ChallengeSource.GOVERNMENT;
        c.ownerOrganisationId = wind.id;
        c.field = "NEW_ENERGY";
        c.regionCode = "620902";
        c.bountyFen = 3_000_000_00L;
        c.eligibility = "已在平台认证的高校、科研院所和企业，可联合申报；牵头单位须具备风电或材料领域研究基础。";
        c.scoreMax = 10;
        c.deadline = calendar.at(10, 17, 0);
        c.openedAt = calendar.at(70, 10, 0);
        c.closedAt = c.deadline;
        c.objectionDays = 7;
        c.stage = ChallengeStage.UNDER_REVIEW;
        c.createdBy = staff.id;
        c.createdAt = calendar.at(75, 9, 30);
        c.updatedAt = c.deadline;
        challenges.persist(c);
        List<Long> criteria = new ArrayList<>();
        criteria.add(criterion(c.id, 1, "技术先进性", "监测精度与除冰原理的创新程度", 40));
        criteria.add(criterion(c.id, 2, "可行性与实施计划", "实证方案、进度与风险应对", 30));
        criteria.add(criterion(c.id, 3, "团队能力", "已有成果与工程经验", 20));
        criteria.add(criterion(c.id, 4, "经费合理性", "预算与揭榜奖金的匹配", 10));

        long lzu = submission(c, AccountDemoData.LZU, "demo-researcher", "基于光纤光栅的叶片覆冰在线监测与电热除冰系统",
                "在叶片前缘预埋光纤光栅传感阵列，实时反演覆冰厚度；分区电热膜按需加热，能耗随覆冰分布调节。",
                "张明远（项目负责人）、兰州大学土木工程与力学学院课题组 6 人", "第 1–4 月样件与风洞试验，第 5–10 月两台机组冬季实证。",
                2_800_000_00L, calendar.at(25, 16, 20));
        long lut = submission(c, AccountDemoData.LUT, "demo-researcher-2", "超疏水涂层与微波除冰复合方案",
                "叶片表面喷涂自修复超疏水涂层延缓覆冰，配合机舱内微波源对前缘局部除冰，无需改造叶片结构。",
                "李国强（项目负责人）、兰州理工大学材料学院与电气学院联合团队 8 人", "第 1–3 月涂层耐候试验，第 4–12 月实证与能耗对比。",
                2_500_000_00L, calendar.at(13, 11, 5));
        long imp = submission(c, AccountDemoData.IMP, "demo-researcher-3", "基于声发射与机器视觉的覆冰识别与超声导波除冰",
                "机舱摄像与叶根声发射传感融合识别覆冰，超声导波激励使冰层与叶片界面剥离。",
                "周晓峰（项目负责人）、近代物理研究所加速器技术团队 5 人", "第 1–6 月实验室验证，第 7–12 月单机实证。",
                3_000_000_00L, calendar.at(11, 15, 40));

        reviews.invite(c.id, reviewer.id, staff.id);
        reviews.invite(c.id, expert.id, staff.id);
        Organisation lzuOrg = organisations.findByCreditCode(AccountDemoData.LZU).orElseThrow();
        reviews.declareConflict(reviewer.id, lzuOrg.id, "曾任兰州大学兼职教授，与该课题组有合作论文");
        reviews.assign(lut, reviewer.id, staff.id);
        reviews.assign(imp, reviewer.id, staff.id);
        reviews.assign(lzu, expert.id, staff.id);
        reviews.assign(lut, expert.id, staff.id);
        reviews.assign(imp, expert.id, staff.id);
        score(lut, reviewer.id, criteria, new int[] {8, 7, 8, 6}, "涂层耐久性数据充分，微波源功率与安全距离需进一步论证。", now);
        score(lzu, expert.id, criteria, new int[] {9, 8, 9, 7}, "监测精度指标可信，电热膜分区设计合理。", now);
        score(imp, expert.id, criteria, new int[] {7, 5, 6, 8}, "原理新颖，但实证周期偏短。", now);
        audit.record(Challenge.ENTITY, c.id, "start-review", ChallengeStage.CLOSED, ChallengeStage.UNDER_REVIEW,
                AuditTrail.reason("demo_data"));
        LOG.info("Loaded the demo challenge under review");
    }

    private long criterion(long challengeId, int position, String name, String description, int weight) {
        ChallengeCriterion k = new ChallengeCriterion();
        k.challengeId = challengeId;
        k.position = (short) position;
        k.name = name;
        k.description = description;
        k.weight = (short) weight;
        em.persist(k);
        return k.id;
    }

    private long submission(Challenge c, String creditCode, String member, String title, String description,
            String team, String plan, long budgetFen, OffsetDateTime submittedAt) {
        ChallengeSubmission s = new ChallengeSubmission();
        s.challengeId = c.id;
        s.organisationId = organisations.findByCreditCode(creditCode).orElseThrow().id;
        s.title = title;
        s.description = description;
        s.teamMembers = team;
        s.plan = plan;
        s.budgetFen = budgetFen;
        s.submittedBy = accounts.findByUsername(member).orElseThrow().id;
        s.submittedAt = submittedAt;
        s.updatedAt = s.submittedAt;
        em.persist(s);
        return s.id;
    }

    private void score(long submissionId, long reviewerId, List<Long> criteria, int[] scores, String comment,
            OffsetDateTime at) {
        for (int i = 0; i < scores.length; i++) {
            reviews.saveScore(submissionId, reviewerId, criteria.get(i), scores[i], comment);
        }
        reviews.complete(submissionId, reviewerId, at);
    }
}

package org.techmarket.challenge;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.techmarket.account.AccountService;
import org.techmarket.common.Caller;
import org.techmarket.common.TechMarketConfig;

/**
 * One open demo challenge (揭榜挂帅): the demo membrane company's published need for lithium recovery, posed by
 * staff with a bounty of ¥3 million, closing four weeks ahead at 17:00 Lanzhou time, with three criteria and two
 * teams' solutions (the demo university and institute). Taken through the real services; loaded once.
 */
@ApplicationScoped
public class ChallengeDemoData {

    private static final Logger LOG = Logger.getLogger(ChallengeDemoData.class);
    static final String NEED = "锂电池回收中锂的膜分离提取";
    private static final long WAN = 1_000_000L;

    @Inject
    TechMarketConfig config;

    @Inject
    ChallengeService challenges;

    @Inject
    SubmissionService submissions;

    @Inject
    ChallengeRepository repository;

    @Inject
    AccountService accounts;

    @Inject
    org.techmarket.listing.ListingDemoData demoListings;

    @Transactional
    void onStart(@Observes @Priority(45) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        Optional<Caller> staff = member("demo-staff");
        Long need = demoListings.byTitle().get(NEED);
        if (staff.isEmpty() || need == null || repository.count("needId", need) > 0) {
            return;
        }
        Optional<ChallengeApi.ChallengeRequest> fromNeed = challenges.draftFromNeed(staff.get(), need);
        if (fromNeed.isEmpty()) {
            return; // the need is not published (yet): no challenge from it
        }
        ChallengeApi.ChallengeRequest n = fromNeed.get();
        OffsetDateTime deadline = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).plusWeeks(4).with(LocalTime.of(17, 0));
        Challenge c = challenges.create(staff.get(), new ChallengeApi.ChallengeRequest(ChallengeSource.ENTERPRISE_NEED,
                need, null, "退役锂电池浸出液选择性提锂膜分离技术揭榜", n.problem()
                        + "\n揭榜目标：锂回收率不低于90%，膜组件连续运行1000小时通量衰减不超过15%，完成吨级中试。",
                n.field(), n.regionCode(), 300 * WAN, deadline,
                "在中国境内注册、经平台认证的高校、科研院所或企业；牵头单位具有膜分离或湿法冶金研发基础，可组建联合体揭榜。",
                10, 7, List.of(
                        new ChallengeApi.CriterionRequest("技术先进性", "提锂选择性、回收率与膜寿命指标", 40),
                        new ChallengeApi.CriterionRequest("实施可行性", "团队、中试条件、进度计划", 35),
                        new ChallengeApi.CriterionRequest("经济性", "预算合理性与吨锂处理成本", 25))));
        challenges.open(staff.get(), c.id);
        int teams = 0;
        Optional<Caller> lzu = member("demo-researcher");
        if (lzu.isPresent()) {
            submissions.save(lzu.get(), c.id, new ChallengeApi.SubmissionRequest("荷电纳滤膜梯级分离提锂技术方案",
                    "以荷电复合纳滤膜对锂、镍、钴、锰进行梯级分离，结合电渗析浓缩，锂选择性分离系数大于30。",
                    "张明远（项目负责人，教授）、陈静（副教授）、博士研究生3名", "第1–6个月：膜材料优化与小试；第7–12个月：膜组件放大；"
                            + "第13–18个月：吨级中试与工艺包。", 260 * WAN));
            teams++;
        }
        Optional<Caller> imp = member("demo-researcher-3");
        if (imp.isPresent()) {
            submissions.save(imp.get(), c.id, new ChallengeApi.SubmissionRequest("离子径迹膜锂离子筛分技术方案",
                    "利用重离子辐照径迹蚀刻制备亚纳米孔道膜，按离子水合半径筛分锂离子，耐酸碱、寿命长。",
                    "周晓峰（项目负责人，研究员）、工程师2名、博士后1名", "第1–8个月：孔道调控与膜片制备；第9–18个月：组件集成与中试验证。",
                    280 * WAN));
            teams++;
        }
        LOG.infof("Loaded the demo challenge with %d team submissions", teams);
    }

    private Optional<Caller> member(String username) {
        return accounts.findByUsername(username).map(u -> Caller.member(u.id, u.username, u.organisationId, u.role));
    }
}

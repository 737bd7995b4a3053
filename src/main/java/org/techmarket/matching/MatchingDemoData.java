package org.techmarket.matching;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.techmarket.account.AccountService;
import org.techmarket.common.Caller;
import org.techmarket.common.DemoCalendar;
import org.techmarket.common.TechMarketConfig;

/**
 * Eleven match cases (供需对接) between the demo needs and results, brokered through {@link CaseService}
 * as staff and parties do it: three agreed (they lead to contracts), five declined for each reason,
 * three still open, with the parties' messages. Loaded once, after the listings and before the
 * contracts, when demo data is on. Demo-only: the cases, their messages and audit trail are then
 * moved by SQL to their story days, each after both of its listings were posted.
 */
@ApplicationScoped
public class MatchingDemoData {

    private static final Logger LOG = Logger.getLogger(MatchingDemoData.class);
    private static final String STAFF = "demo-staff";

    @Inject
    TechMarketConfig config;

    @Inject
    CaseService cases;

    @Inject
    MatchCaseRepository repository;



    @Inject
    AccountService accounts;

    @Inject
    org.techmarket.listing.ListingDemoData demoListings;

    @Inject
    EntityManager em;

    /** One move of a case, by whom, on its story day. */
    private record Step(int daysAgo, String actor, CaseStatus to, DeclineReason reason, String comment) {
    }

    /** A message in a case. */
    private record Note(int daysAgo, String author, String body) {
    }

    private record Story(String need, String result, int openedDaysAgo, List<Step> steps, List<Note> notes) {
    }

    private static Step step(int daysAgo, String actor, CaseStatus to, String comment) {
        return new Step(daysAgo, actor, to, null, comment);
    }

    private static Step declined(int daysAgo, String actor, DeclineReason reason, String comment) {
        return new Step(daysAgo, actor, CaseStatus.DECLINED, reason, comment);
    }

    private static final List<Story> STORIES = List.of(
            new Story("风电机组齿轮箱状态监测与故障预警", "风电齿轮箱故障诊断算法", 241, List.of(
                    step(237, STAFF, CaseStatus.CONTACTED, "已电话联系双方，企业同意提供风场振动数据样本"),
                    step(223, STAFF, CaseStatus.NEGOTIATING, "离线数据验证完成，进入许可条件商谈"),
                    step(201, "demo-enterprise-4", CaseStatus.AGREED, "同意以普通许可方式引进，在酒泉两个风场部署")), List.of(
                    new Note(235, "demo-enterprise-4", "我们风场有两种主力机型，想先在十台机组上试点，请问部署算法需要增加哪些传感器？"),
                    new Note(232, "demo-researcher-2", "现有振动监测系统的数据即可接入，采样频率不低于10kHz。我们先用贵公司去年的数据做离线验证。"),
                    new Note(210, "demo-enterprise-4", "离线验证结果已收到，两次断齿故障都提前两周以上发出了预警，效果不错。"))),
            new Story("铜冶炼烟气余热高效回收发电", "工业余热有机朗肯循环发电装置", 207, List.of(
                    step(202, STAFF, CaseStatus.CONTACTED, "已安排兰州理工大学专家赴白银现场踏勘"),
                    step(185, STAFF, CaseStatus.NEGOTIATING, "现场测得余热温度145–160℃，可装两台500千瓦机组，商谈转让条件"),
                    step(157, "demo-enterprise-3", CaseStatus.AGREED, "同意技术转让，含两台样机设备及安装调试")), List.of(
                    new Note(200, "demo-researcher-2", "请提供近一年的烟气温度和流量记录，我们据此核算装机规模。"),
                    new Note(190, "demo-enterprise-3", "数据已整理好发到邮箱，冬季流量偏大，夏季检修期略低。"))),
            new Story("工业高盐废水零排放膜处理工艺", "高通量抗污染纳滤膜制备技术", 118, List.of(
                    step(114, STAFF, CaseStatus.CONTACTED, "企业已收到膜样片，开始中试"),
                    step(96, STAFF, CaseStatus.NEGOTIATING, "中试数据达标，商谈许可范围和费用"),
                    step(51, "demo-enterprise", CaseStatus.AGREED, "同意许可；分盐结晶工艺另行委托联合开发")), List.of(
                    new Note(112, "demo-researcher", "样片已寄出，请按说明中的条件做耐污染测试，每周记录一次通量。"),
                    new Note(90, "demo-enterprise", "中试两个月，通量衰减不到15%，硫酸根截留率稳定在97%以上。"),
                    new Note(60, STAFF, "许可合同签订后可在平台办理技术合同认定登记，享受相关税收优惠。"))),
            new Story("机器人自动上下料单元集成", "工业机器人视觉引导焊接系统", 185, List.of(
                    step(180, STAFF, CaseStatus.CONTACTED, null),
                    step(165, STAFF, CaseStatus.NEGOTIATING, "成果方提供整套系统报价"),
                    declined(150, "demo-enterprise-2", DeclineReason.PRICE,
                            "整套系统报价180万元，超出预算上限，拟改为只委托开发视觉定位部分")), List.of(
                    new Note(170, "demo-enterprise-2", "我们只需要上下料的视觉定位，焊接部分用不上，能否拆分报价？"))),
            new Story("稀土长余辉材料在矿山安全标识中的应用", "稀土掺杂长余辉发光材料", 168, List.of(
                    step(163, STAFF, CaseStatus.CONTACTED, null),
                    step(145, STAFF, CaseStatus.NEGOTIATING, "商谈独占许可"),
                    declined(120, "demo-enterprise-3", DeclineReason.IP_UNCLEAR,
                            "专利为学校与另一企业共有，独占许可未获共有人同意，暂不推进")), List.of(
                    new Note(140, "demo-researcher", "共有人希望保留在涂料领域的使用权，独占许可的范围还需要再谈。"))),
            new Story("光伏电站清洗废水回用方案", "光伏组件清洗机器人", 155, List.of(
                    step(150, STAFF, CaseStatus.CONTACTED, null),
                    declined(146, "demo-enterprise", DeclineReason.NOT_RELEVANT, "我们需要的是清洗废水的处理回用技术，不是清洗设备")),
                    List.of()),
            new Story("反渗透膜元件自动卷制设备", "工业机器人视觉引导焊接系统", 178, List.of(
                    step(172, STAFF, CaseStatus.CONTACTED, null),
                    declined(160, "demo-enterprise", DeclineReason.OTHER, "已通过设备招标整体采购卷制生产线，本需求暂不再对接")),
                    List.of()),
            new Story("锂电池回收中锂的膜分离提取", "核孔膜制备技术", 80, List.of(
                    step(76, STAFF, CaseStatus.CONTACTED, null),
                    step(62, STAFF, CaseStatus.NEGOTIATING, "双方商定先做小试"),
                    declined(47, "demo-enterprise", DeclineReason.TOO_EARLY,
                            "核孔膜用于锂的选择性分离还在实验室验证阶段，约定明年有中试数据后再对接")), List.of(
                    new Note(60, STAFF, "已组织双方线上会议，建议先用企业提供的浸出液做小试。"),
                    new Note(55, "demo-researcher-3", "小试中锂镁分离系数还不够，需要进一步修饰孔道，预计还要一年左右。"))),
            new Story("机床远程运维与预测性维护平台", "风电齿轮箱故障诊断算法", 72, List.of(
                    step(68, STAFF, CaseStatus.CONTACTED, null),
                    step(50, STAFF, CaseStatus.NEGOTIATING, "商谈算法在机床主轴上的验证方案")), List.of(
                    new Note(55, "demo-enterprise-2", "请提供算法在机床主轴振动数据上的验证报告，我们可以提供三台机床的监测数据。"),
                    new Note(45, "demo-researcher-2", "数据已收到，正在做迁移验证，预计本月底给出报告。"))),
            new Story("膜材料表面抗菌改性技术", "高通量抗污染纳滤膜制备技术", 28, List.of(
                    step(24, STAFF, CaseStatus.CONTACTED, null)), List.of(
                    new Note(22, "demo-researcher", "抗污染涂层可以和抗菌改性结合起来做，下周可以到贵公司交流。"))),
            new Story("戈壁光伏电站组件无水清洗", "光伏组件清洗机器人", 14, List.of(
                    step(10, STAFF, CaseStatus.CONTACTED, "已联系兰州理工大学团队")), List.of(
                    new Note(9, "demo-enterprise-4", "希望安排到瓜州电站现场演示，最好在十二月中旬风沙较大的时候。"))));

    @Transactional
    void onStart(@Observes @Priority(35) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        Optional<Caller> staff = member(STAFF);
        Map<String, Long> byTitle = demoListings.byTitle();
        // Loaded once, on the listings of the same story: all of them there, no case on them yet.
        boolean storyListings = STORIES.stream().allMatch(s -> byTitle.containsKey(s.need()) && byTitle.containsKey(s.result()));
        if (staff.isEmpty() || !storyListings || !repository.listInvolving(byTitle.values()).isEmpty()) {
            return;
        }
        DemoCalendar calendar = DemoCalendar.now();
        Map<String, Optional<Caller>> callers = new HashMap<>();
        Function<String, Caller> as = username -> callers.computeIfAbsent(username, this::member).orElse(staff.get());
        DemoCalendar.Rows opened = new DemoCalendar.Rows("id bigint", "created_at timestamptz", "updated_at timestamptz");
        DemoCalendar.Rows steps = new DemoCalendar.Rows("case_id bigint", "n int", "at timestamptz", "actor varchar");
        DemoCalendar.Rows written = new DemoCalendar.Rows("id bigint", "created_at timestamptz");
        for (Story story : STORIES) {
            long need = byTitle.get(story.need());
            long result = byTitle.get(story.result());
            MatchCase c = cases.open(staff.get(), need, result);
            OffsetDateTime openedAt = calendar.at(story.openedDaysAgo(), 10, story.openedDaysAgo() % 50);
            OffsetDateTime at = openedAt;
            steps.add(c.id, 1, openedAt, staff.get().username());
            int n = 1;
            for (Step s : story.steps()) {
                Caller actor = as.apply(s.actor());
                cases.transition(actor, c.id, s.to(), s.reason(), s.comment());
                n++;
                at = calendar.at(s.daysAgo(), 11 + n % 5, n * 7);
                steps.add(c.id, n, at, actor.username());
            }
            opened.add(c.id, openedAt, at);
            for (Note note : story.notes()) {
                CaseMessage m = cases.post(as.apply(note.author()), c.id, note.body());
                written.add(m.id, calendar.at(note.daysAgo(), 9 + note.daysAgo() % 8, note.daysAgo() % 60));
            }
        }
        backdate(opened, steps, written);
        LOG.infof("Loaded %d demo match cases", opened.size());
    }

    /**
     * Demo only: the cases, their steps in the audit trail (in the order they were taken, with who took
     * them) and their messages move to their story days, by one UPDATE per table. The last step of the
     * load, so that no entity is written over them again.
     */
    private void backdate(DemoCalendar.Rows opened, DemoCalendar.Rows steps, DemoCalendar.Rows written) {
        em.flush();
        opened.update(em, "UPDATE match_case c SET created_at = s.created_at, updated_at = s.updated_at FROM "
                + opened.source() + " WHERE c.id = s.id");
        // At start-up no one is logged in, so the trail says "system"; it names who took each step.
        steps.update(em, "UPDATE audit_event e SET occurred_at = s.at, actor = s.actor FROM (SELECT id, entity_id, row_number() OVER"
                + " (PARTITION BY entity_id ORDER BY id) AS n FROM audit_event WHERE entity_type = '" + MatchCase.ENTITY
                + "') AS a, " + steps.source() + " WHERE e.id = a.id AND a.entity_id = s.case_id AND a.n = s.n");
        if (!written.isEmpty()) {
            written.update(em, "UPDATE case_message m SET created_at = s.created_at FROM " + written.source()
                    + " WHERE m.id = s.id");
        }
    }

    private Optional<Caller> member(String username) {
        return accounts.findByUsername(username).map(u -> Caller.member(u.id, u.username, u.organisationId, u.role));
    }
}

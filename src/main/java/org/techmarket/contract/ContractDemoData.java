package org.techmarket.contract;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.techmarket.account.AccountDemoData;
import org.techmarket.account.AccountService;
import org.techmarket.account.OrganisationService;
import org.techmarket.common.Caller;
import org.techmarket.common.DemoCalendar;
import org.techmarket.common.TechMarketConfig;
import org.techmarket.common.UploadedFiles;
import org.techmarket.matching.CaseService;
import org.techmarket.matching.CaseStatus;

/**
 * Eleven demo technology contracts of the year, taken through the real workflow: nine registered (from
 * ¥50,000 to ¥8 million, every contract type, sellers from the Lanzhou universities and institutes and
 * a testing firm, buyers in 兰州, 天水, 白银 and 酒泉), three of them drafted from an agreed match case; one
 * returned for correction and one waiting for staff. Loaded once, after the match cases, when demo
 * data is on. Demo-only: the contracts, their documents and audit trail are then moved by SQL to their
 * story days (each decided within 30 days of its submission; the waiting one is due in the future).
 */
@ApplicationScoped
public class ContractDemoData {

    private static final Logger LOG = Logger.getLogger(ContractDemoData.class);
    private static final long WAN = 1_000_000L;

    @Inject
    TechMarketConfig config;

    @Inject
    ContractService contracts;

    @Inject
    ContractRepository repository;

    @Inject
    CaseService cases;


    @Inject
    OrganisationService organisations;

    @Inject
    AccountService accounts;

    @Inject
    org.techmarket.listing.ListingDemoData demoListings;

    @Inject
    EntityManager em;

    /**
     * One contract: who sells to whom, signed, submitted and decided on its story days (no decision: it
     * waits). {@code fromCase}: drafted from the agreed case on the named need; else linked to the named
     * need and result (either may be null).
     */
    private record Deal(String seller, String buyer, String buyerCode, ContractType type, String project,
            int signedDaysAgo, int submittedDaysAgo, Integer decidedDaysAgo, ContractService.Decision decision,
            Long approvedWan, String reason, long contractWan, long transactionWan, long equipmentWan, int years,
            String payment, boolean fromCase, String need, String result) {
    }

    private static final List<Deal> DEALS = List.of(
            new Deal("demo-provider", "demo-enterprise-2", AccountDemoData.MACHINE, ContractType.SERVICE,
                    "床身铸件内部缺陷超声与射线无损检测技术服务", 293, 290, 275, ContractService.Decision.REGISTER, null, null,
                    5, 5, 0, 1, "检测报告交付后一次性支付", false, "铸件内部缺陷无损检测", null),
            new Deal("demo-researcher", "demo-enterprise-2", AccountDemoData.MACHINE, ContractType.CONSULTING,
                    "精密数控机床主轴热误差建模与补偿方案技术咨询", 258, 256, 241, ContractService.Decision.REGISTER, null, null,
                    28, 28, 0, 1, "签约后支付60%，提交咨询报告后支付40%", false, "数控机床主轴热变形补偿技术", null),
            new Deal("demo-researcher-3", "demo-enterprise", AccountDemoData.MEMBRANE, ContractType.DEVELOPMENT,
                    "重离子径迹核孔膜精密过滤组件联合开发", 223, 221, 199, ContractService.Decision.REGISTER, 150L, null,
                    180, 165, 15, 2, "按研发节点分三期支付", false, null, "核孔膜制备技术"),
            new Deal("demo-researcher-2", "demo-enterprise-4", AccountDemoData.WIND, ContractType.LICENSE,
                    "风电齿轮箱故障诊断算法许可", 195, 193, 177, ContractService.Decision.REGISTER, null, null,
                    120, 120, 0, 3, "许可费分两期支付，系统上线验收后支付第二期", true, "风电机组齿轮箱状态监测与故障预警", null),
            new Deal("demo-researcher-2", "demo-enterprise-3", AccountDemoData.NONFERROUS, ContractType.TRANSFER,
                    "工业余热有机朗肯循环发电技术转让", 144, 142, 122, ContractService.Decision.REGISTER, null, null,
                    620, 550, 70, 3, "签约后支付30%，设备到货支付40%，并网发电验收后支付30%", true, "铜冶炼烟气余热高效回收发电", null),
            new Deal("demo-researcher-2", "demo-enterprise-2", AccountDemoData.MACHINE, ContractType.DEVELOPMENT,
                    "数控车床机器人上下料视觉定位系统委托开发", 97, 95, 75, ContractService.Decision.REGISTER, null, null,
                    96, 96, 0, 2, "签约后支付40%，样机验收后支付60%", false, "机器人自动上下料单元集成", null),
            new Deal("demo-researcher", "demo-enterprise-4", AccountDemoData.WIND, ContractType.SERVICE,
                    "风电机组基础沉降北斗高精度监测技术服务", 83, 81, 61, ContractService.Decision.REGISTER, null, null,
                    42, 42, 0, 2, "按季度支付服务费", false, null, "基于北斗的滑坡地质灾害监测预警"),
            new Deal("demo-researcher", "demo-enterprise", AccountDemoData.MEMBRANE, ContractType.LICENSE,
                    "高通量抗污染纳滤膜制备技术许可", 40, 38, 23, ContractService.Decision.REGISTER, null, null,
                    320, 280, 40, 3, "签约后30日内支付50%，验收后支付余款", true, "工业高盐废水零排放膜处理工艺", null),
            new Deal("demo-researcher-2", "demo-enterprise-2", AccountDemoData.MACHINE, ContractType.DEVELOPMENT,
                    "高速电主轴陶瓷球轴承国产化联合开发", 27, 25, 9, ContractService.Decision.REGISTER, null, null,
                    800, 680, 120, 3, "按样件、小批量、批量供货三个阶段支付", false, "高速电主轴轴承国产化", null),
            new Deal("demo-researcher", "demo-enterprise-2", AccountDemoData.MACHINE, ContractType.DEVELOPMENT,
                    "机床远程运维数据平台委托开发", 23, 20, 13, ContractService.Decision.RETURN, null,
                    "合同金额中含服务器等硬件采购约8万元，应作为设备费用单独列明，不计入技术交易额，请修改后重新提交。",
                    55, 55, 0, 2, "分三期支付", false, "机床远程运维与预测性维护平台", null),
            new Deal("demo-researcher", "demo-enterprise", AccountDemoData.MEMBRANE, ContractType.DEVELOPMENT,
                    "工业高盐废水分盐结晶工艺联合开发", 5, 4, null, null, null, null,
                    150, 150, 0, 2, "按里程碑分四期支付", false, "工业高盐废水零排放膜处理工艺", "高通量抗污染纳滤膜制备技术"));

    @Transactional
    void onStart(@Observes @Priority(40) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        Optional<Caller> staff = member("demo-staff");
        Optional<Long> university = organisations.findByCreditCode(AccountDemoData.LZU).map(o -> o.id);
        // Loaded once: the demo university's contracts are the mark (other contracts may be there too).
        if (staff.isEmpty() || university.isEmpty() || repository.count("seller.organisationId", university.get()) > 0) {
            return;
        }
        DemoCalendar calendar = DemoCalendar.now();
        Map<String, Long> byTitle = demoListings.byTitle();
        DemoCalendar.Rows story = new DemoCalendar.Rows("id bigint", "created_at timestamptz", "submitted_at timestamptz",
                "confirmed_at timestamptz", "decided_at timestamptz", "due_date date", "seller varchar", "buyer varchar",
                "officer varchar");
        Map<String, Optional<Caller>> callers = new HashMap<>();
        byte[] signedCopy = UploadedFiles.blankPdf();
        for (Deal deal : DEALS) {
            Optional<Caller> seller = callers.computeIfAbsent(deal.seller(), this::member);
            Optional<Caller> buyer = callers.computeIfAbsent(deal.buyer(), this::member);
            if (seller.isEmpty() || buyer.isEmpty()) {
                continue;
            }
            Contract c = contracts.create(seller.get(), request(seller.get(), deal, byTitle, calendar));
            contracts.upload(seller.get(), c.id, "技术合同（签字盖章）.pdf", signedCopy);
            contracts.submit(seller.get(), c.id);
            contracts.confirm(buyer.get(), c.id);
            if (deal.decision() != null) {
                contracts.decide(staff.get(), c.id, deal.decision(),
                        deal.approvedWan() == null ? null : deal.approvedWan() * WAN, deal.reason());
            }
            int submitted = deal.submittedDaysAgo();
            OffsetDateTime submittedAt = calendar.at(submitted, 9, 40 + submitted % 20);
            story.add(c.id, calendar.at(submitted + 1, 15, submitted % 60), submittedAt,
                    calendar.at(submitted - 1, 10, submitted % 50),
                    deal.decidedDaysAgo() == null ? null : calendar.at(deal.decidedDaysAgo(), 16, deal.decidedDaysAgo() % 60),
                    submittedAt.toLocalDate().plusDays(Contract.DECISION_DAYS), seller.get().username(),
                    buyer.get().username(), staff.get().username());
        }
        backdate(story);
        LOG.infof("Loaded %d demo contracts", story.size());
    }

    /** The contract as its seller fills it in: from the agreed case when there is one. */
    private ContractApi.ContractRequest request(Caller seller, Deal deal, Map<String, Long> byTitle, DemoCalendar calendar) {
        Long caseId = null;
        Long need = deal.need() == null ? null : byTitle.get(deal.need());
        Long result = deal.result() == null ? null : byTitle.get(deal.result());
        if (deal.fromCase() && need != null) {
            long caseNeed = need;
            Optional<ContractApi.ContractRequest> draft = cases.listFor(seller).stream()
                    .filter(mc -> mc.status == CaseStatus.AGREED && mc.needId == caseNeed)
                    .map(mc -> mc.id).findFirst()
                    .flatMap(id -> contracts.draftFromCase(seller, id));
            if (draft.isPresent()) {
                caseId = draft.get().caseId();
                need = null; // the case names its need and result
            }
        }
        LocalDate signed = calendar.day(deal.signedDaysAgo());
        EntityType sellerType = deal.seller().startsWith("demo-researcher") ? EntityType.PUBLIC_INSTITUTION
                : EntityType.ENTERPRISE;
        return new ContractApi.ContractRequest(deal.type(), deal.project(), sellerType, deal.buyerCode(),
                EntityType.ENTERPRISE, signed, signed, signed.plusYears(deal.years()), deal.contractWan() * WAN,
                deal.transactionWan() * WAN, deal.equipmentWan() * WAN, deal.payment(), caseId, result, need);
    }

    /**
     * Demo only: the contracts move to their story days (drafted, submitted, confirmed by the buyer,
     * decided, due 30 days after submission), with their signed documents and audit trail (naming who
     * took each step), by one UPDATE per table. The last step of the load, so that no entity is written over them again.
     */
    private void backdate(DemoCalendar.Rows story) {
        if (story.isEmpty()) {
            return;
        }
        em.flush();
        story.update(em, """
                UPDATE contract c SET created_at = s.created_at, submitted_at = s.submitted_at,
                       buyer_confirmed_at = CASE WHEN c.buyer_confirmed_at IS NULL THEN NULL ELSE s.confirmed_at END,
                       decided_at = CASE WHEN c.decided_at IS NULL THEN NULL ELSE s.decided_at END,
                       due_date = s.due_date, updated_at = coalesce(s.decided_at, s.confirmed_at, s.submitted_at)
                  FROM""" + " " + story.source() + " WHERE c.id = s.id");
        story.update(em, "UPDATE contract_document d SET uploaded_at = c.created_at FROM contract c, " + story.source()
                + " WHERE c.id = s.id AND d.contract_id = c.id");
        // At start-up no one is logged in, so the trail says "system"; it names who took each step.
        story.update(em, """
                UPDATE audit_event e
                   SET occurred_at = CASE e.action WHEN 'submit' THEN c.submitted_at WHEN 'buyer-confirm' THEN c.buyer_confirmed_at
                                    WHEN 'register' THEN c.decided_at WHEN 'return' THEN c.decided_at ELSE c.created_at END,
                       actor = CASE e.action WHEN 'buyer-confirm' THEN s.buyer WHEN 'register' THEN s.officer
                                    WHEN 'return' THEN s.officer ELSE s.seller END
                  FROM contract c,""" + " " + story.source() + " WHERE c.id = s.id AND e.entity_type = '" + Contract.ENTITY
                + "' AND e.entity_id = c.id");
    }

    private Optional<Caller> member(String username) {
        return accounts.findByUsername(username).map(u -> Caller.member(u.id, u.username, u.organisationId, u.role));
    }
}

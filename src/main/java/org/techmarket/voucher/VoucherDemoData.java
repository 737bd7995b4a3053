package org.techmarket.voucher;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;
import org.techmarket.account.AccountService;
import org.techmarket.account.UserAccount;
import org.techmarket.common.Caller;
import org.techmarket.common.DemoCalendar;
import org.techmarket.common.TechMarketConfig;

/**
 * A demo voucher program taken through the real workflow: opened by staff in March, two providers
 * registered, two enterprises' vouchers issued in spring; seven claims from July to November (four
 * paid, three waiting for staff with their proof) and one order with money reserved. One claim is the
 * third of one pair within 90 days and carries that flag; the others carry none (flags are meant to
 * be rare). Demo-only: the records and ledger transactions are then moved to their story days by SQL
 * ({@link Story}), amounts untouched.
 */
@ApplicationScoped
public class VoucherDemoData {

    private static final Logger LOG = Logger.getLogger(VoucherDemoData.class);

    @Inject
    TechMarketConfig config;

    @Inject
    ServiceOrderService orderService;
    @Inject
    VoucherProgramService programService;
    @Inject
    ProviderService providerService;
    @Inject
    RedemptionService redemptionService;

    @Inject
    VoucherProgramRepository programs;

    @Inject
    AccountService accounts;

    @Inject
    EntityManager em;

    @Transactional
    @ActivateRequestContext
    void onStart(@Observes @Priority(50) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        var enterpriseUser = accounts.findByUsername("demo-enterprise");
        var providerUser = accounts.findByUsername("demo-provider");
        var staffUser = accounts.findByUsername("demo-staff");
        var enterprise2User = accounts.findByUsername("demo-enterprise-2");
        var provider2User = accounts.findByUsername("demo-provider-2");
        if (enterpriseUser.isEmpty() || providerUser.isEmpty() || staffUser.isEmpty() || enterprise2User.isEmpty()
                || provider2User.isEmpty()) {
            return;
        }
        Caller enterprise = caller(enterpriseUser.get());
        if (!orderService.vouchersOf(enterprise).isEmpty()) {
            return;
        }
        Caller provider = caller(providerUser.get());
        Caller staff = caller(staffUser.get());
        Caller enterprise2 = caller(enterprise2User.get());
        Caller provider2 = caller(provider2User.get());
        DemoCalendar calendar = DemoCalendar.now();
        int year = calendar.today().getYear();
        LocalDate end = LocalDate.of(year, 12, 31);
        Story story = new Story(calendar);

        VoucherProgram program = programService.createProgram(staff, new VoucherApi.ProgramRequest(
                year + "年度兰州市科技创新券（科技型中小企业）", year, 2_000_000_00L, 100_000_00L, 50,
                end.isAfter(LocalDate.now().plusMonths(3)) ? end : LocalDate.now().plusMonths(6),
                (end.isAfter(LocalDate.now().plusMonths(3)) ? end : LocalDate.now().plusMonths(6)).plusMonths(2),
                List.of("TESTING", "RND", "DESIGN", "CONSULTING")));
        programService.openProgram(staff, program.id);
        ProviderRegistration registration = providerService.registerProvider(provider, List.of("TESTING", "RND", "CONSULTING"));
        providerService.decideProvider(staff, registration.id, true, null);
        story.registered.add(registration.id, calendar.at(270, 10, 20), calendar.at(268, 15, 5));
        ProviderRegistration registration2 = providerService.registerProvider(provider2, List.of("RND", "DESIGN", "CONSULTING"));
        providerService.decideProvider(staff, registration2.id, true, null);
        story.registered.add(registration2.id, calendar.at(266, 9, 45), calendar.at(264, 16, 10));
        VoucherApplication application = programService.apply(enterprise, program.id,
                "委托第三方开展纳滤膜组件耐污染性能检测及中试工艺优化咨询");
        programService.decideApplication(staff, program.id, application.id, true, null);
        story.applied.add(application.id, calendar.at(258, 11, 5), calendar.at(251, 15, 30));
        VoucherApplication application2 = programService.apply(enterprise2, program.id,
                "数控机床主轴热变形检测与五轴联动控制系统研发咨询");
        programService.decideApplication(staff, program.id, application2.id, true, null);
        story.applied.add(application2.id, calendar.at(236, 14, 40), calendar.at(229, 10, 15));
        Voucher voucher = orderService.vouchersOf(enterprise).get(0);
        Voucher voucher2 = orderService.vouchersOf(enterprise2).get(0);

        // Story days: ordered, delivered, claimed, paid (a claim without a payday waits for staff).
        claim(story, enterprise, provider, voucher.id, "TESTING", "纳滤膜组件截留率、通量衰减及耐氯性能检测（12组样品）",
                36_800_00L, 18_400_00L, "62001234-00018861", "检测报告.pdf", staff, 94, 80, 76, 68);
        claim(story, enterprise, provider2, voucher.id, "DESIGN", "膜组件自动化卷制生产线方案设计", 62_200_00L, 31_100_00L,
                "62001888-00003105", "发票及服务报告.pdf", staff, 173, 131, 127, 118);
        claim(story, enterprise2, provider2, voucher2.id, "RND", "数控机床主轴热变形补偿算法联合研发", 48_000_00L, 24_000_00L,
                "62001888-00003122", "发票及服务报告.pdf", staff, 201, 150, 146, 137);
        claim(story, enterprise2, provider, voucher2.id, "TESTING", "机床铸件残余应力检测", 31_500_00L, 15_750_00L,
                "62001234-00019402", "发票及服务报告.pdf", staff, 111, 93, 89, 81);
        claim(story, enterprise, provider, voucher.id, "CONSULTING", "高盐废水分盐结晶中试工艺路线咨询", 52_000_00L, 26_000_00L,
                "62001234-00019207", "咨询报告及发票.pdf", null, 45, 16, 13, 0);
        claim(story, enterprise2, provider2, voucher2.id, "CONSULTING", "五轴联动控制系统选型咨询", 40_000_00L, 20_000_00L,
                "62001888-00003140", "发票及服务报告.pdf", null, 30, 12, 9, 0);
        // The pair's third claim within 90 days (after 76 and 13 days ago): flagged REPEATED_PAIR on the staff desk.
        claim(story, enterprise, provider, voucher.id, "TESTING", "膜污染物成分分析（6组样品）", 9_000_00L, 4_500_00L,
                "62001234-00019388", "发票及服务报告.pdf", null, 14, 8, 6, 0);

        ServiceOrder open = orderService.createOrder(enterprise, provider.organisationId(), "RND",
                "抗污染涂层配方小试与表征", 60_000_00L);
        orderService.applyVoucher(enterprise, open.id, voucher.id, 20_000_00L);
        story.ordered.add(open.id, calendar.at(26, 10, 30), null);
        story.backdate(program.id, calendar.at(275, 9, 30), calendar.at(272, 10, 0));
        LOG.info("Loaded demo vouchers");
    }

    /**
     * The demo program's story: when each record was made and decided. Demo-only: after the records
     * are made through the services (which stamp now), they and the program's ledger transactions are
     * moved to these days by one UPDATE per table; no amount changes, so the ledger stays whole.
     */
    private final class Story {

        final DemoCalendar calendar;
        final DemoCalendar.Rows registered = new DemoCalendar.Rows("id bigint", "created_at timestamptz", "decided_at timestamptz");
        final DemoCalendar.Rows applied = new DemoCalendar.Rows("id bigint", "created_at timestamptz", "decided_at timestamptz");
        final DemoCalendar.Rows ordered = new DemoCalendar.Rows("id bigint", "created_at timestamptz", "delivered_at timestamptz");
        final DemoCalendar.Rows claimed = new DemoCalendar.Rows("id bigint", "created_at timestamptz", "decided_at timestamptz");

        Story(DemoCalendar calendar) {
            this.calendar = calendar;
        }

        /** The last step of the load, so that no entity is written over the moved rows again. */
        void backdate(long programId, OffsetDateTime created, OffsetDateTime opened) {
            em.flush();
            em.createNativeQuery("UPDATE voucher_program SET created_at = :created, opened_at = :opened WHERE id = :id")
                    .setParameter("created", created).setParameter("opened", opened).setParameter("id", programId)
                    .executeUpdate();
            registered.update(em, "UPDATE provider_registration r SET created_at = s.created_at, decided_at = s.decided_at FROM "
                    + registered.source() + " WHERE r.id = s.id");
            applied.update(em, "UPDATE voucher_application a SET created_at = s.created_at, decided_at = s.decided_at FROM "
                    + applied.source() + " WHERE a.id = s.id");
            applied.update(em, "UPDATE voucher v SET issued_at = s.decided_at FROM " + applied.source()
                    + " WHERE v.application_id = s.id");
            ordered.update(em, "UPDATE service_order o SET created_at = s.created_at, delivered_at = CASE WHEN"
                    + " o.delivered_at IS NULL THEN NULL ELSE s.delivered_at END FROM " + ordered.source() + " WHERE o.id = s.id");
            claimed.update(em, "UPDATE redemption r SET created_at = s.created_at, decided_at = CASE WHEN r.decided_at IS NULL"
                    + " THEN NULL ELSE s.decided_at END FROM " + claimed.source() + " WHERE r.id = s.id");
            claimed.update(em, "UPDATE redemption_proof p SET uploaded_at = s.created_at FROM " + claimed.source()
                    + " WHERE p.redemption_id = s.id");
            // Each movement on the day of what moved it: funding when the program opened, an issue with its
            // voucher, a reservation just after its order, a payment when its claim was approved.
            em.createNativeQuery("""
                    UPDATE ledger_transaction t SET created_at = coalesce(CASE t.kind
                           WHEN 'FUND' THEN p.opened_at
                           WHEN 'ISSUE' THEN (SELECT a.decided_at FROM voucher_application a WHERE t.reference = 'application ' || a.id)
                           WHEN 'RESERVE' THEN (SELECT o.created_at + interval '10 minutes' FROM service_order o
                                                 WHERE t.reference = 'order ' || o.id)
                           WHEN 'REDEEM' THEN (SELECT r.decided_at FROM redemption r WHERE t.reference = 'redemption ' || r.id)
                           END, t.created_at)
                      FROM voucher_program p WHERE p.id = t.program_id AND p.id = :id""")
                    .setParameter("id", programId).executeUpdate();
        }
    }

    /**
     * An order, its voucher share, delivery and claim with proof, on their story days; paid when staff
     * are given.
     */
    private void claim(Story story, Caller enterprise, Caller provider, long voucherId, String category, String description,
            long amountFen, long voucherFen, String invoice, String proofName, Caller staff, int orderedDaysAgo,
            int deliveredDaysAgo, int claimedDaysAgo, int paidDaysAgo) {
        ServiceOrder order = orderService.createOrder(enterprise, provider.organisationId(), category, description, amountFen);
        orderService.applyVoucher(enterprise, order.id, voucherId, voucherFen);
        orderService.deliver(provider, order.id);
        Redemption r = redemptionService.submitRedemptionWithProof(provider, order.id, invoice, proofName, proof());
        if (staff != null) {
            redemptionService.decideRedemption(staff, r.id, true, null);
        }
        DemoCalendar calendar = story.calendar;
        story.ordered.add(order.id, calendar.at(orderedDaysAgo, 10, orderedDaysAgo % 60),
                calendar.at(deliveredDaysAgo, 16, deliveredDaysAgo % 60));
        story.claimed.add(r.id, calendar.at(claimedDaysAgo, 9, 20 + claimedDaysAgo % 40),
                staff == null ? null : calendar.at(paidDaysAgo, 14, paidDaysAgo % 60));
    }

    /** A small, valid one-page PDF standing in for the scanned invoice and report. */
    private static byte[] proof() {
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
                + "4 0 obj<</Length 44>>stream\nBT /F1 18 Tf 20 70 Td (Demo invoice) Tj ET\nendstream endobj\n"
                + "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Caller caller(UserAccount u) {
        return Caller.member(u.id, u.username, u.organisationId, u.role);
    }
}

package org.techmarket.voucher;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import org.techmarket.account.AccountService;
import org.techmarket.account.UserAccount;
import org.techmarket.common.Caller;
import org.techmarket.common.TechMarketConfig;

/**
 * A demo voucher program taken through the real workflow: opened by staff, two providers registered,
 * two enterprises' vouchers issued; seven claims (four paid, three waiting for staff with their
 * proof) and one order with money reserved. One claim is the third of one pair within 90 days and
 * carries that flag; the others carry none (flags are meant to be rare).
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
        int year = LocalDate.now().getYear();
        LocalDate end = LocalDate.of(year, 12, 31);

        VoucherProgram program = programService.createProgram(staff, new VoucherApi.ProgramRequest(
                year + "年度兰州市科技创新券（科技型中小企业）", year, 2_000_000_00L, 100_000_00L, 50,
                end.isAfter(LocalDate.now().plusMonths(3)) ? end : LocalDate.now().plusMonths(6),
                (end.isAfter(LocalDate.now().plusMonths(3)) ? end : LocalDate.now().plusMonths(6)).plusMonths(2),
                List.of("TESTING", "RND", "DESIGN", "CONSULTING")));
        programService.openProgram(staff, program.id);
        ProviderRegistration registration = providerService.registerProvider(provider, List.of("TESTING", "RND", "CONSULTING"));
        providerService.decideProvider(staff, registration.id, true, null);
        ProviderRegistration registration2 = providerService.registerProvider(provider2, List.of("RND", "DESIGN", "CONSULTING"));
        providerService.decideProvider(staff, registration2.id, true, null);
        VoucherApplication application = programService.apply(enterprise, program.id,
                "委托第三方开展纳滤膜组件耐污染性能检测及中试工艺优化咨询");
        programService.decideApplication(staff, program.id, application.id, true, null);
        VoucherApplication application2 = programService.apply(enterprise2, program.id,
                "数控机床主轴热变形检测与五轴联动控制系统研发咨询");
        programService.decideApplication(staff, program.id, application2.id, true, null);
        Voucher voucher = orderService.vouchersOf(enterprise).get(0);
        Voucher voucher2 = orderService.vouchersOf(enterprise2).get(0);

        ServiceOrder redeemed = orderService.createOrder(enterprise, provider.organisationId(), "TESTING",
                "纳滤膜组件截留率、通量衰减及耐氯性能检测（12组样品）", 36_800_00L);
        orderService.applyVoucher(enterprise, redeemed.id, voucher.id, 18_400_00L);
        orderService.deliver(provider, redeemed.id);
        Redemption paid = redemptionService.submitRedemptionWithProof(provider, redeemed.id, "62001234-00018861", "检测报告.pdf", proof());
        redemptionService.decideRedemption(staff, paid.id, true, null);

        ServiceOrder waiting = orderService.createOrder(enterprise, provider.organisationId(), "CONSULTING",
                "高盐废水分盐结晶中试工艺路线咨询", 52_000_00L);
        orderService.applyVoucher(enterprise, waiting.id, voucher.id, 26_000_00L);
        orderService.deliver(provider, waiting.id);
        redemptionService.submitRedemptionWithProof(provider, waiting.id, "62001234-00019207", "咨询报告及发票.pdf", proof());

        ServiceOrder open = orderService.createOrder(enterprise, provider.organisationId(), "RND",
                "抗污染涂层配方小试与表征", 60_000_00L);
        orderService.applyVoucher(enterprise, open.id, voucher.id, 20_000_00L);

        claim(enterprise, provider2, voucher.id, "DESIGN", "膜组件自动化卷制生产线方案设计", 62_200_00L, 31_100_00L,
                "62001888-00003105", staff);
        // The pair's third claim within 90 days: flagged REPEATED_PAIR on the staff desk.
        claim(enterprise, provider, voucher.id, "TESTING", "膜污染物成分分析（6组样品）", 9_000_00L, 4_500_00L,
                "62001234-00019388", null);
        claim(enterprise2, provider2, voucher2.id, "RND", "数控机床主轴热变形补偿算法联合研发", 48_000_00L, 24_000_00L,
                "62001888-00003122", staff);
        claim(enterprise2, provider2, voucher2.id, "CONSULTING", "五轴联动控制系统选型咨询", 40_000_00L, 20_000_00L,
                "62001888-00003140", null);
        claim(enterprise2, provider, voucher2.id, "TESTING", "机床铸件残余应力检测", 31_500_00L, 15_750_00L,
                "62001234-00019402", staff);
        LOG.info("Loaded demo vouchers");
    }

    /** An order, its voucher share, delivery and claim with proof; paid when staff are given. */
    private void claim(Caller enterprise, Caller provider, long voucherId, String category, String description,
            long amountFen, long voucherFen, String invoice, Caller staff) {
        ServiceOrder order = orderService.createOrder(enterprise, provider.organisationId(), category, description, amountFen);
        orderService.applyVoucher(enterprise, order.id, voucherId, voucherFen);
        orderService.deliver(provider, order.id);
        Redemption r = redemptionService.submitRedemptionWithProof(provider, order.id, invoice, "发票及服务报告.pdf", proof());
        if (staff != null) {
            redemptionService.decideRedemption(staff, r.id, true, null);
        }
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

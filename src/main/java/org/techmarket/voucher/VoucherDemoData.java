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
 * A demo voucher program taken through the real workflow: the demo provider registered, the demo
 * enterprise's voucher issued, one order paid and redeemed, one delivered and waiting for staff with
 * its proof, one open with money reserved.
 */
@ApplicationScoped
public class VoucherDemoData {

    private static final Logger LOG = Logger.getLogger(VoucherDemoData.class);

    @Inject
    TechMarketConfig config;

    @Inject
    VoucherService vouchers;

    @Inject
    VoucherProgramRepository programs;

    @Inject
    AccountService accounts;

    @Transactional
    @ActivateRequestContext
    void onStart(@Observes @Priority(50) StartupEvent event) {
        if (!config.demoData() || programs.count() > 0) {
            return;
        }
        var enterpriseUser = accounts.findByUsername("demo-enterprise");
        var providerUser = accounts.findByUsername("demo-provider");
        var staffUser = accounts.findByUsername("demo-staff");
        if (enterpriseUser.isEmpty() || providerUser.isEmpty() || staffUser.isEmpty()) {
            return;
        }
        Caller enterprise = caller(enterpriseUser.get());
        Caller provider = caller(providerUser.get());
        Caller staff = caller(staffUser.get());
        int year = LocalDate.now().getYear();
        LocalDate end = LocalDate.of(year, 12, 31);

        VoucherProgram program = vouchers.createProgram(staff, new VoucherService.ProgramInput(
                year + "年度兰州市科技创新券（科技型中小企业）", year, 2_000_000_00L, 100_000_00L, 50,
                end.isAfter(LocalDate.now().plusMonths(3)) ? end : LocalDate.now().plusMonths(6),
                (end.isAfter(LocalDate.now().plusMonths(3)) ? end : LocalDate.now().plusMonths(6)).plusMonths(2),
                List.of("TESTING", "RND", "DESIGN", "CONSULTING")));
        ProviderRegistration registration = vouchers.registerProvider(provider, List.of("TESTING", "RND", "CONSULTING"));
        vouchers.decideProvider(staff, registration.id, true, null);
        VoucherApplication application = vouchers.apply(enterprise, program.id,
                "委托第三方开展纳滤膜组件耐污染性能检测及中试工艺优化咨询");
        vouchers.decideApplication(staff, program.id, application.id, true, null);
        Voucher voucher = vouchers.vouchersOf(enterprise).get(0);

        ServiceOrder redeemed = vouchers.createOrder(enterprise, provider.organisationId(), "TESTING",
                "纳滤膜组件截留率、通量衰减及耐氯性能检测（12组样品）", 36_800_00L);
        vouchers.applyVoucher(enterprise, redeemed.id, voucher.id, 18_400_00L);
        vouchers.deliver(provider, redeemed.id);
        Redemption paid = vouchers.submitRedemptionWithProof(provider, redeemed.id, "62001234-00018861", "检测报告.pdf", proof());
        vouchers.decideRedemption(staff, paid.id, true, null);

        ServiceOrder waiting = vouchers.createOrder(enterprise, provider.organisationId(), "CONSULTING",
                "高盐废水分盐结晶中试工艺路线咨询", 52_000_00L);
        vouchers.applyVoucher(enterprise, waiting.id, voucher.id, 26_000_00L);
        vouchers.deliver(provider, waiting.id);
        vouchers.submitRedemptionWithProof(provider, waiting.id, "62001234-00019207", "咨询报告及发票.pdf", proof());

        ServiceOrder open = vouchers.createOrder(enterprise, provider.organisationId(), "RND",
                "抗污染涂层配方小试与表征", 60_000_00L);
        vouchers.applyVoucher(enterprise, open.id, voucher.id, 20_000_00L);
        LOG.info("Loaded demo vouchers");
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

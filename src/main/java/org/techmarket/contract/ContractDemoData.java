package org.techmarket.contract;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.jboss.logging.Logger;
import org.techmarket.account.AccountDemoData;
import org.techmarket.account.AccountService;
import org.techmarket.account.UserAccount;
import org.techmarket.common.Caller;
import org.techmarket.common.TechMarketConfig;
import org.techmarket.common.UploadedFiles;

/**
 * Two demo contracts between the demo university and the demo membrane company, taken through
 * the real workflow: one registered (it shows in the public feed), one waiting for staff.
 */
@ApplicationScoped
public class ContractDemoData {

    private static final Logger LOG = Logger.getLogger(ContractDemoData.class);

    @Inject
    TechMarketConfig config;

    @Inject
    ContractService contracts;

    @Inject
    ContractRepository repository;

    @Inject
    AccountService accounts;

    @Transactional
    void onStart(@Observes @Priority(40) StartupEvent event) {
        if (!config.demoData() || repository.count() > 0) {
            return;
        }
        var researcher = accounts.findByUsername("demo-researcher");
        var enterprise = accounts.findByUsername("demo-enterprise");
        var staff = accounts.findByUsername("demo-staff");
        if (researcher.isEmpty() || enterprise.isEmpty() || staff.isEmpty()) {
            return;
        }
        Caller seller = caller(researcher.get());
        Caller buyer = caller(enterprise.get());
        Caller officer = caller(staff.get());
        LocalDate today = LocalDate.now();

        Contract registered = contracts.create(seller, new ContractApi.ContractRequest(ContractType.LICENSE,
                "高通量抗污染纳滤膜制备技术许可", EntityType.PUBLIC_INSTITUTION, AccountDemoData.MEMBRANE,
                EntityType.ENTERPRISE, today.minusDays(40), today.minusDays(40), today.plusYears(3),
                3_200_000_00L, 2_800_000_00L, 400_000_00L, "签约后30日内支付50%，验收后支付余款", null, null, null));
        contracts.upload(seller, registered.id, "技术许可合同（签字盖章）.pdf", UploadedFiles.blankPdf());
        contracts.submit(seller, registered.id);
        contracts.confirm(buyer, registered.id);
        contracts.decide(officer, registered.id, ContractService.Decision.REGISTER, null, null);

        Contract waiting = contracts.create(seller, new ContractApi.ContractRequest(ContractType.DEVELOPMENT,
                "工业高盐废水分盐结晶工艺联合开发", EntityType.PUBLIC_INSTITUTION, AccountDemoData.MEMBRANE,
                EntityType.ENTERPRISE, today.minusDays(5), today.minusDays(5), today.plusYears(2),
                1_500_000_00L, 1_500_000_00L, 0L, "按里程碑分四期支付", null, null, null));
        contracts.upload(seller, waiting.id, "联合开发合同（签字盖章）.pdf", UploadedFiles.blankPdf());
        contracts.submit(seller, waiting.id);
        contracts.confirm(buyer, waiting.id);
        LOG.info("Loaded demo contracts");
    }

    private static Caller caller(UserAccount u) {
        return Caller.member(u.id, u.username, u.organisationId, u.role);
    }
}

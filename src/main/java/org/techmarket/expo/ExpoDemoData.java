package org.techmarket.expo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.techmarket.account.AccountService;
import org.techmarket.account.OrganisationService;
import org.techmarket.common.Caller;
import org.techmarket.common.DemoCalendar;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.TechMarketConfig;
import org.techmarket.common.UploadedFiles;
import org.techmarket.contract.ContractService;
import org.techmarket.listing.ListingDemoData;

/**
 * Two demo expos, through the real service: the 2026 Lanzhou expo a month ago (three demo results shown
 * by their institutes, two more exhibitors, four pitches over its three days, three deals signed on site,
 * one of whose contracts the parties completed and staff registered since) and the next expo, six weeks
 * ahead with its first exhibitors. Loaded once, after the contracts, when demo data is on.
 */
@ApplicationScoped
public class ExpoDemoData {

    static final String PAST = "2026兰州科技成果博览会";
    static final String NEXT = "2027春季兰白科技成果对接会";
    private static final Logger LOG = Logger.getLogger(ExpoDemoData.class);
    private static final long WAN = 1_000_000L;

    @Inject
    TechMarketConfig config;

    @Inject
    ExpoService expos;

    @Inject
    ExpoRepository repository;

    @Inject
    AccountService accounts;

    @Inject
    OrganisationService organisations;

    @Inject
    ContractService contracts;

    @Inject
    ListingDemoData demoListings;

    /** A deal signed on site: the result (its institute sells), the buyer, the amount, the day, and whether it was registered since. */
    private record Deal(String result, String buyer, long wan, int day, boolean registered) {
    }

    private static final List<String> RESULTS = List.of("高通量抗污染纳滤膜制备技术", "核孔膜制备技术", "基于北斗的滑坡地质灾害监测预警");

    private static final List<Deal> DEALS = List.of(
            new Deal("高通量抗污染纳滤膜制备技术", "demo-enterprise", 260, 0, true),
            new Deal("核孔膜制备技术", "demo-enterprise-2", 140, 1, false),
            new Deal("基于北斗的滑坡地质灾害监测预警", "demo-enterprise-4", 85, 2, false));

    @Transactional
    void onStart(@Observes @Priority(45) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        Optional<Caller> staff = member("demo-staff");
        if (staff.isEmpty() || repository.count("name", PAST) > 0) {
            return;
        }
        DemoCalendar calendar = DemoCalendar.now();
        LocalDate first = calendar.day(31);
        Expo past = expos.create(staff.get(), new ExpoApi.ExpoRequest(PAST, first, first.plusDays(2), "兰州国际会展中心",
                "甘肃省科学技术厅、兰州市人民政府", "集中展示高校院所和企业的最新科技成果，设路演专场和现场签约仪式。"));
        Map<String, Long> byTitle = demoListings.byTitle();
        for (String title : RESULTS) {
            Long id = byTitle.get(title);
            if (id != null) {
                tryTo(() -> expos.addResult(staff.get(), past.id, new ExpoApi.ResultRequest(id)));
            }
        }
        for (String username : List.of("demo-enterprise", "demo-provider")) {
            member(username).ifPresent(m -> tryTo(() -> expos.addExhibitor(staff.get(), past.id,
                    new ExpoApi.ExhibitorRequest(m.organisationId(), "B-" + (10 + username.length())))));
        }
        List<ExpoResult> shown = repository.resultsOf(past.id);
        String[] rooms = {"主会场", "一号路演厅"};
        for (int i = 0; i < shown.size(); i++) {
            ExpoResult r = shown.get(i);
            LocalDateTime start = LocalDateTime.of(first.plusDays(i), LocalTime.of(9 + i, 30));
            expos.addSession(staff.get(), past.id, new ExpoApi.SessionRequest(r.title + "成果路演", r.organisationId,
                    r.resultId, start, start.plusMinutes(40), rooms[i % 2]));
        }
        if (!shown.isEmpty()) {
            LocalDateTime close = LocalDateTime.of(first.plusDays(2), LocalTime.of(15, 0));
            expos.addSession(staff.get(), past.id, new ExpoApi.SessionRequest("新材料与节能环保专场路演",
                    shown.get(0).organisationId, null, close, close.plusMinutes(90), "主会场"));
        }
        int registered = 0;
        for (Deal deal : DEALS) {
            Long result = byTitle.get(deal.result());
            Optional<Caller> buyer = member(deal.buyer());
            if (result == null || buyer.isEmpty() || shown.stream().noneMatch(r -> r.resultId == result)) {
                continue;
            }
            ExpoApi.DealView d = expos.recordDeal(staff.get(), past.id, new ExpoApi.DealRequest(result,
                    buyer.get().organisationId(), deal.wan() * WAN, first.plusDays(deal.day())));
            if (deal.registered()) {
                registered += register(staff.get(), d, buyer.get()) ? 1 : 0;
            }
        }
        LocalDate next = calendar.today().plusDays(42);
        Expo upcoming = expos.create(staff.get(), new ExpoApi.ExpoRequest(NEXT, next, next.plusDays(1), "白银市科技会展中心",
                "兰州科技大市场、白银市科学技术局", "面向兰白科技创新改革试验区的成果发布与供需对接活动，欢迎高校院所和企业报名参展。"));
        for (String username : List.of("demo-researcher", "demo-enterprise-3")) {
            member(username).ifPresent(m -> tryTo(() -> expos.addExhibitor(staff.get(), upcoming.id,
                    new ExpoApi.ExhibitorRequest(m.organisationId(), null))));
        }
        LOG.infof("Loaded 2 demo expos, %d results shown, %d deals of which %d registered", shown.size(),
                repository.dealsOf(past.id).size(), registered);
    }

    /** The seller completes the draft and submits it, the buyer confirms, staff register it: the real workflow. */
    private boolean register(Caller staff, ExpoApi.DealView deal, Caller buyer) {
        Optional<Caller> seller = organisations.members(deal.sellerOrganisationId()).stream()
                .filter(u -> u.membershipApproved).findFirst()
                .map(u -> Caller.member(u.id, u.username, u.organisationId, u.role));
        if (seller.isEmpty()) {
            return false;
        }
        contracts.upload(seller.get(), deal.contractId(), "现场签约技术合同.pdf", UploadedFiles.blankPdf());
        contracts.submit(seller.get(), deal.contractId());
        contracts.confirm(buyer, deal.contractId());
        contracts.decide(staff, deal.contractId(), ContractService.Decision.REGISTER, null, null);
        return true;
    }

    private static void tryTo(Runnable step) {
        try {
            step.run();
        } catch (InvalidInputException e) {
            LOG.warnf("Demo expo step skipped: %s", e.messages());
        }
    }

    private Optional<Caller> member(String username) {
        return accounts.findByUsername(username).map(u -> Caller.member(u.id, u.username, u.organisationId, u.role));
    }
}

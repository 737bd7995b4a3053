package org.techmarket.trade;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.techmarket.account.AccountService;
import org.techmarket.common.Caller;
import org.techmarket.common.TechMarketConfig;
import org.techmarket.listing.Listing;
import org.techmarket.listing.ListingKind;
import org.techmarket.listing.ListingService;

/**
 * Demo trading, through the real workflow: one result of the demo researcher sold at its asking price to
 * the demo enterprise (deal, confirmation and contract draft), and one at auction between two demo
 * enterprises with their deposits held and a bid each, open for three more days. Loaded once, after the
 * contracts and vouchers, when demo data is on. Demo shortcut: the notice periods are ended at once.
 */
@ApplicationScoped
public class TradeDemoData {

    private static final Logger LOG = Logger.getLogger(TradeDemoData.class);
    private static final long WAN = 1_000_000L;

    @Inject
    TechMarketConfig config;

    @Inject
    AccountService accounts;

    @Inject
    ListingService listings;

    @Inject
    TradeService trades;

    @Inject
    AuctionService auctions;

    @Inject
    TradeRepository repository;

    @Transactional
    @ActivateRequestContext
    void onStart(@Observes @Priority(60) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        Optional<Caller> seller = member("demo-researcher");
        Optional<Caller> buyer = member("demo-enterprise");
        Optional<Caller> rival = member("demo-enterprise-2");
        Optional<Caller> staff = member("demo-staff");
        if (seller.isEmpty() || buyer.isEmpty() || rival.isEmpty() || staff.isEmpty()) {
            LOG.warn("Demo trading skipped: a demo account is missing");
            return;
        }
        // Loaded once: the demo university's trades (trades of other organisations, from tests, do not count).
        if (repository.count("sellerOrganisationId", seller.get().organisationId()) > 0) {
            return;
        }
        List<Listing> results = listings.listMine(seller.get(), ListingKind.RESULT).stream()
                .filter(Listing::isPublished).limit(2).toList();
        if (results.size() < 2) {
            LOG.warnf("Demo trading skipped: demo-researcher has %d published results, two are needed", results.size());
            return;
        }
        LocalDate today = LocalDate.now();
        Trade sold = list(seller.get(), staff.get(), results.get(0), 120 * WAN, TradeTerms.TRANSFER, today);
        trades.declareIntent(buyer.get(), sold.id, today);
        trades.endNotice(sold);

        Trade auctioned = list(seller.get(), staff.get(), results.get(1), 200 * WAN, TradeTerms.LICENCE, today);
        trades.declareIntent(buyer.get(), auctioned.id, today);
        trades.declareIntent(rival.get(), auctioned.id, today);
        trades.endNotice(auctioned);
        OffsetDateTime now = OffsetDateTime.now();
        Auction a = auctions.create(staff.get(), auctioned.id, new TradeApi.AuctionRequest(200 * WAN, 5 * WAN, 220 * WAN,
                20 * WAN, now.minusHours(2), now.plusDays(3)));
        int n = 0;
        for (Caller bidder : List.of(buyer.get(), rival.get())) {
            AuctionBidder b = auctions.register(bidder, a.id);
            auctions.recordDeposit(staff.get(), a.id, new TradeApi.DepositRequest(b.number, "兰州银行回单 DEMO-" + (++n)));
        }
        auctions.bid(buyer.get(), a.id, new TradeApi.BidRequest(200 * WAN));
        auctions.bid(rival.get(), a.id, new TradeApi.BidRequest(205 * WAN));
        LOG.infof("Demo trading: one deal, one open auction (%d)", a.id);
    }

    private Trade list(Caller seller, Caller staff, Listing result, long askingFen, TradeTerms terms, LocalDate today) {
        Trade t = trades.request(seller, new TradeApi.TradeRequest(result.id, askingFen, terms, true, Trade.MIN_NOTICE_DAYS));
        trades.decide(staff, t.id, new TradeApi.DecisionRequest(TradeApi.ListingDecision.LIST, null), today);
        return t;
    }

    private Optional<Caller> member(String username) {
        return accounts.findByUsername(username).map(u -> Caller.member(u.id, u.username, u.organisationId, u.role));
    }
}

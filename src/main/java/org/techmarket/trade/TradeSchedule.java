package org.techmarket.trade;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;
import org.techmarket.common.ClusterLock;

/**
 * The clock of trading, run once per cluster: notice periods that ended get their outcome, and
 * auctions past their closing time are closed. An auction's own row lock and state check keep it
 * from closing twice even if two runs met.
 */
@ApplicationScoped
public class TradeSchedule {

    private static final Logger LOG = Logger.getLogger(TradeSchedule.class);
    static final String NOTICE_JOB = "trade-notice";
    static final String CLOSING_JOB = "auction-closing";
    private static final int BATCH = 100;

    @Inject
    ClusterLock lock;

    @Inject
    TradeRepository trades;

    @Inject
    AuctionRepository auctions;

    @Inject
    TradeService tradeService;

    @Inject
    AuctionService auctionService;

    public record Outcome(boolean ran, int done) {
    }

    @Scheduled(every = "{techmarket.trading.notice-every:1h}", delay = 2, delayUnit = java.util.concurrent.TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledNotice() {
        Outcome o = endNotices(LocalDate.now());
        if (o.done() > 0) {
            LOG.infof("Trading: %d notice periods ended", o.done());
        }
    }

    @Scheduled(every = "{techmarket.trading.closing-every:15s}", delay = 30, delayUnit = java.util.concurrent.TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledClosing() {
        Outcome o = closeDue(OffsetDateTime.now());
        if (o.done() > 0) {
            LOG.infof("Trading: %d auctions closed", o.done());
        }
    }

    /** Ends the notice periods whose last day is before the given day. */
    @Transactional
    @jakarta.enterprise.context.control.ActivateRequestContext
    public Outcome endNotices(LocalDate today) {
        if (!lock.tryLockForTransaction(NOTICE_JOB)) {
            return new Outcome(false, 0);
        }
        int done = 0;
        for (Trade t : trades.listNoticeEndedBefore(today, BATCH)) {
            tradeService.endNotice(t);
            done++;
        }
        return new Outcome(true, done);
    }

    /** Closes the auctions whose closing time has come by the given time. */
    @Transactional
    @jakarta.enterprise.context.control.ActivateRequestContext
    public Outcome closeDue(OffsetDateTime now) {
        if (!lock.tryLockForTransaction(CLOSING_JOB)) {
            return new Outcome(false, 0);
        }
        int done = 0;
        for (long id : auctions.listDueIds(now, BATCH)) {
            auctionService.closeAt(id, now);
            done++;
        }
        return new Outcome(true, done);
    }
}

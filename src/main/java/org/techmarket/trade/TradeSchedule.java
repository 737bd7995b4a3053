package org.techmarket.trade;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.util.List;
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
    org.techmarket.common.ScheduledRuns runs;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "techmarket.trading.notice-every", defaultValue = "1h")
    String noticeEvery;

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
        // Once per period per cluster (not once per replica): the first replica to claim the period runs it.
        runs.once(NOTICE_JOB, noticeEvery, () -> endNotices(LocalDate.now())).ifPresent(o -> {
            if (o.done() > 0) {
                LOG.infof("Trading: %d notice periods ended", o.done());
            }
        });
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
    @ActivateRequestContext
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

    /**
     * Closes the auctions whose closing time has come by the given time, each in a transaction of its own
     * under a cluster lock of its own (an auction that cannot close is logged and keeps none of the others
     * waiting); one that another instance closed meanwhile is skipped by its state.
     */
    @ActivateRequestContext
    public Outcome closeDue(OffsetDateTime now) {
        int done = 0;
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> auctions.listDueIds(now, BATCH));
        for (long id : due) {
            try {
                boolean closed = QuarkusTransaction.requiringNew().call(() -> {
                    if (!lock.tryLockForTransaction(CLOSING_JOB + ":" + id) || !auctions.findForUpdate(id)
                            .map(a -> a.isDueAt(now)).orElse(false)) {
                        return false;
                    }
                    auctionService.closeAt(id, now);
                    return true;
                });
                done += closed ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.errorf(e, "Auction %d could not be closed", id);
            }
        }
        return new Outcome(true, done);
    }
}

package org.techmarket.voucher;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.ClusterLock;

/**
 * After a program's use deadline, what is still available on its vouchers expires (EXPIRE moves it
 * to the voucher's expired account, so issued = available + reserved + redeemed + expired still
 * holds) and the voucher is EXPIRED. Reservations stay until their redemption is decided. Runs
 * once per cluster: the instance without the advisory lock skips the run.
 */
@ApplicationScoped
public class VoucherExpiry {

    private static final Logger LOG = Logger.getLogger(VoucherExpiry.class);
    static final String JOB = "voucher-expiry";

    @Inject
    VoucherRepository vouchers;

    @Inject
    VoucherProgramRepository programs;

    @Inject
    Ledger ledger;

    @Inject
    ClusterLock lock;

    @Inject
    org.techmarket.common.ScheduledRuns runs;

    @Inject
    AuditTrail audit;

    public record Outcome(boolean ran, int expired, long amountFen) {
    }

    @Inject
    VoucherConfig config;

    void announce(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent start) {
        LOG.infof("Voucher expiry runs every %s (techmarket.vouchers.expiry-every), once per cluster", config.expiryEvery());
    }

    @Scheduled(every = "{techmarket.vouchers.expiry-every:1h}", delay = 2, delayUnit = java.util.concurrent.TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        // Once per period per cluster (not once per replica): the first replica to claim the period runs it.
        runs.once(JOB, config.expiryEvery(), () -> run(LocalDate.now())).ifPresent(o -> {
            if (o.expired() > 0) {
                LOG.infof("Voucher expiry: %d vouchers, %d fen expired", o.expired(), o.amountFen());
            }
        });
    }

    @Transactional
    public Outcome run(LocalDate today) {
        if (!lock.tryLockForTransaction(JOB)) {
            return new Outcome(false, 0, 0);
        }
        int count = 0;
        long total = 0;
        List<Voucher> due = vouchers.list("status = ?1 and programId in (" + UseDeadlinePolicy.EXPIRED_JPQL + ")",
                VoucherStatus.ACTIVE, today);
        for (Voucher v : due) {
            long available = ledger.balance(Ledger.available(v.id));
            if (available > 0) {
                ledger.expire(v, available, "use deadline");
                total += available;
            }
            v.expire();
            audit.record("Voucher", v.id, "expire", VoucherStatus.ACTIVE.name(), v.status.name(), org.techmarket.common.AuditTrail.reason("unused_fen", available));
            count++;
        }
        return new Outcome(true, count, total);
    }
}

package org.techmarket.stats;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.techmarket.common.Hashes;
import org.techmarket.contract.ContractApi;
import org.techmarket.contract.ContractService;
import org.techmarket.listing.ListingCard;
import org.techmarket.listing.ListingKind;
import org.techmarket.listing.ListingSearch;
import org.techmarket.voucher.VoucherProgram;
import org.techmarket.voucher.VoucherProgramService;

/**
 * What the home page shows: the headline figures, the newest results and needs, the latest
 * registered contracts and the voucher programs taking applications. Read at most once per
 * {@code techmarket.stats.home-max-age} (10 s) per instance: one visitor's request reads it again
 * while the others are served the previous copy, so a burst of visitors costs one read. A change
 * shows on the home page within that time; the figures pages read live.
 */
@ApplicationScoped
public class HomeFigures {

    static final int LATEST = 6;

    @Inject
    MarketFigures figures;

    @Inject
    ListingSearch search;

    @Inject
    ContractService contracts;

    @Inject
    VoucherProgramService programs;

    @Inject
    StatsConfig config;

    private final ReentrantLock reading = new ReentrantLock();
    private volatile Snapshot snapshot;

    /** A program as the home page lists it. */
    public record OpenProgram(long id, String name, long budgetFen, long faceValueFen, LocalDate applicationsClose) {
        static OpenProgram of(VoucherProgram p) {
            return new OpenProgram(p.id, p.name, p.budgetFen, p.faceValueFen, p.applicationsClose);
        }
    }

    /** One reading of the home page's content; {@code tag} names its content (same content, same tag). */
    public record Home(MarketFigures.Figures figures, List<ListingCard> results, List<ListingCard> needs,
            List<ContractApi.DealView> deals, List<OpenProgram> programs, String tag) {
    }

    private record Snapshot(Home home, long readAt) {
    }

    public Home current() {
        Snapshot s = snapshot;
        if (s != null && fresh(s)) {
            return s.home;
        }
        if (s != null && !reading.tryLock()) {
            return s.home;
        }
        if (s == null) {
            reading.lock();
        }
        try {
            s = snapshot;
            if (s != null && fresh(s)) {
                return s.home;
            }
            Home home = QuarkusTransaction.joiningExisting().call(this::read);
            snapshot = new Snapshot(home, System.nanoTime());
            return home;
        } finally {
            reading.unlock();
        }
    }

    private boolean fresh(Snapshot s) {
        return System.nanoTime() - s.readAt < config.homeMaxAge().toNanos();
    }

    private Home read() {
        MarketFigures.Figures f = figures.headline();
        List<ListingCard> results = search.latest(ListingKind.RESULT, LATEST);
        List<ListingCard> needs = search.latest(ListingKind.NEED, LATEST);
        List<ContractApi.DealView> deals = contracts.registeredDeals(LATEST);
        List<OpenProgram> open = programs.takingApplications(LocalDate.now(Period.MARKET_ZONE), 4).stream()
                .map(OpenProgram::of).toList();
        String tag = Hashes.sha256((f.toString() + results + needs + deals + open)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
        return new Home(f, results, needs, deals, open, tag);
    }
}

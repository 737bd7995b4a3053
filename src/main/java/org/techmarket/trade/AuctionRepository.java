package org.techmarket.trade;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AuctionRepository implements PanacheRepository<Auction> {

    /** The auction with its row locked: every bid takes this lock, which puts the bids in one total order. */
    public Optional<Auction> findForUpdate(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Auction> findByTrade(long tradeId) {
        return find("tradeId", tradeId).firstResultOptional();
    }

    public List<Long> listDueIds(OffsetDateTime now, int limit) {
        return find("select a.id from Auction a where a.status = ?1 and a.closesAt <= ?2 order by a.closesAt",
                AuctionStatus.OPEN, now).project(Long.class).page(0, limit).list();
    }

    public List<Auction> listOpen() {
        return list("status = ?1 order by closesAt", AuctionStatus.OPEN);
    }
}

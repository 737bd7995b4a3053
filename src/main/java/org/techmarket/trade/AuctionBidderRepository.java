package org.techmarket.trade;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AuctionBidderRepository implements PanacheRepository<AuctionBidder> {

    public Optional<AuctionBidder> findOf(long auctionId, long organisationId) {
        return find("auctionId = ?1 and organisationId = ?2", auctionId, organisationId).firstResultOptional();
    }

    public Optional<AuctionBidder> findByNumber(long auctionId, int number) {
        return find("auctionId = ?1 and number = ?2", auctionId, number).firstResultOptional();
    }

    public List<AuctionBidder> listOf(long auctionId) {
        return list("auctionId = ?1 order by number", auctionId);
    }

    public int nextNumber(long auctionId) {
        return (int) count("auctionId", auctionId) + 1;
    }

    /**
     * Moves a deposit from one state to the next in one conditional update: true for the one caller
     * that moved it, false for any other (a refund asked twice moves money once).
     */
    public boolean moveDeposit(long bidderId, DepositState from, DepositState to, String reference) {
        if (reference == null) {
            return update("deposit = ?1 where id = ?2 and deposit = ?3", to, bidderId, from) == 1;
        }
        return update("deposit = ?1, depositReference = ?2 where id = ?3 and deposit = ?4", to, reference, bidderId, from) == 1;
    }
}

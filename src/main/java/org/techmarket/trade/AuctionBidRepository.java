package org.techmarket.trade;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class AuctionBidRepository implements PanacheRepository<AuctionBid> {

    /** The latest bids, newest first. */
    public List<AuctionBid> listLatest(long auctionId, int limit) {
        return find("auctionId = ?1 order by sequence desc", auctionId).page(0, limit).list();
    }

    public List<AuctionBid> listInOrder(long auctionId) {
        return list("auctionId = ?1 order by sequence", auctionId);
    }
}

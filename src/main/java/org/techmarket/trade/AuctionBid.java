package org.techmarket.trade;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An accepted bid, numbered in arrival order within its auction. */
@Entity
@Table(name = "auction_bid")
public class AuctionBid {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "auction_id", nullable = false)
    public long auctionId;

    @Column(name = "bidder_id", nullable = false)
    public long bidderId;

    @Column(nullable = false)
    public int sequence;

    @Column(name = "amount_fen", nullable = false)
    public long amountFen;

    @Column(name = "placed_at", nullable = false)
    public OffsetDateTime placedAt;
}

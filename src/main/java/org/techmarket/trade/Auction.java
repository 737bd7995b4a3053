package org.techmarket.trade;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.techmarket.common.ConflictException;

/**
 * 竞价: an auction among the intended buyers of a trade. The rules of a bid live here: at least the
 * starting price, then the current price plus the increment; taken only while open by the server's
 * clock; a bid in the last five minutes extends the close by five minutes (anti-sniping). The reserve
 * price stays hidden until the close, and a highest bid below it makes no deal.
 */
@Entity
@Table(name = "auction")
public class Auction {

    public static final String ENTITY = "Auction";
    public static final Duration SNIPING_WINDOW = Duration.ofMinutes(5);
    public static final Duration EXTENSION = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "trade_id", nullable = false)
    public long tradeId;

    @Column(name = "starting_price_fen", nullable = false)
    public long startingPriceFen;

    @Column(name = "increment_fen", nullable = false)
    public long incrementFen;

    @Column(name = "reserve_price_fen", nullable = false)
    public long reservePriceFen;

    @Column(name = "deposit_fen", nullable = false)
    public long depositFen;

    @Column(name = "opens_at", nullable = false)
    public OffsetDateTime opensAt;

    @Column(name = "scheduled_close_at", nullable = false)
    public OffsetDateTime scheduledCloseAt;

    @Column(name = "closes_at", nullable = false)
    public OffsetDateTime closesAt;

    @Column(name = "current_price_fen")
    public Long currentPriceFen;

    @Column(name = "leader_bidder_id")
    public Long leaderBidderId;

    @Column(nullable = false)
    public int bids;

    @Column(nullable = false)
    public int extensions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AuctionStatus status = AuctionStatus.OPEN;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Version
    public long version;

    /** The least a bid must be now. */
    public long minimumBidFen() {
        return currentPriceFen == null ? startingPriceFen : currentPriceFen + incrementFen;
    }

    public boolean isOpenAt(OffsetDateTime now) {
        return status == AuctionStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public boolean isDueAt(OffsetDateTime now) {
        return status == AuctionStatus.OPEN && !now.isBefore(closesAt);
    }

    /** Takes a bid checked by the caller to be allowed; returns whether it extended the close. */
    public boolean accept(long bidderId, long amountFen, OffsetDateTime now) {
        if (!isOpenAt(now)) {
            throw new ConflictException("The auction is not open for bids");
        }
        if (amountFen < minimumBidFen()) {
            throw new BidTooLow(minimumBidFen());
        }
        currentPriceFen = amountFen;
        leaderBidderId = bidderId;
        bids++;
        if (Duration.between(now, closesAt).compareTo(SNIPING_WINDOW) <= 0) {
            closesAt = closesAt.plus(EXTENSION);
            extensions++;
            return true;
        }
        return false;
    }

    /** At the close: sold when the highest bid reaches the reserve price. */
    public AuctionStatus close(OffsetDateTime now) {
        if (!isDueAt(now)) {
            throw new ConflictException(status == AuctionStatus.OPEN ? "The auction has not reached its closing time"
                    : "The auction is already closed");
        }
        status = leaderBidderId != null && currentPriceFen >= reservePriceFen ? AuctionStatus.SOLD : AuctionStatus.UNSOLD;
        closedAt = now;
        return status;
    }

    /** A bid below the current price plus the increment (409, with the least acceptable amount). */
    public static class BidTooLow extends ConflictException {
        public final long minimumFen;

        BidTooLow(long minimumFen) {
            super("A bid must be at least " + minimumFen + " fen");
            this.minimumFen = minimumFen;
        }
    }
}

package org.techmarket.trade;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.techmarket.common.MoneyInput;

/** The JSON shapes of online trading: requests, and the views of trades, auctions, bids and deals. */
public final class TradeApi {

    public static final long MAX_FEN = MoneyInput.MAX_FEN;

    private TradeApi() {
    }

    /** The owner of a published result asks staff to list it for sale. */
    public record TradeRequest(
            @NotNull Long resultId,
            @NotNull @Positive @Max(MAX_FEN) Long askingPriceFen,
            @NotNull TradeTerms terms,
            @NotNull Boolean exclusive,
            @NotNull @Min(Trade.MIN_NOTICE_DAYS) @Max(Trade.MAX_NOTICE_DAYS) Integer noticeDays) {
    }

    public enum ListingDecision { LIST, REFUSE }

    /** Staff list a requested trade (its notice period starts on the next working day) or refuse it. */
    public record DecisionRequest(@NotNull ListingDecision decision, @Size(max = 500) String reason) {
    }

    /** Staff set up the auction among the intended buyers. */
    public record AuctionRequest(
            @NotNull @Positive @Max(MAX_FEN) Long startingPriceFen,
            @NotNull @Positive @Max(MAX_FEN) Long incrementFen,
            @NotNull @PositiveOrZero @Max(MAX_FEN) Long reservePriceFen,
            @NotNull @Positive @Max(MAX_FEN) Long depositFen,
            @NotNull OffsetDateTime opensAt,
            @NotNull OffsetDateTime closesAt) {
    }

    public record BidRequest(@NotNull @Positive @Max(MAX_FEN) Long amountFen) {
    }

    /** Staff record a deposit paid by bank transfer, from the bank receipt. */
    public record DepositRequest(@NotNull @Positive Integer bidderNo, @NotBlank @Size(max = 60) String reference,
            @Positive @Max(MAX_FEN) Long amountFen) {

        /** Without the receipt's amount (the API's callers before it was asked). */
        public DepositRequest(Integer bidderNo, String reference) {
            this(bidderNo, reference, null);
        }
    }

    public record RefundRequest(@NotNull @Positive Integer bidderNo) {
    }

    public enum SettlementOutcome { SETTLED, DEFAULTED }

    public record SettlementRequest(@NotNull SettlementOutcome outcome) {
    }

    public record TradeView(long id, long resultId, String title, long sellerOrganisationId, long askingPriceFen,
            TradeTerms terms, boolean exclusive, int noticeDays, LocalDate noticeFrom, LocalDate noticeUntil,
            TradeStatus status, String reason, long intents, Long auctionId, String dealNumber) {

        static TradeView of(Trade t, long intents, Long auctionId, String dealNumber) {
            return new TradeView(t.id, t.resultId, t.title, t.sellerOrganisationId, t.askingPriceFen, t.terms, t.exclusive,
                    t.noticeDays, t.noticeFrom, t.noticeUntil, t.status, t.reason, intents, auctionId, dealNumber);
        }
    }

    /** An auction as anyone sees it: the reserve price only once it has closed. */
    public record AuctionView(long id, long tradeId, String title, AuctionStatus status, long startingPriceFen,
            long incrementFen, long depositFen, Long reservePriceFen, Boolean reserveMet, OffsetDateTime opensAt,
            OffsetDateTime scheduledCloseAt, OffsetDateTime closesAt, Long currentPriceFen, long minimumBidFen, int bids,
            int extensions, Integer leaderNo, OffsetDateTime serverTime) {

        static AuctionView of(Auction a, String title, Integer leaderNo) {
            boolean closed = a.status != AuctionStatus.OPEN;
            return new AuctionView(a.id, a.tradeId, title, a.status, a.startingPriceFen, a.incrementFen, a.depositFen,
                    closed ? a.reservePriceFen : null, closed ? a.status == AuctionStatus.SOLD : null, a.opensAt,
                    a.scheduledCloseAt, a.closesAt, a.currentPriceFen, a.minimumBidFen(), a.bids, a.extensions, leaderNo,
                    OffsetDateTime.now());
        }
    }

    /** A bid in the public history: the bidder by number (竞买人 n), never by name. */
    public record BidView(int sequence, int bidderNo, long amountFen, OffsetDateTime placedAt) {
    }

    public record BidderView(long auctionId, int bidderNo, DepositState deposit, String depositReference) {

        static BidderView of(AuctionBidder b) {
            return new BidderView(b.auctionId, b.number, b.deposit, b.depositReference);
        }
    }

    /** The answer to an accepted bid. */
    public record BidOutcome(int sequence, int bidderNo, long amountFen, OffsetDateTime placedAt, OffsetDateTime closesAt,
            boolean extended, long minimumBidFen) {
    }

    /** A concluded deal as the public result notice (成交公告) shows it; the contract only to its parties and staff. */
    public record DealView(String number, long tradeId, long resultId, String title, String sellerName, String buyerName,
            long priceFen, TradeTerms terms, boolean exclusive, boolean byAuction, DealStatus status,
            OffsetDateTime concludedAt, Long contractId) {
    }
}

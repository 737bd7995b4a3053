package org.techmarket.trade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techmarket.common.AuditText;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.Caller;
import org.techmarket.common.ConflictException;
import org.techmarket.common.ForbiddenActionException;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.NotFoundException;
import org.techmarket.common.Validation;
import org.techmarket.notification.Notifications;
import org.techmarket.voucher.Ledger;

/**
 * Auctions (竞价): staff set one up among a trade's intended buyers; they register and pay a deposit
 * (held on the ledger: bidder:{id}:deposit against auction:{id}:receipts); bids are taken under the
 * auction's row lock, which gives every auction one order of bids; at the close the highest bid at or
 * above the reserve makes the deal, the losers' deposits are refunded, and the winner's stays held
 * until staff settle (credited to the price) or record a default (forfeited).
 */
@ApplicationScoped
public class AuctionService {

    @Inject
    AuctionRepository auctions;

    @Inject
    AuctionBidderRepository bidders;

    @Inject
    AuctionBidRepository bids;

    @Inject
    TradeRepository trades;

    @Inject
    TradeService tradeService;

    @Inject
    Ledger ledger;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Inject
    Validation validation;

    @Inject
    DepositGateway gateway;

    @Transactional
    public Auction create(Caller caller, long tradeId, TradeApi.AuctionRequest input) {
        TradeService.requireStaff(caller);
        validation.check(input);
        Trade t = trades.findForUpdate(tradeId).orElseThrow(() -> new NotFoundException(Trade.ENTITY, tradeId));
        if (t.status != TradeStatus.AUCTION) {
            throw new ConflictException("Only a trade with several intended buyers goes to auction");
        }
        if (auctions.findByTrade(tradeId).isPresent()) {
            throw new ConflictException("This trade already has an auction");
        }
        if (!input.closesAt().isAfter(input.opensAt())) {
            throw InvalidInputException.of("closesAt", "must be after the opening time");
        }
        if (!input.closesAt().isAfter(OffsetDateTime.now())) {
            throw InvalidInputException.of("closesAt", "must be in the future");
        }
        Auction a = new Auction();
        a.tradeId = tradeId;
        a.startingPriceFen = input.startingPriceFen();
        a.incrementFen = input.incrementFen();
        a.reservePriceFen = input.reservePriceFen();
        a.depositFen = input.depositFen();
        a.opensAt = input.opensAt();
        a.scheduledCloseAt = input.closesAt();
        a.closesAt = input.closesAt();
        auctions.persist(a);
        audit.record(Auction.ENTITY, a.id, "create", null, a.status, null);
        for (long buyer : tradeService.intendedBuyers(tradeId)) {
            notifications.notifyMembers(buyer, null, TradeService.NOTIFY_KIND, "auction:" + a.id + ":open",
                    "/auctions/" + a.id, "auction.register", t.title);
        }
        return a;
    }

    /** An intended buyer registers to bid; registering again returns the same registration. */
    @Transactional
    public AuctionBidder register(Caller caller, long auctionId) {
        Auction a = auctions.findForUpdate(auctionId).orElseThrow(() -> new NotFoundException(Auction.ENTITY, auctionId));
        Optional<AuctionBidder> existing = bidders.findOf(a.id, caller.organisationId());
        if (existing.isPresent()) {
            return existing.get();
        }
        Trade t = trades.findById(a.tradeId);
        if (caller.isMemberOf(t.sellerOrganisationId)) {
            throw new ForbiddenActionException("You cannot buy your own organisation's result");
        }
        if (caller.isStaff() || !tradeService.hasIntent(t.id, caller.organisationId())) {
            throw new ForbiddenActionException("Only enterprises that declared intent during the notice period may bid");
        }
        if (a.status != AuctionStatus.OPEN || !OffsetDateTime.now().isBefore(a.closesAt)) {
            throw new ConflictException("The auction is closed");
        }
        AuctionBidder b = new AuctionBidder();
        b.auctionId = a.id;
        b.organisationId = caller.organisationId();
        b.registeredBy = caller.userId();
        b.number = bidders.nextNumber(a.id);
        bidders.persist(b);
        audit.record(Auction.ENTITY, a.id, "register", a.status, a.status, AuditTrail.reason("bidder", b.number));
        return b;
    }

    /**
     * Staff record a deposit paid by bank transfer: DUE → HELD, and the money moves once onto the ledger.
     * The receipt's amount, when given, must be the auction's deposit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuctionBidder recordDeposit(Caller caller, long auctionId, TradeApi.DepositRequest input) {
        TradeService.requireStaff(caller);
        validation.check(input);
        Auction a = auctions.findById(auctionId);
        if (a == null) {
            throw new NotFoundException(Auction.ENTITY, auctionId);
        }
        AuctionBidder b = bidders.findByNumber(auctionId, input.bidderNo())
                .orElseThrow(() -> InvalidInputException.of("bidderNo", "no such bidder in this auction"));
        if (input.amountFen() != null && input.amountFen() != a.depositFen) {
            throw InvalidInputException.of("amountFen", "must equal the auction's deposit");
        }
        return payIn(a, b, input.reference().strip());
    }

    /** The bidder pays the deposit online, through the payment adapter. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuctionBidder payDepositOnline(Caller caller, long auctionId, String idempotencyKey) {
        Auction a = auctions.findById(auctionId);
        if (a == null) {
            throw new NotFoundException(Auction.ENTITY, auctionId);
        }
        AuctionBidder b = bidders.findOf(auctionId, caller.organisationId())
                .orElseThrow(() -> new ConflictException("Register for the auction before paying the deposit"));
        if (b.deposit != DepositState.DUE) {
            throw new ConflictException("The deposit is already paid");
        }
        return payIn(a, b, gateway.collect(a.id, b.number, a.depositFen, idempotencyKey));
    }

    private AuctionBidder payIn(Auction a, AuctionBidder b, String reference) {
        if (a.status != AuctionStatus.OPEN) {
            throw new ConflictException("The auction is closed");
        }
        if (!bidders.moveDeposit(b.id, DepositState.DUE, DepositState.HELD, reference)) {
            throw new ConflictException("The deposit is already paid");
        }
        ledger.deposit(Ledger.Movement.DEPOSIT_PAY, a.id, b.id, a.depositFen, "auction " + a.id + " bidder " + b.number);
        audit.record(AuctionBidder.ENTITY, b.id, "deposit-paid", DepositState.DUE, DepositState.HELD,
                AuditTrail.reason("auction_bidder", a.id, b.number));
        bidders.getEntityManager().refresh(b);
        return b;
    }

    /** Told after a bid's transaction commits, so that telling bidders never holds the auction's lock. */
    public record BidTold(long auctionId, int sequence, long amountFen, Long outbidOrganisation, List<Long> extendedTo) {
    }

    @Inject
    jakarta.enterprise.event.Event<BidTold> told;

    /**
     * A bid: under the auction's row lock (so bids have one order and never two at one price), checked
     * against the caller's registration and deposit and the auction's rules by the server's clock. A bid
     * below what the auction already asks is refused before the lock: prices only rise, so a read without
     * the lock can only ask less than the truth, never refuse a bid the lock would take.
     */
    @Transactional
    public TradeApi.BidOutcome bid(Caller caller, long auctionId, TradeApi.BidRequest input) {
        validation.check(input);
        long amount = input.amountFen();
        List<?> found = auctions.getEntityManager().createNativeQuery("""
                SELECT a.status, coalesce(a.current_price_fen + a.increment_fen, a.starting_price_fen), b.id, b.deposit
                  FROM auction a LEFT JOIN auction_bidder b ON b.auction_id = a.id AND b.organisation_id = :org
                 WHERE a.id = :id""").setParameter("id", auctionId).setParameter("org", caller.organisationId())
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException(Auction.ENTITY, auctionId);
        }
        Object[] asked = (Object[]) found.get(0);
        if (asked[2] == null) {
            Trade t = trades.findById(auctions.findById(auctionId).tradeId);
            if (caller.isMemberOf(t.sellerOrganisationId)) {
                throw new ForbiddenActionException("You cannot buy your own organisation's result");
            }
            throw new ConflictException("Register and pay the deposit before bidding");
        }
        if (!DepositState.HELD.name().equals(asked[3])) {
            throw new ConflictException("Register and pay the deposit before bidding");
        }
        if (!AuctionStatus.OPEN.name().equals(asked[0])) {
            throw new ConflictException("The auction is not open for bids");
        }
        if (amount < ((Number) asked[1]).longValue()) {
            throw new Auction.BidTooLow(((Number) asked[1]).longValue());
        }
        long bidderId = ((Number) asked[2]).longValue();
        Auction a = auctions.findForUpdate(auctionId).orElseThrow(() -> new NotFoundException(Auction.ENTITY, auctionId));
        OffsetDateTime now = OffsetDateTime.now();
        Long previous = a.leaderBidderId;
        boolean extended = a.accept(bidderId, amount, now);
        AuctionBid bid = new AuctionBid();
        bid.auctionId = a.id;
        bid.bidderId = bidderId;
        bid.sequence = a.bids;
        bid.amountFen = amount;
        bid.placedAt = now;
        bids.persist(bid);
        AuctionBidder b = bidders.findById(bidderId);
        audit.record(Auction.ENTITY, a.id, "bid", null, null, AuditTrail.reason("bid", b.number, AuditText.amount(amount)));
        Long outbid = previous != null && previous != bidderId ? bidders.findById(previous).organisationId : null;
        told.fire(new BidTold(a.id, bid.sequence, amount, outbid, extended && a.extensions == 1
                ? bidders.listOf(a.id).stream().map(x -> x.organisationId).toList() : List.of()));
        return new TradeApi.BidOutcome(bid.sequence, b.number, amount, now, a.closesAt, extended, a.minimumBidFen());
    }

    /** Outbid (to the bidder who led), and the first extension (told once per auction: the page shows the rest live). */
    void tell(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS) BidTold t) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> tellNow(t));
    }

    private void tellNow(BidTold t) {
        if (t.outbidOrganisation() != null) {
            notifications.notifyMembers(t.outbidOrganisation(), null, TradeService.NOTIFY_KIND,
                    "auction:" + t.auctionId() + ":outbid:" + t.sequence(), "/auctions/" + t.auctionId(), "auction.outbid",
                    money(t.amountFen()));
        }
        for (long organisation : t.extendedTo()) {
            notifications.notifyMembers(organisation, null, TradeService.NOTIFY_KIND, "auction:" + t.auctionId() + ":extended",
                    "/auctions/" + t.auctionId(), "auction.extended");
        }
    }

    /** Closes one auction that is due; 409 if it is not due yet or already closed (nothing moves then). */
    @Transactional
    public Auction close(Caller caller, long auctionId) {
        TradeService.requireStaff(caller);
        return closeAt(auctionId, OffsetDateTime.now());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Auction closeAt(long auctionId, OffsetDateTime now) {
        Auction a = auctions.findForUpdate(auctionId).orElseThrow(() -> new NotFoundException(Auction.ENTITY, auctionId));
        AuctionStatus result = a.close(now);
        audit.record(Auction.ENTITY, a.id, "close", AuctionStatus.OPEN, result, null);
        Trade t = trades.findForUpdate(a.tradeId).orElseThrow();
        for (AuctionBidder b : bidders.listOf(a.id)) {
            if (result == AuctionStatus.SOLD && b.id.equals(a.leaderBidderId)) {
                notifications.notifyMembers(b.organisationId, null, TradeService.NOTIFY_KIND, "auction:" + a.id + ":won",
                        "/auctions/" + a.id, "auction.won", t.title, money(a.currentPriceFen));
            } else {
                refund(a, b);
            }
        }
        TradeStatus from = t.status;
        if (result == AuctionStatus.SOLD) {
            t.move(TradeStatus.DEAL);
            audit.record(Trade.ENTITY, t.id, "auction-end", from, t.status, null);
            tradeService.conclude(t, bidders.findById(a.leaderBidderId).organisationId, a.currentPriceFen, a.id);
        } else {
            t.move(TradeStatus.UNSOLD);
            audit.record(Trade.ENTITY, t.id, "auction-end", from, t.status, null);
            notifications.notifyMembers(t.sellerOrganisationId, null, TradeService.NOTIFY_KIND,
                    "trade:" + t.id + ":unsold:" + t.version, "/trades/" + t.id, "trade.unsold", t.title);
        }
        return a;
    }

    /** Staff refund one bidder's held deposit: before the auction opens, or after it closed to a loser. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuctionBidder refund(Caller caller, long auctionId, TradeApi.RefundRequest input) {
        TradeService.requireStaff(caller);
        validation.check(input);
        Auction a = auctions.findForUpdate(auctionId).orElseThrow(() -> new NotFoundException(Auction.ENTITY, auctionId));
        AuctionBidder b = bidders.findByNumber(auctionId, input.bidderNo())
                .orElseThrow(() -> InvalidInputException.of("bidderNo", "no such bidder in this auction"));
        boolean beforeOpening = a.status == AuctionStatus.OPEN && OffsetDateTime.now().isBefore(a.opensAt);
        boolean loser = a.status != AuctionStatus.OPEN && !b.id.equals(a.leaderBidderId);
        if (!beforeOpening && !loser) {
            throw new ConflictException("This deposit is not refundable now");
        }
        if (!refund(a, b)) {
            throw new ConflictException("This deposit is not held (already refunded, applied or never paid)");
        }
        bidders.getEntityManager().refresh(b);
        return b;
    }

    private boolean refund(Auction a, AuctionBidder b) {
        if (!bidders.moveDeposit(b.id, DepositState.HELD, DepositState.REFUNDED, null)) {
            return false;
        }
        ledger.deposit(Ledger.Movement.DEPOSIT_REFUND, a.id, b.id, a.depositFen, "auction " + a.id + " bidder " + b.number);
        audit.record(AuctionBidder.ENTITY, b.id, "deposit-refund", DepositState.HELD, DepositState.REFUNDED,
                AuditTrail.reason("auction_bidder", a.id, b.number));
        notifications.notifyMembers(b.organisationId, null, TradeService.NOTIFY_KIND, "auction:" + a.id + ":refunded",
                "/auctions/" + a.id, "auction.refunded", money(a.depositFen));
        return true;
    }

    /**
     * Staff end a deal: settled (a winner's deposit is credited to the price: DEPOSIT_APPLY) or defaulted
     * (the winner walked away: DEPOSIT_FORFEIT). Each moves the deposit once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public TradeDeal settle(Caller caller, long tradeId, TradeApi.SettlementRequest input) {
        validation.check(input);
        TradeDeal d = tradeService.endDeal(caller, tradeId, input.outcome());
        if (d.auctionId != null) {
            Auction a = auctions.findById(d.auctionId);
            AuctionBidder winner = bidders.findById(a.leaderBidderId);
            boolean settled = input.outcome() == TradeApi.SettlementOutcome.SETTLED;
            DepositState to = settled ? DepositState.APPLIED : DepositState.FORFEITED;
            if (bidders.moveDeposit(winner.id, DepositState.HELD, to, null)) {
                ledger.deposit(settled ? Ledger.Movement.DEPOSIT_APPLY : Ledger.Movement.DEPOSIT_FORFEIT, a.id, winner.id,
                        a.depositFen, "auction " + a.id + " bidder " + winner.number);
                audit.record(AuctionBidder.ENTITY, winner.id, settled ? "deposit-apply" : "deposit-forfeit",
                        DepositState.HELD, to, AuditTrail.reason("auction_bidder", a.id, winner.number));
            }
        }
        return d;
    }

    public Auction get(long id) {
        return auctions.findByIdOptional(id).orElseThrow(() -> new NotFoundException(Auction.ENTITY, id));
    }

    public TradeApi.AuctionView view(Auction a) {
        Trade t = trades.findById(a.tradeId);
        Integer leader = a.leaderBidderId == null ? null : bidders.findById(a.leaderBidderId).number;
        return TradeApi.AuctionView.of(a, t.title, leader);
    }

    /** Views of many auctions in one more statement (their trades' titles); the leader is not named in lists. */
    public List<TradeApi.AuctionView> views(List<Auction> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, String> titles = new HashMap<>();
        trades.list("id in ?1", list.stream().map(a -> a.tradeId).toList()).forEach(t -> titles.put(t.id, t.title));
        return list.stream().map(a -> TradeApi.AuctionView.of(a, titles.get(a.tradeId), null)).toList();
    }

    public List<TradeApi.BidView> history(long auctionId, int limit) {
        get(auctionId);
        Map<Long, Integer> numbers = new HashMap<>();
        bidders.listOf(auctionId).forEach(b -> numbers.put(b.id, b.number));
        return bids.listLatest(auctionId, limit).stream()
                .map(b -> new TradeApi.BidView(b.sequence, numbers.get(b.bidderId), b.amountFen, b.placedAt)).toList();
    }

    public Optional<AuctionBidder> registration(Caller caller, long auctionId) {
        return bidders.findOf(auctionId, caller.organisationId());
    }

    public List<AuctionBidder> bidders(Caller caller, long auctionId) {
        TradeService.requireStaff(caller);
        get(auctionId);
        return bidders.listOf(auctionId);
    }

    public List<Auction> listOpen() {
        return auctions.listOpen();
    }

    public Optional<Auction> ofTrade(long tradeId) {
        return auctions.findByTrade(tradeId);
    }

    /** An amount for a notification, written in each reader's language when shown (元/万元, or yuan). */
    static String money(long fen) {
        return AuditTrail.reason("amount", AuditText.amount(fen));
    }
}

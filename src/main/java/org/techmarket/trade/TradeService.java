package org.techmarket.trade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techmarket.account.AccountService;
import org.techmarket.account.Organisation;
import org.techmarket.account.OrganisationService;
import org.techmarket.account.OrganisationType;
import org.techmarket.account.UserAccount;
import org.techmarket.common.AuditText;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.Caller;
import org.techmarket.common.ConflictException;
import org.techmarket.common.ForbiddenActionException;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.NotFoundException;
import org.techmarket.common.Validation;
import org.techmarket.contract.ContractApi;
import org.techmarket.contract.ContractService;
import org.techmarket.contract.ContractType;
import org.techmarket.contract.EntityType;
import org.techmarket.listing.ListingKind;
import org.techmarket.listing.ListingService;
import org.techmarket.listing.ListingSummary;
import org.techmarket.notification.Notifications;

/**
 * Listings for sale (挂牌): the owner's request, staff's decision, the notice period and the intents
 * declared in it, its outcome (a deal, an auction, or unsold), and the deal with its confirmation
 * and contract draft, which auctions conclude through here too.
 */
@ApplicationScoped
public class TradeService {

    static final String NOTIFY_KIND = "TRADE";

    @Inject
    TradeRepository trades;

    @Inject
    TradeDealRepository deals;

    @Inject
    AuctionRepository auctions;

    @Inject
    ListingService listings;

    @Inject
    OrganisationService organisations;

    @Inject
    AccountService accounts;

    @Inject
    ContractService contracts;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Inject
    Validation validation;

    @Inject
    EntityManager em;

    @Transactional
    public Trade request(Caller caller, TradeApi.TradeRequest input) {
        validation.check(input);
        if (caller.isStaff()) {
            throw new ForbiddenActionException("Results are listed for sale by their owners");
        }
        ListingSummary result = listings.summary(input.resultId()).filter(l -> l.kind() == ListingKind.RESULT)
                .filter(l -> caller.isMemberOf(l.organisationId()))
                .orElseThrow(() -> InvalidInputException.of("resultId", "not a result of your organisation"));
        if (!result.isPublished()) {
            throw InvalidInputException.of("resultId", "only a published result is listed for sale");
        }
        if (trades.count("resultId = ?1 and status in ?2", result.id(),
                List.of(TradeStatus.REQUESTED, TradeStatus.NOTICE, TradeStatus.AUCTION)) > 0) {
            throw new ConflictException("This result is already on sale");
        }
        Trade t = new Trade();
        t.resultId = result.id();
        t.sellerOrganisationId = result.organisationId();
        t.requestedBy = caller.userId();
        t.title = result.title();
        t.askingPriceFen = input.askingPriceFen();
        t.terms = input.terms();
        t.exclusive = input.exclusive();
        t.noticeDays = input.noticeDays();
        trades.persist(t);
        audit.record(Trade.ENTITY, t.id, "request", null, t.status, null);
        return t;
    }

    /** Staff list a requested trade (the notice period starts on the next working day) or refuse it. */
    @Transactional
    public Trade decide(Caller caller, long id, TradeApi.DecisionRequest input, LocalDate today) {
        requireStaff(caller);
        validation.check(input);
        Trade t = trades.findForUpdate(id).orElseThrow(() -> new NotFoundException(Trade.ENTITY, id));
        TradeStatus from = t.status;
        if (input.decision() == TradeApi.ListingDecision.REFUSE) {
            if (input.reason() == null || input.reason().isBlank()) {
                throw InvalidInputException.of("reason", "a reason is required to refuse");
            }
            t.move(TradeStatus.REFUSED);
            t.reason = input.reason().strip();
        } else {
            startNotice(t, today);
        }
        audit.record(Trade.ENTITY, t.id, input.decision() == TradeApi.ListingDecision.LIST ? "list" : "refuse", from,
                t.status, t.reason);
        notifications.notifyMembers(t.sellerOrganisationId, null, NOTIFY_KIND, "trade:" + t.id + ":" + t.status + ":" + t.version,
                "/trades/" + t.id, t.status == TradeStatus.NOTICE ? "trade.listed" : "trade.refused", t.title);
        return t;
    }

    private void startNotice(Trade t, LocalDate today) {
        LocalDate first = WorkingDays.onOrAfter(today.plusDays(1));
        t.list(first, WorkingDays.lastOf(first, t.noticeDays));
    }

    /** The owner withdraws a request not yet listed, or an unsold trade. */
    @Transactional
    public Trade withdraw(Caller caller, long id) {
        Trade t = owned(caller, id);
        TradeStatus from = t.status;
        t.move(TradeStatus.WITHDRAWN);
        audit.record(Trade.ENTITY, t.id, "withdraw", from, t.status, null);
        return t;
    }

    /** The owner relists an unsold trade: a new notice period, the old intents forgotten. */
    @Transactional
    public Trade relist(Caller caller, long id, LocalDate today) {
        Trade t = owned(caller, id);
        TradeStatus from = t.status;
        if (!from.canMoveTo(TradeStatus.NOTICE) || from != TradeStatus.UNSOLD) {
            throw new org.techmarket.common.StateTransitionException(Trade.ENTITY, from, TradeStatus.NOTICE);
        }
        em.createNativeQuery("DELETE FROM trade_intent WHERE trade_id = :t").setParameter("t", t.id).executeUpdate();
        startNotice(t, today);
        audit.record(Trade.ENTITY, t.id, "relist", from, t.status, null);
        return t;
    }

    /** An enterprise declares intent to buy during the notice period (once; a second time changes nothing). */
    @Transactional
    public Trade declareIntent(Caller caller, long id, LocalDate today) {
        Trade t = visible(Optional.of(caller), id);
        if (caller.isStaff()) {
            throw new ForbiddenActionException("Intents to buy are declared by enterprises");
        }
        if (caller.isMemberOf(t.sellerOrganisationId)) {
            throw new ForbiddenActionException("You cannot buy your own organisation's result");
        }
        if (!t.takesIntents(today)) {
            throw new ConflictException("Intents are taken during the notice period only");
        }
        int added = em.createNativeQuery("""
                INSERT INTO trade_intent (trade_id, organisation_id, declared_by) VALUES (:t, :o, :u)
                ON CONFLICT DO NOTHING""").setParameter("t", t.id).setParameter("o", caller.organisationId())
                .setParameter("u", caller.userId()).executeUpdate();
        if (added == 1) {
            audit.record(Trade.ENTITY, t.id, "intent", t.status, t.status, AuditTrail.reason("intent", caller.organisationId()));
            notifications.notifyMembers(t.sellerOrganisationId, null, NOTIFY_KIND, "trade:" + t.id + ":intent:"
                    + caller.organisationId(), "/trades/" + t.id, "trade.intent", t.title);
        }
        return t;
    }

    /**
     * At the end of a notice period: one intended buyer → a deal at the asking price; several → an
     * auction among them (staff set it up); none → unsold (the owner relists or withdraws).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public TradeStatus endNotice(Trade t) {
        List<Long> buyers = intendedBuyers(t.id);
        TradeStatus from = t.status;
        if (buyers.size() == 1) {
            t.move(TradeStatus.DEAL);
            audit.record(Trade.ENTITY, t.id, "notice-end", from, t.status, AuditTrail.reason("intents", 1));
            conclude(t, buyers.get(0), t.askingPriceFen, null);
        } else if (buyers.size() > 1) {
            t.move(TradeStatus.AUCTION);
            audit.record(Trade.ENTITY, t.id, "notice-end", from, t.status, AuditTrail.reason("intents", buyers.size()));
            for (long buyer : buyers) {
                notifications.notifyMembers(buyer, null, NOTIFY_KIND, "trade:" + t.id + ":auction", "/trades/" + t.id,
                        "trade.auction", t.title);
            }
        } else {
            t.move(TradeStatus.UNSOLD);
            audit.record(Trade.ENTITY, t.id, "notice-end", from, t.status, AuditTrail.reason("intents", 0));
            notifications.notifyMembers(t.sellerOrganisationId, null, NOTIFY_KIND, "trade:" + t.id + ":unsold:" + t.version,
                    "/trades/" + t.id, "trade.unsold", t.title);
        }
        return t.status;
    }

    /** The deal: its numbered confirmation, and a contract draft with the parties, the result and the price. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TradeDeal conclude(Trade t, long buyerOrganisationId, long priceFen, Long auctionId) {
        TradeDeal d = new TradeDeal();
        d.number = deals.nextNumber(LocalDate.now().getYear());
        d.tradeId = t.id;
        d.auctionId = auctionId;
        d.resultId = t.resultId;
        d.sellerOrganisationId = t.sellerOrganisationId;
        d.buyerOrganisationId = buyerOrganisationId;
        d.priceFen = priceFen;
        d.contractId = contractDraft(t, buyerOrganisationId, priceFen);
        deals.persist(d);
        audit.record(TradeDeal.ENTITY, d.id, "conclude", null, d.status, AuditTrail.reason("deal", d.number, AuditText.amount(priceFen)));
        notifications.notifyMembers(t.sellerOrganisationId, null, NOTIFY_KIND, "deal:" + d.id + ":seller",
                "/trades/" + t.id + "/confirmation", "trade.deal", t.title, d.number);
        notifications.notifyMembers(buyerOrganisationId, null, NOTIFY_KIND, "deal:" + d.id + ":buyer",
                "/trades/" + t.id + "/confirmation", "trade.deal", t.title, d.number);
        return d;
    }

    private long contractDraft(Trade t, long buyerOrganisationId, long priceFen) {
        UserAccount seller = accounts.get(t.requestedBy);
        Organisation sellerOrg = organisations.get(t.sellerOrganisationId);
        Organisation buyerOrg = organisations.get(buyerOrganisationId);
        LocalDate today = LocalDate.now();
        ContractApi.ContractRequest draft = new ContractApi.ContractRequest(
                t.terms == TradeTerms.LICENCE ? ContractType.LICENSE : ContractType.TRANSFER, t.title,
                entityType(sellerOrg.type), buyerOrg.creditCode, entityType(buyerOrg.type), today, today,
                today.plusYears(1), priceFen, priceFen, 0L, null, null, t.resultId, null);
        return contracts.create(Caller.member(seller.id, seller.username, t.sellerOrganisationId, seller.role), draft).id;
    }

    private static EntityType entityType(OrganisationType type) {
        return switch (type) {
            case UNIVERSITY, INSTITUTE -> EntityType.PUBLIC_INSTITUTION;
            case ENTERPRISE, SERVICE_PROVIDER -> EntityType.ENTERPRISE;
            default -> EntityType.OTHER;
        };
    }

    /** Staff close a deal: the buyer paid (a winner's deposit is credited to the price) or walked away. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TradeDeal endDeal(Caller caller, long tradeId, TradeApi.SettlementOutcome outcome) {
        requireStaff(caller);
        TradeDeal d = deals.findByTradeForUpdate(tradeId).orElseThrow(() -> new NotFoundException(TradeDeal.ENTITY, tradeId));
        DealStatus from = d.status;
        d.end(outcome == TradeApi.SettlementOutcome.SETTLED ? DealStatus.SETTLED : DealStatus.DEFAULTED);
        audit.record(TradeDeal.ENTITY, d.id, outcome == TradeApi.SettlementOutcome.SETTLED ? "settle" : "default", from,
                d.status, null);
        return d;
    }

    public List<Long> intendedBuyers(long tradeId) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("SELECT organisation_id FROM trade_intent WHERE trade_id = :t ORDER BY declared_at, organisation_id")
                .setParameter("t", tradeId).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    public boolean hasIntent(long tradeId, long organisationId) {
        return !em.createNativeQuery("SELECT 1 FROM trade_intent WHERE trade_id = :t AND organisation_id = :o")
                .setParameter("t", tradeId).setParameter("o", organisationId).getResultList().isEmpty();
    }

    /** A trade as the caller may see it: public once listed; before that, or refused, its owner's and staff's. */
    public Trade visible(Optional<Caller> caller, long id) {
        Trade t = trades.findByIdOptional(id).orElseThrow(() -> new NotFoundException(Trade.ENTITY, id));
        boolean open = t.status == TradeStatus.NOTICE || t.status == TradeStatus.AUCTION || t.status == TradeStatus.DEAL;
        if (!open && caller.filter(c -> c.isStaff() || c.isMemberOf(t.sellerOrganisationId)).isEmpty()) {
            throw new NotFoundException(Trade.ENTITY, id);
        }
        return t;
    }

    public TradeApi.TradeView view(Trade t) {
        long intents = ((Number) em.createNativeQuery("SELECT count(*) FROM trade_intent WHERE trade_id = :t")
                .setParameter("t", t.id).getSingleResult()).longValue();
        Long auction = auctions.findByTrade(t.id).map(a -> a.id).orElse(null);
        String deal = deals.findByTrade(t.id).map(d -> d.number).orElse(null);
        return TradeApi.TradeView.of(t, intents, auction, deal);
    }

    /** Views of many trades in four statements, whatever their number (list pages). */
    public List<TradeApi.TradeView> views(List<Trade> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = list.stream().map(t -> t.id).toList();
        Map<Long, Long> intents = new java.util.HashMap<>();
        Map<Long, Long> auctionIds = new java.util.HashMap<>();
        Map<Long, String> dealNumbers = new java.util.HashMap<>();
        rows("SELECT trade_id, count(*) FROM trade_intent WHERE trade_id IN (:ids) GROUP BY trade_id", ids)
                .forEach(r -> intents.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        rows("SELECT trade_id, id FROM auction WHERE trade_id IN (:ids)", ids)
                .forEach(r -> auctionIds.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        rows("SELECT trade_id, number FROM trade_deal WHERE trade_id IN (:ids)", ids)
                .forEach(r -> dealNumbers.put(((Number) r[0]).longValue(), (String) r[1]));
        return list.stream().map(t -> TradeApi.TradeView.of(t, intents.getOrDefault(t.id, 0L), auctionIds.get(t.id),
                dealNumbers.get(t.id))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Long> ids) {
        return em.createNativeQuery(sql).setParameter("ids", ids).getResultList();
    }

    public List<Trade> listPublic(int limit) {
        return trades.listPublic(limit);
    }

    public List<Trade> listMine(Caller caller) {
        return trades.listOfSeller(caller.organisationId());
    }

    public List<Trade> queue(Caller caller) {
        requireStaff(caller);
        return trades.listByStatus(TradeStatus.REQUESTED);
    }

    /** The deal of a trade as the public result notice; the contract id only for its parties and staff. */
    public TradeApi.DealView deal(Optional<Caller> caller, long tradeId) {
        Trade t = visible(caller, tradeId);
        TradeDeal d = deals.findByTrade(t.id).orElseThrow(() -> new NotFoundException(TradeDeal.ENTITY, tradeId));
        Map<Long, String> names = organisations.namesOf(List.of(d.sellerOrganisationId, d.buyerOrganisationId));
        boolean party = caller.filter(c -> c.isStaff() || c.isMemberOf(d.sellerOrganisationId)
                || c.isMemberOf(d.buyerOrganisationId)).isPresent();
        return new TradeApi.DealView(d.number, t.id, t.resultId, t.title, names.get(d.sellerOrganisationId),
                names.get(d.buyerOrganisationId), d.priceFen, t.terms, t.exclusive, d.auctionId != null, d.status,
                d.concludedAt, party ? d.contractId : null);
    }

    /** Trades whose notice ended with several intended buyers and no auction yet. */
    public List<Trade> awaitingAuction() {
        return trades.list("status = ?1 and id not in (select a.tradeId from Auction a) order by updatedAt",
                TradeStatus.AUCTION);
    }

    public List<TradeDeal> latestDeals(int limit) {
        return deals.listLatest(limit);
    }

    /** The trades of the latest deals, newest first. */
    public List<Trade> latestDealTrades(int limit) {
        List<Long> ids = deals.listLatest(limit).stream().map(d -> d.tradeId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Trade> byId = new java.util.HashMap<>();
        trades.list("id in ?1", ids).forEach(t -> byId.put(t.id, t));
        return ids.stream().map(byId::get).toList();
    }

    Trade owned(Caller caller, long id) {
        Trade t = trades.findForUpdate(id).orElseThrow(() -> new NotFoundException(Trade.ENTITY, id));
        if (!caller.isMemberOf(t.sellerOrganisationId)) {
            if (caller.isStaff()) {
                throw new ForbiddenActionException("Only the owner withdraws or relists a trade");
            }
            throw new NotFoundException(Trade.ENTITY, id);
        }
        return t;
    }

    static void requireStaff(Caller caller) {
        if (!caller.isStaff()) {
            throw new ForbiddenActionException("Only market staff decide on trades");
        }
    }
}

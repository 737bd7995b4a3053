package org.techmarket.trade;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.techmarket.common.Caller;
import org.techmarket.common.ConflictException;
import org.techmarket.common.ForbiddenActionException;
import org.techmarket.common.Idempotency;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.MoneyInput;
import org.techmarket.common.NotFoundException;
import org.techmarket.common.ProblemText;
import org.techmarket.common.Roles;

/**
 * Pages of online trading: results on sale, a trade with its intent form and result notice, the live
 * auction page (its price and bids polled as an htmx fragment; a plain reload without JavaScript) with
 * the bid form, the printable transaction confirmation, and staff's trading pages: listing decisions,
 * setting up an auction, deposits recorded from bank receipts and refunded, deals settled or defaulted.
 * Forms that move money carry a one-time key, so that sending one twice moves nothing twice.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class TradePageResource {

    @Inject
    TradeService trades;

    @Inject
    AuctionService auctions;

    @Inject
    SecurityIdentity identity;

    @Inject
    Idempotency idempotency;

    /** Auction times are typed in Lanzhou time (China Standard Time). */
    static final ZoneId LANZHOU = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A deal in staff's list: its trade and where it stands. */
    public record StaffDeal(TradeApi.TradeView trade, DealStatus status) {
    }

    /** What a person sees of an auction: the auction, the latest bids, and their own registration if any. */
    public record AuctionPage(TradeApi.AuctionView auction, List<TradeApi.BidView> bids,
            TradeApi.BidderView registration, boolean loggedIn) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance trades(List<TradeApi.TradeView> trades, List<TradeApi.AuctionView> auctions);

        static native TemplateInstance trade(TradeApi.TradeView trade, TradeApi.DealView deal, boolean loggedIn,
                boolean declared, boolean owner);

        static native TemplateInstance auction(AuctionPage page, Map<String, String> errors);

        static native TemplateInstance auction$live(AuctionPage page);

        static native TemplateInstance confirmation(TradeApi.DealView deal);

        static native TemplateInstance staff(List<TradeApi.TradeView> requests, List<TradeApi.TradeView> toAuction,
                List<StaffDeal> deals, List<TradeApi.AuctionView> open, String formKey, Map<String, String> errors);

        static native TemplateInstance auctionSetup(TradeApi.TradeView trade, Map<String, String> values,
                Map<String, String> errors);

        static native TemplateInstance staffAuction(TradeApi.AuctionView auction, List<TradeApi.BidderView> bidders,
                String formKey, Map<String, String> values, Map<String, String> errors);
    }

    @GET
    @Path("trades")
    public TemplateInstance list() {
        return Templates.trades(trades.views(trades.listPublic(100)), auctions.views(auctions.listOpen()));
    }

    @GET
    @Path("trades/{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        Optional<Caller> caller = Caller.optional(identity);
        Trade t = trades.visible(caller, id);
        TradeApi.DealView deal = t.status == TradeStatus.DEAL ? trades.deal(caller, id) : null;
        boolean declared = caller.map(c -> trades.hasIntent(id, c.organisationId())).orElse(false);
        boolean owner = caller.map(c -> c.isMemberOf(t.sellerOrganisationId)).orElse(false);
        return Templates.trade(trades.view(t), deal, caller.isPresent(), declared, owner);
    }

    @POST
    @Path("trades/{id}/intents")
    @Authenticated
    public Response declareIntent(@PathParam("id") long id) {
        trades.declareIntent(Caller.of(identity), id, LocalDate.now());
        return Response.seeOther(URI.create("/trades/" + id)).build();
    }

    @GET
    @Path("trades/{id}/confirmation")
    @Authenticated
    public TemplateInstance confirmation(@PathParam("id") long id) {
        Caller caller = Caller.of(identity);
        TradeApi.DealView deal = trades.deal(Optional.of(caller), id);
        if (deal.contractId() == null) {
            throw new NotFoundException(TradeDeal.ENTITY, id);
        }
        return Templates.confirmation(deal);
    }

    @GET
    @Path("auctions/{id}")
    public TemplateInstance auction(@PathParam("id") long id) {
        return Templates.auction(page(id), Map.of());
    }

    @GET
    @Path("auctions/{id}/live")
    public TemplateInstance live(@PathParam("id") long id) {
        return Templates.auction$live(page(id));
    }

    @POST
    @Path("auctions/{id}/register")
    @Authenticated
    public Response register(@PathParam("id") long id) {
        auctions.register(Caller.of(identity), id);
        return Response.seeOther(URI.create("/auctions/" + id)).build();
    }

    @POST
    @Path("auctions/{id}/bids")
    @Authenticated
    public Response bid(@PathParam("id") long id, @RestForm String amount) {
        Caller caller = Caller.of(identity);
        try {
            Long fen = MoneyInput.parse("amount", amount, MoneyInput.Unit.YUAN);
            if (fen == null) {
                throw InvalidInputException.of("amount", "required");
            }
            auctions.bid(caller, id, new TradeApi.BidRequest(fen));
            return Response.seeOther(URI.create("/auctions/" + id)).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.auction(page(id), e.fieldErrors())).build();
        } catch (ConflictException | ForbiddenActionException e) {
            int status = e instanceof ConflictException ? 409 : 403;
            return Response.status(status).entity(Templates.auction(page(id),
                    Map.of("amount", ProblemText.localize(e.getMessage())))).build();
        }
    }

    @GET
    @Path("staff/trades")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public TemplateInstance staff() {
        return staffPage(Map.of());
    }

    private TemplateInstance staffPage(Map<String, String> errors) {
        Caller caller = Caller.of(identity);
        Map<Long, DealStatus> states = new HashMap<>();
        List<TradeDeal> latest = trades.latestDeals(20);
        latest.forEach(d -> states.put(d.tradeId, d.status));
        List<StaffDeal> deals = trades.views(trades.latestDealTrades(20)).stream()
                .map(t -> new StaffDeal(t, states.get(t.id()))).toList();
        return Templates.staff(trades.views(trades.queue(caller)), trades.views(trades.awaitingAuction()), deals,
                auctions.views(auctions.listOpen()), UUID.randomUUID().toString(), errors);
    }

    @GET
    @Path("staff/trades/{id}/auction")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public TemplateInstance auctionSetup(@PathParam("id") long id) {
        return Templates.auctionSetup(trades.view(trades.visible(Caller.optional(identity), id)), Map.of(), Map.of());
    }

    /** Staff set up the auction of a trade awaiting one: prices in 万元, times in Lanzhou time. */
    @POST
    @Path("staff/trades/{id}/auction")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response createAuction(@PathParam("id") long id, @RestForm String startingPriceFen, @RestForm String incrementFen,
            @RestForm String reservePriceFen, @RestForm String depositFen, @RestForm String opensAt,
            @RestForm String closesAt) {
        Caller caller = Caller.of(identity);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("startingPriceFen", orEmpty(startingPriceFen));
        values.put("incrementFen", orEmpty(incrementFen));
        values.put("reservePriceFen", orEmpty(reservePriceFen));
        values.put("depositFen", orEmpty(depositFen));
        values.put("opensAt", orEmpty(opensAt));
        values.put("closesAt", orEmpty(closesAt));
        return form(errors -> Templates.auctionSetup(trades.view(trades.visible(Optional.of(caller), id)), values, errors),
                () -> {
                    Map<String, String> errors = new LinkedHashMap<>();
                    Long starting = MoneyInput.parse("startingPriceFen", startingPriceFen, MoneyInput.Unit.WAN, errors);
                    Long increment = MoneyInput.parse("incrementFen", incrementFen, MoneyInput.Unit.WAN, errors);
                    Long reserve = MoneyInput.parse("reservePriceFen", reservePriceFen, MoneyInput.Unit.WAN, errors);
                    Long deposit = MoneyInput.parse("depositFen", depositFen, MoneyInput.Unit.WAN, errors);
                    OffsetDateTime opens = dateTime("opensAt", opensAt, errors);
                    OffsetDateTime closes = dateTime("closesAt", closesAt, errors);
                    if (!errors.isEmpty()) {
                        throw new InvalidInputException(errors);
                    }
                    Auction a = auctions.create(caller, id, new TradeApi.AuctionRequest(starting, increment,
                            reserve == null ? Long.valueOf(0) : reserve, deposit, opens, closes));
                    return Response.seeOther(URI.create("/staff/auctions/" + a.id)).build();
                });
    }

    @GET
    @Path("staff/auctions/{id}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public TemplateInstance staffAuction(@PathParam("id") long id) {
        return staffAuctionPage(id, Map.of(), Map.of());
    }

    private TemplateInstance staffAuctionPage(long id, Map<String, String> values, Map<String, String> errors) {
        Caller caller = Caller.of(identity);
        List<TradeApi.BidderView> bidders = auctions.bidders(caller, id).stream().map(TradeApi.BidderView::of).toList();
        return Templates.staffAuction(auctions.view(auctions.get(id)), bidders, UUID.randomUUID().toString(), values, errors);
    }

    /** Staff record a bidder's deposit from the bank receipt (its number and amount in 元), once per form. */
    @POST
    @Path("staff/auctions/{id}/deposits")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response recordDeposit(@PathParam("id") long id, @RestForm String key, @RestForm String bidderNo,
            @RestForm String reference, @RestForm String amountFen) {
        Caller caller = Caller.of(identity);
        Map<String, String> values = Map.of("bidderNo", orEmpty(bidderNo), "reference", orEmpty(reference),
                "amountFen", orEmpty(amountFen));
        return form(errors -> staffAuctionPage(id, values, errors), () -> {
            Map<String, String> errors = new LinkedHashMap<>();
            Integer number = bidderNumber(bidderNo, errors);
            Long fen = MoneyInput.parse("amountFen", amountFen, MoneyInput.Unit.YUAN, errors);
            if (fen == null && !errors.containsKey("amountFen")) {
                errors.put("amountFen", "required");
            }
            if (reference == null || reference.isBlank()) {
                errors.put("reference", "required");
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            TradeApi.DepositRequest in = new TradeApi.DepositRequest(number, reference.strip(), fen);
            idempotency.run(caller.userId(), key, List.of("page-deposit", id, String.valueOf(in)),
                    () -> new Idempotency.Outcome(200, TradeApi.BidderView.of(auctions.recordDeposit(caller, id, in))));
            return Response.seeOther(URI.create("/staff/auctions/" + id)).build();
        });
    }

    @POST
    @Path("staff/auctions/{id}/refunds")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response refund(@PathParam("id") long id, @RestForm String key, @RestForm String bidderNo) {
        Caller caller = Caller.of(identity);
        return form(errors -> staffAuctionPage(id, Map.of(), errors), () -> {
            Map<String, String> errors = new LinkedHashMap<>();
            Integer number = bidderNumber(bidderNo, errors);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            TradeApi.RefundRequest in = new TradeApi.RefundRequest(number);
            idempotency.run(caller.userId(), key, List.of("page-refund", id, String.valueOf(in)),
                    () -> new Idempotency.Outcome(200, TradeApi.BidderView.of(auctions.refund(caller, id, in))));
            return Response.seeOther(URI.create("/staff/auctions/" + id)).build();
        });
    }

    /** Staff settle a deal (a winner's deposit credited to the price) or record the buyer's default (forfeit). */
    @POST
    @Path("staff/trades/{id}/settlement")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response settle(@PathParam("id") long id, @RestForm String key, @RestForm String outcome) {
        Caller caller = Caller.of(identity);
        return form(this::staffPage, () -> {
            TradeApi.SettlementOutcome o = InvalidInputException.parseEnum(TradeApi.SettlementOutcome.class, "outcome", outcome);
            TradeApi.SettlementRequest in = new TradeApi.SettlementRequest(o);
            idempotency.run(caller.userId(), key, List.of("page-settle", id, String.valueOf(in)), () -> {
                auctions.settle(caller, id, in);
                return new Idempotency.Outcome(200, id);
            });
            return Response.seeOther(URI.create("/staff/trades")).build();
        });
    }

    /** Runs a form action; bad input shows the page again with the errors beside the fields (400), a refusal at its top (409). */
    private static Response form(Function<Map<String, String>, TemplateInstance> page, Supplier<Response> action) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(page.apply(e.fieldErrors())).build();
        } catch (ConflictException e) {
            return Response.status(409).entity(page.apply(Map.of("form", ProblemText.localize(e.getMessage())))).build();
        }
    }

    private static Integer bidderNumber(String text, Map<String, String> errors) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        errors.put("bidderNo", "no such bidder in this auction");
        return null;
    }

    /** A time typed as "YYYY-MM-DD HH:MM" (or the browser's "YYYY-MM-DDTHH:MM"), in Lanzhou time. */
    static OffsetDateTime dateTime(String field, String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            errors.put(field, "required");
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip().replace('T', ' '), MINUTE).atZone(LANZHOU).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            errors.put(field, "a date and time as YYYY-MM-DD HH:MM (Lanzhou time)");
            return null;
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    @POST
    @Path("staff/trades/{id}/decision")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response decide(@PathParam("id") long id, @RestForm String decision, @RestForm String reason) {
        TradeApi.ListingDecision d = InvalidInputException.parseEnum(TradeApi.ListingDecision.class, "decision", decision);
        trades.decide(Caller.of(identity), id, new TradeApi.DecisionRequest(d, reason), LocalDate.now());
        return Response.seeOther(URI.create("/staff/trades")).build();
    }

    private AuctionPage page(long id) {
        Optional<Caller> caller = Caller.optional(identity);
        Auction a = auctions.get(id);
        TradeApi.BidderView mine = caller.flatMap(c -> auctions.registration(c, id)).map(TradeApi.BidderView::of).orElse(null);
        return new AuctionPage(auctions.view(a), auctions.history(id, 20), mine, caller.isPresent());
    }
}

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.techmarket.common.Caller;
import org.techmarket.common.ConflictException;
import org.techmarket.common.ForbiddenActionException;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.MoneyInput;
import org.techmarket.common.NotFoundException;
import org.techmarket.common.ProblemText;
import org.techmarket.common.Roles;

/**
 * Pages of online trading: results on sale, a trade with its intent form and result notice, the live
 * auction page (its price and bids polled as an htmx fragment; a plain reload without JavaScript) with
 * the bid form, the printable transaction confirmation, and staff's trading page.
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
                List<TradeApi.TradeView> deals);
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
        Caller caller = Caller.of(identity);
        return Templates.staff(trades.views(trades.queue(caller)), trades.views(trades.awaitingAuction()),
                trades.views(trades.latestDealTrades(20)));
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

package org.techmarket.trade;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techmarket.common.Caller;
import org.techmarket.common.Idempotency;
import org.techmarket.common.Roles;

/** Results listed for sale (挂牌) over JSON: request, staff decision, intents, the auction and the deal. */
@Path("/api/v1/trades")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Trades", description = "Online trading of results (挂牌交易): listing for sale with a notice period, "
        + "intents to buy, and its outcome — a deal at the asking price, an auction among several buyers, or unsold.")
public class TradeResource {

    @Inject
    TradeService trades;

    @Inject
    AuctionService auctions;

    @Inject
    SecurityIdentity identity;

    @Inject
    Idempotency idempotency;

    @POST
    @Authenticated
    @Operation(summary = "Ask staff to list a result for sale",
            description = "The caller's organisation's published result, with an asking price, the terms (transfer or "
                    + "licence, exclusive or not) and a notice period of 10 to 60 working days. Members only.")
    @APIResponse(responseCode = "201", description = "The request; Location names it",
            content = @Content(schema = @Schema(implementation = TradeApi.TradeView.class)))
    public Response request(TradeApi.TradeRequest input) {
        Trade t = trades.request(Caller.of(identity), input);
        return Response.created(URI.create("/api/v1/trades/" + t.id)).entity(trades.view(t)).build();
    }

    @GET
    @Operation(summary = "List results on sale", description = "Trades in their notice period, at auction or concluded, "
            + "latest first (at most 200). Public.")
    public List<TradeApi.TradeView> listPublic() {
        return trades.views(trades.listPublic(200));
    }

    @GET
    @Path("/mine")
    @Authenticated
    @Operation(summary = "List my organisation's trades", description = "Every trade of the caller's organisation as "
            + "seller, in any state. Members only.")
    public List<TradeApi.TradeView> mine() {
        return trades.views(trades.listMine(Caller.of(identity)));
    }

    @GET
    @Path("/queue")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "List trades awaiting listing", description = "Requests to list a result for sale. Staff only.")
    public List<TradeApi.TradeView> queue() {
        return trades.views(trades.queue(Caller.of(identity)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a trade", description = "Public once listed; a request or a refused, unsold or withdrawn "
            + "trade only for its owner and staff.")
    public TradeApi.TradeView get(@PathParam("id") long id) {
        return trades.view(trades.visible(Caller.optional(identity), id));
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "List a requested trade or refuse it",
            description = "LIST starts the notice period (公示) on the next working day; REFUSE needs a reason. Staff only.")
    public TradeApi.TradeView decide(@PathParam("id") long id, TradeApi.DecisionRequest input) {
        return trades.view(trades.decide(Caller.of(identity), id, input, LocalDate.now()));
    }

    @POST
    @Path("/{id}/intents")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @Operation(summary = "Declare intent to buy", description = "During the notice period, by a member of another "
            + "organisation than the seller; declaring again changes nothing. Members only.")
    public TradeApi.TradeView declareIntent(@PathParam("id") long id) {
        return trades.view(trades.declareIntent(Caller.of(identity), id, LocalDate.now()));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @Operation(summary = "Withdraw a trade", description = "A request not yet listed, or an unsold trade. Its owner only.")
    public TradeApi.TradeView withdraw(@PathParam("id") long id) {
        return trades.view(trades.withdraw(Caller.of(identity), id));
    }

    @POST
    @Path("/{id}/relisting")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @Operation(summary = "Relist an unsold trade", description = "A new notice period from the next working day. "
            + "Its owner only.")
    public TradeApi.TradeView relist(@PathParam("id") long id) {
        return trades.view(trades.relist(Caller.of(identity), id, LocalDate.now()));
    }

    @POST
    @Path("/{id}/auction")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Set up the auction of a trade", description = "For a trade whose notice period ended with "
            + "several intended buyers: starting price, increment, reserve (hidden until the close), deposit, opening "
            + "and closing time. Staff only.")
    @APIResponse(responseCode = "201", description = "The auction; Location names it",
            content = @Content(schema = @Schema(implementation = TradeApi.AuctionView.class)))
    public Response createAuction(@PathParam("id") long id, TradeApi.AuctionRequest input) {
        Auction a = auctions.create(Caller.of(identity), id, input);
        return Response.created(URI.create("/api/v1/auctions/" + a.id)).entity(auctions.view(a)).build();
    }

    @GET
    @Path("/{id}/deal")
    @Operation(summary = "Get the deal of a trade (成交公告)", description = "The public result notice: the result, the "
            + "parties, the price and the confirmation number; the contract draft's id only for the parties and staff.")
    public TradeApi.DealView deal(@PathParam("id") long id) {
        return trades.deal(Caller.optional(identity), id);
    }

    @POST
    @Path("/{id}/settlement")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true,
            description = "A key the client chooses for this request (1–100 characters): a retry with the same key "
                    + "gets the first answer and moves no money twice.")
    @Operation(summary = "Settle a deal or record the buyer's default",
            description = "SETTLED: the buyer paid; a winning bidder's deposit is credited to the price. DEFAULTED: the "
                    + "buyer walked away; a winning bidder's deposit is forfeited. Once per deal. Staff only.")
    public Response settle(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key,
            TradeApi.SettlementRequest input) {
        Caller caller = Caller.of(identity);
        return idempotency.run(caller.userId(), key, List.of("settle", id, String.valueOf(input)), () -> {
            auctions.settle(caller, id, input);
            return new Idempotency.Outcome(200, trades.deal(java.util.Optional.of(caller), id));
        });
    }
}

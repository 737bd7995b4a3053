package org.techmarket.trade;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.Roles;

/** Auctions (竞价) over JSON: the live state and bid history, registration, deposits, bids, the close. */
@Path("/api/v1/auctions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Auctions", description = "Auctions among the intended buyers of a trade, with deposits (保证金) on the "
        + "ledger; the server's clock decides, and a bid in the last five minutes extends the close by five minutes.")
public class AuctionResource {

    @Inject
    AuctionService auctions;

    @Inject
    SecurityIdentity identity;

    @Inject
    Idempotency idempotency;

    @GET
    @Operation(summary = "List open auctions", description = "Auctions taking bids or about to, the one closing first "
            + "at the top. Public.")
    public List<TradeApi.AuctionView> open() {
        return auctions.views(auctions.listOpen());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an auction", description = "Its current price, the least next bid, the closing time (as "
            + "extended) and the server's time; the reserve price only once closed. Public.")
    public TradeApi.AuctionView get(@PathParam("id") long id) {
        return auctions.view(auctions.get(id));
    }

    @GET
    @Path("/{id}/bids")
    @Operation(summary = "Get the bid history", description = "The latest bids, newest first, each bidder by number "
            + "(竞买人 n), never by name. Public.")
    public List<TradeApi.BidView> bids(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 500) {
            throw InvalidInputException.of("limit", "between 1 and 500");
        }
        return auctions.history(id, limit);
    }

    @POST
    @Path("/{id}/bidders")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @Operation(summary = "Register to bid", description = "For an organisation that declared intent during the notice "
            + "period; registering again returns the same registration. The deposit is due next. Members only.")
    public TradeApi.BidderView register(@PathParam("id") long id) {
        return TradeApi.BidderView.of(auctions.register(Caller.of(identity), id));
    }

    @POST
    @Path("/{id}/deposits")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true,
            description = "A key the client chooses for this request (1–100 characters): a retry with the same key "
                    + "gets the first answer and moves no money twice.")
    @Operation(summary = "Record a deposit paid by bank transfer",
            description = "From the bank receipt: the bidder's deposit is held in escrow on the ledger. Once per "
                    + "bidder. Staff only.")
    public Response recordDeposit(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key,
            TradeApi.DepositRequest input) {
        Caller caller = Caller.of(identity);
        return idempotency.run(caller.userId(), key, List.of("deposit", id, String.valueOf(input)),
                () -> new Idempotency.Outcome(200, TradeApi.BidderView.of(auctions.recordDeposit(caller, id, input))));
    }

    @POST
    @Path("/{id}/deposit-payment")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true,
            description = "A key the client chooses for this request (1–100 characters): a retry with the same key "
                    + "gets the first answer and pays nothing twice.")
    @Operation(summary = "Pay the deposit online", description = "Through the market's payment adapter; the deposit "
            + "is then held in escrow on the ledger. Registered bidders only.")
    public Response payDeposit(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key) {
        Caller caller = Caller.of(identity);
        return idempotency.run(caller.userId(), key, List.of("deposit-payment", id),
                () -> new Idempotency.Outcome(200, TradeApi.BidderView.of(auctions.payDepositOnline(caller, id, key))));
    }

    @POST
    @Path("/{id}/bids")
    @Authenticated
    @Operation(summary = "Bid", description = "At least the starting price, then the current price plus the increment, "
            + "while the auction is open by the server's clock; a bid in the last five minutes extends the close by "
            + "five minutes. Registered bidders whose deposit is held only.")
    @APIResponse(responseCode = "201", description = "The accepted bid",
            content = @Content(schema = @Schema(implementation = TradeApi.BidOutcome.class)))
    @APIResponse(responseCode = "409", description = "Refused: too low, not open, or no deposit held")
    public Response bid(@PathParam("id") long id, TradeApi.BidRequest input) {
        return Response.status(201).entity(auctions.bid(Caller.of(identity), id, input)).build();
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Close a due auction now", description = "As the scheduled closing does: once, and only when "
            + "the closing time has come. Staff only.")
    public TradeApi.AuctionView close(@PathParam("id") long id) {
        return auctions.view(auctions.close(Caller.of(identity), id));
    }

    @POST
    @Path("/{id}/refunds")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true,
            description = "A key the client chooses for this request (1–100 characters): a retry with the same key "
                    + "gets the first answer and refunds nothing twice.")
    @Operation(summary = "Refund a bidder's deposit", description = "Before the auction opens (a bidder who withdrew), "
            + "or after the close to a losing bidder; a deposit is refunded once. Staff only.")
    public Response refund(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key,
            TradeApi.RefundRequest input) {
        Caller caller = Caller.of(identity);
        return idempotency.run(caller.userId(), key, List.of("refund", id, String.valueOf(input)),
                () -> new Idempotency.Outcome(200, TradeApi.BidderView.of(auctions.refund(caller, id, input))));
    }

    @GET
    @Path("/{id}/bidders")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "List the bidders and their deposits", description = "Staff only.")
    public List<TradeApi.BidderView> bidders(@PathParam("id") long id) {
        return auctions.bidders(Caller.of(identity), id).stream().map(TradeApi.BidderView::of).toList();
    }
}

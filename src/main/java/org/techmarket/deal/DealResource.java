package org.techmarket.deal;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techmarket.common.Caller;

/** One deal from match to voucher ({@code /api/v1/deals/{caseId}}), and the market's deal funnel. */
@Path("/api/v1/deals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deals", description = "Deals followed from match to voucher (one per match case), and the market's deal "
        + "funnel.")
public class DealResource {

    @Inject
    DealService deals;

    @Inject
    SecurityIdentity identity;

    /** The public funnel of all deals (counts and amounts only). */
    @GET
    @Path("/figures")
    @PermitAll
    @Operation(summary = "Get the market's deal funnel",
            description = "How many match cases were agreed, led to a contract, to a registered one, to "
                    + "voucher-funded services and to paid vouchers, with the amounts. Public; counts and amounts "
                    + "only.")
    public DealApi.FunnelView figures() {
        return deals.funnel();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Follow one deal end to end",
            description = "A match case's deal: need and result, match score, the case, its contracts and the "
                    + "service orders with the voucher money reserved and redeemed. Members of either party and "
                    + "staff (404 for others).")
    public DealApi.DealView deal(@PathParam("id") long id) {
        return deals.deal(Caller.of(identity), id);
    }
}

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
import org.techmarket.common.Caller;

/** One deal from match to voucher ({@code /api/v1/deals/{caseId}}), and the market's deal funnel. */
@Path("/api/v1/deals")
@Produces(MediaType.APPLICATION_JSON)
public class DealResource {

    @Inject
    DealService deals;

    @Inject
    SecurityIdentity identity;

    /** The public funnel of all deals (counts and amounts only). */
    @GET
    @Path("/figures")
    @PermitAll
    public DealService.Funnel figures() {
        return deals.funnel();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    public DealService.Deal deal(@PathParam("id") long id) {
        return deals.deal(Caller.of(identity), id);
    }
}

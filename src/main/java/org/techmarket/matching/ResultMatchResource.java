package org.techmarket.matching;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.techmarket.listing.ListingKind;

/** The needs that best match a published result, with explanations. */
@Path("/api/v1/results/{id}/matches")
@Produces(MediaType.APPLICATION_JSON)
public class ResultMatchResource {

    @Inject
    MatchingService matching;

    @GET
    @PermitAll
    public List<MatchView> matches(@PathParam("id") long id, @QueryParam("limit") Integer limit) {
        List<Match> matches = matching.matchesFor(id, ListingKind.RESULT, limit == null ? MatchingService.SHOWN : limit);
        return MatchView.of(matches, matching.listingsOf(matches, ListingKind.NEED), ListingKind.NEED);
    }
}

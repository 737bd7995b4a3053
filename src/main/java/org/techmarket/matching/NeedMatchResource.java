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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techmarket.listing.ListingKind;

/** The results that best match a published need, with explanations. */
@Path("/api/v1/needs/{id}/matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matches", description = "Ranked matches between published needs and results, with explanations, and "
        + "their recomputation.")
public class NeedMatchResource {

    @Inject
    MatchingService matching;

    @GET
    @PermitAll
    @Operation(summary = "Get the results matching a need",
            description = "The published results that best match a published need, best first, each with its score "
                    + "and why; `limit` is 10 by default (1–50). Public; 404 for a need that is not published. `evidence` (BOTH by default) compares the evidence: "
                    + "WORDS ranks by shared words only, MEANING by the text embeddings only.")
    public List<MatchingApi.MatchView> matches(@PathParam("id") long id, @QueryParam("limit") Integer limit,
            @QueryParam("evidence") String evidence) {
        List<Match> matches = matching.matchesFor(id, ListingKind.NEED, limit == null ? MatchingService.SHOWN : limit,
                MatchingEngine.Mode.parse(evidence));
        return MatchingApi.MatchView.of(matches, matching.listingsOf(matches, ListingKind.RESULT), ListingKind.RESULT);
    }
}

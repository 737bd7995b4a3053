package org.techmarket.stats;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techmarket.common.Caller;

/** The market's conversion funnel as JSON ({@code /api/v1/stats/funnel}). */
@Path("/api/v1/stats/funnel")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "The market's figures.")
public class FunnelResource {

    @Inject
    ConversionFunnel funnel;

    @Inject
    SecurityIdentity identity;

    @GET
    @PermitAll
    @Operation(summary = "Get the conversion funnel of a period",
            description = "Listing views → inquiries → match cases opened → agreed (or declined) → technology "
                    + "contracts registered from a case and their transaction amount, each counted in the period it "
                    + "happened. A year (2000–2099), a quarter (1–4) of a year, or all time without either; `noData` "
                    + "when nothing happened. Everyone gets the counts and the amount; staff also get each step's "
                    + "rate in percent (null where the step before is zero), every technology field, every month "
                    + "and the decline reasons with their shares.")
    @APIResponse(responseCode = "200", description = "The funnel of the period",
            content = @Content(schema = @Schema(implementation = FunnelApi.FunnelView.class)))
    @APIResponse(responseCode = "400", description = "A year or quarter that is not one, or a quarter without a year")
    public FunnelApi.FunnelView get(@Parameter(description = "The year, 2000–2099") @QueryParam("year") String year,
            @Parameter(description = "The quarter of the year, 1–4") @QueryParam("quarter") String quarter) {
        Period period = Period.parse(year, quarter, java.time.LocalDate.now(Period.MARKET_ZONE));
        boolean staff = Caller.optional(identity).map(Caller::isStaff).orElse(false);
        return FunnelApi.FunnelView.of(funnel.of(period), staff);
    }
}

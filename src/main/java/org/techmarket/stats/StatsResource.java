package org.techmarket.stats;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techmarket.common.RegionDirectory;

/** The public figures of the market ({@code /api/v1/stats}). */
@Path("/api/v1/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "The market in figures: listings, match cases, contracts and voucher money.")
public class StatsResource {

    @Inject
    MarketFigures figures;

    @Inject
    RegionDirectory regions;

    @GET
    @PermitAll
    @Operation(summary = "Get the market's figures",
            description = "Results and needs collected (by status now), match cases opened, agreed and declined, "
                    + "contracts registered with their contract and approved technology transaction amounts, transfers "
                    + "brokered (registered contracts from a match case), voucher money issued, redeemed and expired "
                    + "(and outstanding now), with series by month, technology field, region (one level below the "
                    + "chosen region) and contract type. `year` (2000 to this year) and `quarter` (1-4) choose the "
                    + "period, all time without them; `field` (a technology field) and `region` (a GB/T 2260 code) "
                    + "narrow it; vouchers are null under a field filter. `expos`: expos whose first day is in the period, "
                    + "the deals signed there, their amount, and how many were registered since (null under a field or "
                    + "region filter). Amounts in fen. Public.")
    public MarketFigures.Figures stats(@QueryParam("year") String year, @QueryParam("quarter") String quarter,
            @QueryParam("field") String field, @QueryParam("region") String region) {
        return figures.figures(Period.parse(year, quarter, LocalDate.now(Period.MARKET_ZONE)),
                StatsFilter.parse(field, region, regions));
    }
}

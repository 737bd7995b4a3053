package org.techmarket.stats;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.Roles;

/**
 * The funnel pages: {@code /stats/funnel} for everyone (counts and amounts), {@code /staff/funnel} for
 * staff (step rates by field and month, decline reasons). Two addresses rather than one page that
 * changes with the caller: each has one access rule, and the public page can never carry staff
 * figures into a shared cache.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class FunnelPageResource {

    @Inject
    ConversionFunnel funnel;

    @CheckedTemplate
    static class Templates {
        /** Without figures when the period asked for is not one: {@code invalid} names the field. */
        static native TemplateInstance funnel(ConversionFunnel.Figures figures, boolean staff, String year, String quarter,
                String invalid);
    }

    @GET
    @Path("stats/funnel")
    public Response publicFunnel(@QueryParam("year") String year, @QueryParam("quarter") String quarter) {
        return page(year, quarter, false);
    }

    @GET
    @Path("staff/funnel")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response staffFunnel(@QueryParam("year") String year, @QueryParam("quarter") String quarter) {
        return page(year, quarter, true);
    }

    private Response page(String year, String quarter, boolean staff) {
        Period period;
        try {
            period = Period.parse(year, quarter, java.time.LocalDate.now(Period.MARKET_ZONE));
        } catch (InvalidInputException e) {
            String field = e.fieldErrors().keySet().iterator().next();
            return Response.status(400).entity(Templates.funnel(null, staff, typed(year), typed(quarter), field)).build();
        }
        return Response.ok(Templates.funnel(funnel.of(period), staff, typed(year), typed(quarter), null)).build();
    }

    private static String typed(String value) {
        return value == null ? "" : value.strip();
    }
}

package org.techmarket.deal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.techmarket.common.Caller;

/**
 * The deal page: match → case → contracts → voucher-funded services, with the money at each step.
 * (Rooted at "/": a class at "/deals" took the path from the public feed of deals, which answered 404.)
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DealPageResource {

    @Inject
    DealService deals;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance deal(DealApi.DealView deal);
    }

    @GET
    @Path("deals/{id}")
    @Authenticated
    public TemplateInstance deal(@PathParam("id") long id) {
        return Templates.deal(deals.deal(Caller.of(identity), id));
    }
}

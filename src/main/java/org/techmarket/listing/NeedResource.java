package org.techmarket.listing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.techmarket.common.Caller;
import org.techmarket.common.Roles;

/** 技术需求 over JSON: posting and editing here, the rest in {@link ListingResourceBase}. */
@Path("/api/v1/needs")
public class NeedResource extends ListingResourceBase {

    @Override
    protected ListingKind kind() {
        return ListingKind.NEED;
    }

    @POST
    @RolesAllowed(Roles.ENTERPRISE)
    public Response create(NeedInput input) {
        return created(listings.createNeed(Caller.of(identity), input));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ENTERPRISE)
    public Response update(@PathParam("id") long id, NeedInput input) {
        return edited(listings.updateNeed(Caller.of(identity), id, input));
    }
}

package org.techmarket.listing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.techmarket.common.Caller;
import org.techmarket.common.Roles;

/** 科技成果 over JSON: posting and editing here, the rest in {@link ListingResourceBase}. */
@Path("/api/v1/results")
public class ResultResource extends ListingResourceBase {

    @Override
    protected ListingKind kind() {
        return ListingKind.RESULT;
    }

    @POST
    @RolesAllowed(Roles.RESEARCHER)
    public Response create(ResultInput input) {
        return created(listings.createResult(Caller.of(identity), input));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.RESEARCHER)
    public Response update(@PathParam("id") long id, ResultInput input) {
        return edited(listings.updateResult(Caller.of(identity), id, input));
    }
}

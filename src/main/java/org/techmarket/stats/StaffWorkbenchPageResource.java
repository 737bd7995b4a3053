package org.techmarket.stats;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.techmarket.common.Caller;
import org.techmarket.common.Flash;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.NotFoundException;
import org.techmarket.common.Roles;

/** The staff workbench page (工作台): every queue on one page, with inline decisions, taking and giving back items. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class StaffWorkbenchPageResource {

    @Inject
    StaffWorkbench workbench;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance workbench(List<WorkQueue> queues, boolean mine, String formKey,
                Map<String, String> errors);
    }

    @GET
    @Path("staff")
    public TemplateInstance page(@QueryParam("mine") String mine) {
        return page(WorkbenchApi.onlyMine(mine), Map.of());
    }

    @POST
    @Path("staff/claims")
    public Response take(@RestForm String kind, @RestForm String id, @RestForm String mine) {
        return claim(kind, id, mine, true);
    }

    @POST
    @Path("staff/claims/release")
    public Response release(@RestForm String kind, @RestForm String id, @RestForm String mine) {
        return claim(kind, id, mine, false);
    }

    /** Takes or gives back; every outcome but bad input goes back to the row with a flash (303). */
    private Response claim(String kind, String id, String mine, boolean take) {
        boolean onlyMine = "true".equals(mine);
        WorkKind k;
        long itemId;
        try {
            k = WorkbenchApi.kind(kind);
            itemId = WorkbenchApi.id(id);
        } catch (InvalidInputException e) {
            return Response.status(400).entity(page(onlyMine, e.fieldErrors())).build();
        }
        String back = "/staff" + (onlyMine ? "?mine=true" : "");
        String row = back + "#" + k.name().toLowerCase() + "-" + itemId;
        Caller caller = Caller.of(identity);
        try {
            if (take) {
                workbench.take(caller, k, itemId);
            } else {
                workbench.release(caller, k, itemId);
            }
            return Flash.redirect(row, take ? "flash_claim_taken" : "flash_claim_released");
        } catch (ClaimRefusedException e) {
            return Flash.redirect(row, "flash_claim_refused");
        } catch (NotFoundException e) {
            // Giving back what one does not hold leaves things as asked; taking what left the queue does not.
            return take ? Flash.redirect(back + "#q-" + k.name().toLowerCase(), "flash_claim_gone")
                    : Flash.redirect(row, "flash_claim_released");
        }
    }

    private TemplateInstance page(boolean onlyMine, Map<String, String> errors) {
        return Templates.workbench(workbench.queues(Caller.of(identity), onlyMine), onlyMine, UUID.randomUUID().toString(),
                errors);
    }
}

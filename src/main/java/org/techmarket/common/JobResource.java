package org.techmarket.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A background job's progress over the API (an import, a recomputation of matches). Staff only. */
@Path("/api/v1/jobs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@Tag(name = "Jobs", description = "Long work run in the background: state and progress.")
public class JobResource {

    @Inject
    BackgroundJobs jobs;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("{id}")
    @Operation(summary = "Get a background job",
            description = "The job's state (QUEUED, RUNNING, DONE, FAILED), items done of the total, what it produced, "
                    + "its error count and first errors (item number and reason), the reason it failed, its times, "
                    + "and where its result is once done. Staff only.")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(schema = @Schema(implementation = BackgroundJobs.JobView.class)))
    @APIResponse(responseCode = "404", description = "No such job")
    public BackgroundJobs.JobView get(@PathParam("id") long id) {
        return jobs.view(Caller.of(identity), id);
    }
}

package org.techmarket.common;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Staff pages of background jobs: the recent ones, and one job's progress. The progress part is also
 * answered alone to an htmx request, which polls it while the job runs; without JavaScript the page
 * refreshes itself.
 */
@Path("/staff/jobs")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class JobPageResource {

    private static final ZoneId MARKET_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final int RECENT = 50;
    static final int ERRORS_SHOWN = 20;

    @Inject
    BackgroundJobs jobs;

    @Inject
    SecurityIdentity identity;

    /** A job as the pages show it: message keys of its kind and product, times in the market's zone. */
    public record JobRow(BackgroundJob job, String labelKey, String producedKey, String created, String started,
            String finished) {
    }

    public record JobPage(JobRow row, List<JobError> errors, String resultLink) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<JobRow> rows);

        static native TemplateInstance job(JobPage page);

        static native TemplateInstance job$progress(JobPage page);
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(jobs.recent(Caller.of(identity), RECENT).stream().map(this::row).toList());
    }

    @GET
    @Path("{id}")
    public Response job(@PathParam("id") long id, @HeaderParam("HX-Request") String htmx) {
        BackgroundJob job = jobs.get(Caller.of(identity), id);
        JobPage page = new JobPage(row(job), job.errors == 0 ? List.of() : jobs.firstErrors(job.id, ERRORS_SHOWN),
                jobs.resultLink(job));
        TemplateInstance body = "true".equals(htmx) ? Templates.job$progress(page) : Templates.job(page);
        return Response.ok(body).header("Vary", "HX-Request").header("Cache-Control", "no-store").build();
    }

    JobRow row(BackgroundJob job) {
        return new JobRow(job, jobs.labelKey(job), jobs.producedKey(job), time(job.createdAt), time(job.startedAt),
                time(job.finishedAt));
    }

    private static String time(OffsetDateTime at) {
        return at == null ? "—" : at.atZoneSameInstant(MARKET_ZONE).format(TIME);
    }
}

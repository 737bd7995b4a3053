package org.techmarket.matching;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.techmarket.common.Caller;

/** Match cases (供需对接) over JSON: open, follow, move along, and talk. */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class CaseResource {

    @Inject
    CaseService cases;

    @Inject
    SecurityIdentity identity;

    public record OpenRequest(Long needId, Long resultId) {
    }

    public record TransitionRequest(CaseStatus status, DeclineReason reasonCode, String comment) {
    }

    public record MessageRequest(String body) {
    }

    public record CaseView(long id, long needId, long resultId, CaseStatus status, DeclineReason declineReason,
            String comment, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        static CaseView of(MatchCase c) {
            return new CaseView(c.id, c.needId, c.resultId, c.status, c.declineReason, c.comment, c.createdAt,
                    c.updatedAt);
        }
    }

    public record CaseDetailView(CaseView matchCase, String needTitle, String resultTitle,
            List<CaseService.TimelineEntry> timeline) {
    }

    @POST
    public Response open(OpenRequest request) {
        OpenRequest r = request == null ? new OpenRequest(null, null) : request;
        MatchCase c = cases.open(Caller.of(identity), r.needId(), r.resultId());
        return Response.created(URI.create("/api/v1/cases/" + c.id)).entity(CaseView.of(c)).build();
    }

    @GET
    public List<CaseView> list() {
        return cases.listFor(Caller.of(identity)).stream().map(CaseView::of).toList();
    }

    @GET
    @Path("/{id}")
    public CaseDetailView get(@PathParam("id") long id) {
        CaseService.CaseDetail d = cases.detail(Caller.of(identity), id);
        return new CaseDetailView(CaseView.of(d.matchCase()), d.need().title(), d.result().title(), d.timeline());
    }

    @POST
    @Path("/{id}/transition")
    public CaseView transition(@PathParam("id") long id, TransitionRequest request) {
        TransitionRequest r = request == null ? new TransitionRequest(null, null, null) : request;
        return CaseView.of(cases.transition(Caller.of(identity), id, r.status(), r.reasonCode(), r.comment()));
    }

    @POST
    @Path("/{id}/messages")
    public Response post(@PathParam("id") long id, MessageRequest request) {
        CaseMessage m = cases.post(Caller.of(identity), id, request == null ? null : request.body());
        return Response.created(URI.create("/api/v1/cases/" + id)).entity(java.util.Map.of("id", m.id)).build();
    }
}

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techmarket.common.Caller;

/** Match cases (供需对接) over JSON: open, follow, move along, and talk. */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Match cases", description = "Brokered match cases (供需对接) between a need and a result: opening, "
        + "following, moving along and messages.")
public class CaseResource {

    @Inject
    CaseService cases;

    @Inject
    SecurityIdentity identity;






    @POST
    @Operation(summary = "Open a match case",
            description = "Opens a case between a published need and a published result of two different "
                    + "organisations (409 if an open one exists); the owners are notified. Staff and members of "
                    + "either party.")
    @APIResponse(responseCode = "201", description = "The new case; Location names it",
            content = @Content(schema = @Schema(implementation = MatchingApi.CaseView.class)))
    public Response open(MatchingApi.OpenRequest request) {
        MatchingApi.OpenRequest r = request == null ? new MatchingApi.OpenRequest(null, null) : request;
        MatchCase c = cases.open(Caller.of(identity), r.needId(), r.resultId());
        return Response.created(URI.create("/api/v1/cases/" + c.id)).entity(MatchingApi.CaseView.of(c)).build();
    }

    @GET
    @Operation(summary = "List match cases",
            description = "The cases about the caller's organisation's listings; staff see the open cases (at most "
                    + "200). Members only.")
    public List<MatchingApi.CaseView> list() {
        return cases.listFor(Caller.of(identity)).stream().map(MatchingApi.CaseView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a match case with its timeline",
            description = "The case, the titles of its need and result, and its steps and messages, oldest first. "
                    + "Members of either party and staff (404 for others).")
    public MatchingApi.CaseDetailView get(@PathParam("id") long id) {
        CaseService.CaseDetail d = cases.detail(Caller.of(identity), id);
        return new MatchingApi.CaseDetailView(MatchingApi.CaseView.of(d.matchCase()), d.need().title(), d.result().title(), d.timeline());
    }

    @POST
    @Path("/{id}/transition")
    @Operation(summary = "Move a match case on",
            description = "RECOMMENDED → CONTACTED → NEGOTIATING → AGREED, or DECLINED with a reason code; on "
                    + "agreement the seller is offered a contract draft. Members of either party and staff.")
    public MatchingApi.CaseView transition(@PathParam("id") long id, MatchingApi.TransitionRequest request) {
        MatchingApi.TransitionRequest r = request == null ? new MatchingApi.TransitionRequest(null, null, null) : request;
        return MatchingApi.CaseView.of(cases.transition(Caller.of(identity), id, r.status(), r.reasonCode(), r.comment()));
    }

    @POST
    @Path("/{id}/messages")
    @Operation(summary = "Write in a match case",
            description = "Adds a message of at most 2,000 characters to the case's timeline and notifies the other "
                    + "side. Members of either party and staff.")
    @APIResponse(responseCode = "201", description = "The message's id; Location names the case",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT,
                    properties = @SchemaProperty(name = "id", type = SchemaType.INTEGER, format = "int64"))))
    public Response post(@PathParam("id") long id, MatchingApi.MessageRequest request) {
        CaseMessage m = cases.post(Caller.of(identity), id, request == null ? null : request.body());
        return Response.created(URI.create("/api/v1/cases/" + id)).entity(java.util.Map.of("id", m.id)).build();
    }
}

package org.techmarket.matching;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.techmarket.common.Caller;
import org.techmarket.common.Roles;
import org.techmarket.common.Flash;
import org.techmarket.common.Htmx;
import org.techmarket.common.InvalidInputException;
import org.techmarket.listing.ListingKind;
import org.techmarket.listing.ListingService;
import org.techmarket.listing.ListingSummary;

/** Pages: a listing's matches with their reasons, and the match cases with their timelines. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class MatchPageResource {

    @Inject
    MatchingService matching;

    @Inject
    CaseService cases;

    @Inject
    ListingService listings;

    @Inject
    SecurityIdentity identity;

    @Inject
    Htmx htmx;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance matches(ListingSummary subject, List<MatchingApi.MatchView> matches, boolean canOpenCase);

        static native TemplateInstance cases(List<MatchCase> cases, Map<Long, ListingSummary> listings);

        static native TemplateInstance matchCase(CaseService.CaseDetail detail, Map<String, String> errors);

        /** A case's thread and message box, for a message posted in place (htmx). */
        static native TemplateInstance matchCase$conversation(CaseService.CaseDetail detail, Map<String, String> errors);
    }

    /** Message keys of explanation parts and case states, for templates. */
    @TemplateExtension
    static class Labels {
        static int percent(double score) {
            return (int) Math.round(score * 100);
        }
    }

    @GET
    @Path("needs/{id}/matches")
    public TemplateInstance needMatches(@PathParam("id") long id) {
        return matchesPage(id, ListingKind.NEED);
    }

    @GET
    @Path("results/{id}/matches")
    public TemplateInstance resultMatches(@PathParam("id") long id) {
        return matchesPage(id, ListingKind.RESULT);
    }

    @GET
    @Path("cases")
    @Authenticated
    public TemplateInstance list() {
        List<MatchCase> mine = cases.listFor(Caller.of(identity));
        Map<Long, ListingSummary> summaries = new java.util.HashMap<>();
        for (MatchCase c : mine) {
            listings.summary(c.needId).ifPresent(s -> summaries.put(s.id(), s));
            listings.summary(c.resultId).ifPresent(s -> summaries.put(s.id(), s));
        }
        return Templates.cases(mine, summaries);
    }

    @GET
    @Path("cases/{id}")
    @Authenticated
    public TemplateInstance show(@PathParam("id") long id) {
        return Templates.matchCase(cases.detail(Caller.of(identity), id), Map.of());
    }

    /** Staff start a recomputation of all matches from the jobs page and follow its progress there. */
    @POST
    @Path("staff/matches/recomputation")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response recompute() {
        MatchingService.Recomputation started = matching.startRecomputation(Caller.of(identity));
        return Response.seeOther(java.net.URI.create("/staff/jobs/" + started.jobId())).build();
    }

    @POST
    @Path("cases")
    @Authenticated
    public Response open(@RestForm Long needId, @RestForm Long resultId) {
        MatchCase c = cases.open(Caller.of(identity), needId, resultId);
        return Flash.redirect("/cases/" + c.id, "flash_case_opened");
    }

    @POST
    @Path("cases/{id}/transition")
    @Authenticated
    public Response transition(@PathParam("id") long id, @RestForm String status, @RestForm String reasonCode,
            @RestForm String comment) {
        Caller caller = Caller.of(identity);
        try {
            cases.transition(caller, id, InvalidInputException.parseEnum(CaseStatus.class, "status", status),
                    InvalidInputException.parseEnum(DeclineReason.class, "reasonCode", reasonCode), comment);
            return Flash.redirect("/cases/" + id, "flash_case_moved");
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.matchCase(cases.detail(caller, id), e.fieldErrors())).build();
        }
    }

    @POST
    @Path("cases/{id}/messages")
    @Authenticated
    public Response post(@PathParam("id") long id, @RestForm String body, @Context HttpHeaders headers) {
        Caller caller = Caller.of(identity);
        boolean partial = Htmx.isPartial(headers);
        try {
            cases.post(caller, id, body);
            if (partial) {
                return htmx.changed(Templates.matchCase$conversation(cases.detail(caller, id), Map.of()).render(),
                        "flash_case_message");
            }
            return Flash.redirect("/cases/" + id, "flash_case_message");
        } catch (InvalidInputException e) {
            if (partial) {
                return Htmx.fragment(Htmx.INVALID,
                        Templates.matchCase$conversation(cases.detail(caller, id), e.fieldErrors()).render());
            }
            return Response.status(400).entity(Templates.matchCase(cases.detail(caller, id), e.fieldErrors())).build();
        }
    }

    private TemplateInstance matchesPage(long id, ListingKind kind) {
        List<Match> found = matching.matchesFor(id, kind, MatchingService.SHOWN);
        ListingKind other = kind == ListingKind.NEED ? ListingKind.RESULT : ListingKind.NEED;
        ListingSummary subject = listings.summary(id).orElseThrow();
        Optional<Caller> caller = Caller.optional(identity);
        boolean canOpen = caller.map(c -> c.isStaff() || c.isMemberOf(subject.organisationId())).orElse(false);
        return Templates.matches(subject, MatchingApi.MatchView.of(found, matching.listingsOf(found, other), other), canOpen);
    }
}

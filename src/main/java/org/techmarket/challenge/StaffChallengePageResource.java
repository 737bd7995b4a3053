package org.techmarket.challenge;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techmarket.account.Organisation;
import org.techmarket.common.AuditEvent;
import org.techmarket.common.Caller;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.Roles;
import org.techmarket.listing.TechField;

/** Staff pages: all challenges, the new/edit form, a challenge's own page (open it, its submissions, suggested teams). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class StaffChallengePageResource {

    @Inject
    ChallengeService challenges;

    @Inject
    SubmissionService submissions;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Challenge> challenges, Map<Long, String> owners);

        static native TemplateInstance form(Long id, ChallengeForm form, List<Organisation> owners,
                List<TechField> fields, Map<String, String> errors);

        static native TemplateInstance detail(ChallengeService.Shown shown, TechField field,
                List<ChallengeSubmission> submissions, Map<Long, String> teams,
                List<ChallengeApi.SuggestionView> suggestions, List<AuditEvent> events, Map<String, String> errors);

        static native TemplateInstance submission(Challenge challenge, ChallengeSubmission submission,
                String organisationName, List<ChallengeApi.AttachmentView> attachments);
    }

    @GET
    @Path("staff/challenges")
    public TemplateInstance list() {
        List<Challenge> list = challenges.listAll(Caller.of(identity));
        return Templates.list(list, challenges.ownerNames(list));
    }

    @GET
    @Path("staff/challenges/new")
    public TemplateInstance newForm(@QueryParam("needId") Long needId) {
        Caller caller = Caller.of(identity);
        ChallengeForm form = needId == null ? null
                : challenges.draftFromNeed(caller, needId).map(ChallengeForm::of).orElse(null);
        if (form == null) {
            form = new ChallengeForm();
            form.source = ChallengeSource.GOVERNMENT.name();
            form.scoreMax = "10";
            form.objectionDays = "7";
        }
        return formPage(null, form, Map.of());
    }

    @POST
    @Path("staff/challenges/new")
    public Response create(@BeanParam ChallengeForm form) {
        try {
            Challenge c = challenges.create(Caller.of(identity), form.toInput());
            return Response.seeOther(URI.create("/staff/challenges/" + c.id)).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(formPage(null, form, pageErrors(e))).build();
        }
    }

    @GET
    @Path("staff/challenges/{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        return detailPage(id, Map.of());
    }

    @GET
    @Path("staff/challenges/{id}/edit")
    public TemplateInstance editForm(@PathParam("id") long id) {
        Caller caller = Caller.of(identity);
        Challenge c = challenges.visible(Optional.of(caller), id);
        return formPage(id, ChallengeForm.of(c, challenges.criteria(id)), Map.of());
    }

    @POST
    @Path("staff/challenges/{id}/edit")
    public Response update(@PathParam("id") long id, @BeanParam ChallengeForm form) {
        try {
            challenges.update(Caller.of(identity), id, form.toInput());
            return Response.seeOther(URI.create("/staff/challenges/" + id)).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(formPage(id, form, pageErrors(e))).build();
        }
    }

    @POST
    @Path("staff/challenges/{id}/open")
    public Response open(@PathParam("id") long id) {
        try {
            challenges.open(Caller.of(identity), id);
            return Response.seeOther(URI.create("/staff/challenges/" + id)).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(detailPage(id, e.fieldErrors())).build();
        }
    }

    @GET
    @Path("staff/challenges/{id}/submissions/{submissionId}")
    public TemplateInstance submission(@PathParam("id") long id, @PathParam("submissionId") long submissionId) {
        Caller caller = Caller.of(identity);
        Challenge c = challenges.visible(Optional.of(caller), id);
        ChallengeSubmission s = submissions.readable(caller, id, submissionId);
        return Templates.submission(c, s, submissions.organisationName(s.organisationId), submissions.attachmentsOf(s));
    }

    private TemplateInstance formPage(Long id, ChallengeForm form, Map<String, String> errors) {
        return Templates.form(id, form, challenges.possibleOwners(Caller.of(identity)), List.of(TechField.values()),
                errors);
    }

    private TemplateInstance detailPage(long id, Map<String, String> errors) {
        Caller caller = Caller.of(identity);
        ChallengeService.Shown shown = challenges.shown(Optional.of(caller), id);
        List<ChallengeSubmission> list = submissions.listUnsealed(caller, id);
        return Templates.detail(shown, ChallengePageResource.fieldOf(shown.challenge()), list,
                submissions.organisationNames(list), challenges.suggestions(caller, id), challenges.history(id), errors);
    }

    private static Map<String, String> pageErrors(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.fieldErrors().forEach((f, m) -> errors.putIfAbsent(ChallengeForm.pageField(f), m));
        return errors;
    }
}

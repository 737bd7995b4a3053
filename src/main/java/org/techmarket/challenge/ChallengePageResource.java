package org.techmarket.challenge;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.techmarket.common.Caller;
import org.techmarket.common.InvalidInputException;
import org.techmarket.listing.TechField;

/** Pages: the public list and page of a challenge, and the team's submission page (揭榜). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ChallengePageResource {

    @Inject
    ChallengeService challenges;

    @Inject
    SubmissionService submissions;

    @Inject
    SecurityIdentity identity;

    /** What the public sees of the winner, from the publicity on: the organisation and the submission's title. */
    public record Winner(String organisationName, String title) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Challenge> challenges, Map<Long, String> owners, String stage,
                List<ChallengeStage> stages);

        static native TemplateInstance detail(ChallengeService.Shown shown, TechField field, Winner winner,
                boolean open);

        static native TemplateInstance submission(ChallengeService.Shown shown, SubmissionForm form,
                ChallengeSubmission saved, List<ChallengeApi.AttachmentView> attachments, boolean open,
                Map<String, String> errors);
    }

    @GET
    @Path("challenges")
    public TemplateInstance list(@QueryParam("stage") String stage) {
        ChallengeStage filter;
        try {
            filter = InvalidInputException.parseEnum(ChallengeStage.class, "stage", stage);
        } catch (InvalidInputException e) {
            filter = null;
        }
        List<Challenge> list = challenges.listPublic(filter);
        List<ChallengeStage> stages = java.util.Arrays.stream(ChallengeStage.values()).filter(ChallengeStage::isPublic)
                .toList();
        return Templates.list(list, challenges.ownerNames(list), filter == null ? "" : filter.name(), stages);
    }

    @GET
    @Path("challenges/{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        ChallengeService.Shown shown = challenges.shown(Caller.optional(identity), id);
        Challenge c = shown.challenge();
        Winner winner = null;
        if (c.winnerSubmissionId != null && (c.stage == ChallengeStage.PUBLICISED || c.stage == ChallengeStage.AWARDED)) {
            winner = submissions.winner(c).orElse(null);
        }
        return Templates.detail(shown, fieldOf(c), winner,
                c.stage == ChallengeStage.OPEN && !c.isPastDeadline(OffsetDateTime.now()));
    }

    @GET
    @Path("challenges/{id}/submission")
    @Authenticated
    public TemplateInstance submission(@PathParam("id") long id) {
        return submissionPage(id, null, Map.of());
    }

    @POST
    @Path("challenges/{id}/submission")
    @Authenticated
    public Response save(@PathParam("id") long id, @BeanParam SubmissionForm form) {
        try {
            submissions.save(Caller.of(identity), id, form.toInput());
            return Response.seeOther(URI.create("/challenges/" + id + "/submission")).build();
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach((f, m) -> errors.putIfAbsent(SubmissionForm.pageField(f), m));
            return Response.status(e instanceof org.techmarket.common.Idempotency.UnprocessableException ? 422 : 400)
                    .entity(submissionPage(id, form, errors)).build();
        }
    }

    @POST
    @Path("challenges/{id}/submission/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Authenticated
    public Response attach(@PathParam("id") long id, @RestForm("file") FileUpload file) throws IOException {
        try {
            if (file == null || file.uploadedFile() == null) {
                throw InvalidInputException.of("file", "required");
            }
            if (file.size() > SubmissionService.MAX_ATTACHMENT_BYTES) {
                throw InvalidInputException.of("file", "the PDF is larger than 10 MB");
            }
            submissions.attach(Caller.of(identity), id, file.fileName(), Files.readAllBytes(file.uploadedFile()));
            return Response.seeOther(URI.create("/challenges/" + id + "/submission")).build();
        } catch (InvalidInputException e) {
            return Response.status(e instanceof org.techmarket.common.Idempotency.UnprocessableException ? 422 : 400)
                    .entity(submissionPage(id, null, e.fieldErrors())).build();
        }
    }

    private TemplateInstance submissionPage(long id, SubmissionForm typed, Map<String, String> errors) {
        Caller caller = Caller.of(identity);
        Optional<ChallengeSubmission> saved = submissions.ofTeam(caller, id);
        ChallengeService.Shown shown = challenges.shown(Optional.of(caller), id);
        SubmissionForm form = typed != null ? typed : saved.map(SubmissionForm::of).orElseGet(SubmissionForm::new);
        Challenge c = shown.challenge();
        return Templates.submission(shown, form, saved.orElse(null),
                saved.map(submissions::attachmentsOf).orElse(List.of()),
                c.stage == ChallengeStage.OPEN && !c.isPastDeadline(OffsetDateTime.now()), errors);
    }

    static TechField fieldOf(Challenge c) {
        try {
            return c.field == null ? null : TechField.valueOf(c.field);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

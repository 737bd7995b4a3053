package org.techmarket.challenge;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.techmarket.common.Caller;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.Roles;

/**
 * Challenges over JSON: staff write and open them, teams keep their one sealed submission until the deadline.
 * Rooted at /api/v1 like {@link ChallengeReviewResource}: a class rooted at /api/v1/challenges would take every
 * request under it, the review's operations included, and answer 404 for those.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Challenges", description = "Innovation challenges (揭榜挂帅): a problem with a bounty, a deadline and "
        + "weighted criteria; teams submit one sealed solution each until the deadline.")
public class ChallengeResource {

    @Inject
    ChallengeService challenges;

    @Inject
    SubmissionService submissions;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("challenges")
    @PermitAll
    @Operation(summary = "List challenges",
            description = "Open challenges first (nearest deadline first), then the others newest first; `stage` "
                    + "filters by one stage. Drafts are never listed here. Public.")
    public List<ChallengeApi.ChallengeView> list(@QueryParam("stage") String stage) {
        List<Challenge> list = challenges.listPublic(InvalidInputException.parseEnum(ChallengeStage.class, "stage", stage));
        Map<Long, String> owners = challenges.ownerNames(list);
        return list.stream().map(c -> ChallengeApi.ChallengeView.of(c, owners.getOrDefault(c.ownerOrganisationId, ""),
                -1, List.of())).toList();
    }

    @POST
    @Path("challenges")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Create a challenge (draft)",
            description = "From a published need (`source` ENTERPRISE_NEED, `needId`: the need's organisation owns "
                    + "it, blank title, problem, field and region are taken from the need) or a government problem "
                    + "(`source` GOVERNMENT, `ownerOrganisationId` of a verified organisation). Bounty in fen, a "
                    + "deadline in the future, up to 10 criteria with weights 1–100. Staff only.")
    @APIResponse(responseCode = "201", description = "The new draft; Location names it",
            content = @Content(schema = @Schema(implementation = ChallengeApi.ChallengeView.class)))
    public Response create(ChallengeApi.ChallengeRequest input) {
        Challenge c = challenges.create(Caller.of(identity), input);
        return Response.created(URI.create("/api/v1/challenges/" + c.id))
                .entity(challenges.shown(java.util.Optional.of(Caller.of(identity)), c.id).view()).build();
    }

    @GET
    @Path("challenges/{id}")
    @PermitAll
    @Operation(summary = "Get a challenge",
            description = "The challenge with its criteria and the number of teams that submitted. Public once "
                    + "open; a draft is staff's only (404 for others).")
    public ChallengeApi.ChallengeView get(@PathParam("id") long id) {
        return challenges.shown(Caller.optional(identity), id).view();
    }

    @PUT
    @Path("challenges/{id}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Change a draft challenge",
            description = "Replaces the terms and criteria of a draft (409 once open). Staff only.")
    public ChallengeApi.ChallengeView update(@PathParam("id") long id, ChallengeApi.ChallengeRequest input) {
        challenges.update(Caller.of(identity), id, input);
        return challenges.shown(Caller.optional(identity), id).view();
    }

    @POST
    @Path("challenges/{id}/open")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Open a challenge for submissions",
            description = "DRAFT → OPEN, with at least one criterion and a deadline ahead (400 naming `criteria` or "
                    + "`deadline`); the organisations whose results match it strongly are told. Staff only.")
    public ChallengeApi.ChallengeView open(@PathParam("id") long id) {
        challenges.open(Caller.of(identity), id);
        return challenges.shown(Caller.optional(identity), id).view();
    }

    @GET
    @Path("challenges/{id}/suggestions")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "List the teams suggested for a challenge",
            description = "Results that match the challenge, best first, with their organisations: the matching "
                    + "engine's matches of the need, or a search on a government problem's title. Staff only.")
    public List<ChallengeApi.SuggestionView> suggestions(@PathParam("id") long id) {
        return challenges.suggestions(Caller.of(identity), id);
    }

    @GET
    @Path("challenges/{id}/submission")
    @Authenticated
    @Operation(summary = "Get my team's submission",
            description = "The caller's organisation's submission to this challenge (404 when it has none). Members "
                    + "of verified universities, institutes and enterprises.")
    public ChallengeApi.SubmissionView mine(@PathParam("id") long id) {
        Caller caller = Caller.of(identity);
        ChallengeSubmission s = submissions.ofTeam(caller, id)
                .orElseThrow(() -> new org.techmarket.common.NotFoundException(ChallengeSubmission.ENTITY, id));
        return view(s);
    }

    @PUT
    @Path("challenges/{id}/submission")
    @Authenticated
    @Operation(summary = "Submit or edit my team's solution",
            description = "The first save creates the team's one submission (201), later saves replace its text "
                    + "(200) until the deadline by the server's clock; after it, 422 naming `deadline`. Budget in "
                    + "fen. Members of verified universities, institutes and enterprises.")
    @APIResponse(responseCode = "200", description = "The edited submission",
            content = @Content(schema = @Schema(implementation = ChallengeApi.SubmissionView.class)))
    @APIResponse(responseCode = "201", description = "The new submission",
            content = @Content(schema = @Schema(implementation = ChallengeApi.SubmissionView.class)))
    public Response save(@PathParam("id") long id, ChallengeApi.SubmissionRequest input) {
        SubmissionService.Saved saved = submissions.save(Caller.of(identity), id, input);
        return Response.status(saved.created() ? 201 : 200).entity(view(saved.submission())).build();
    }

    @POST
    @Path("challenges/{id}/submission/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Authenticated
    @Operation(summary = "Attach a PDF to my team's submission",
            description = "A PDF of at most 10 MB, at most 5 per submission, before the deadline. Members of the "
                    + "submitting team.")
    @APIResponse(responseCode = "201", description = "The stored attachment",
            content = @Content(schema = @Schema(implementation = ChallengeApi.AttachmentView.class)))
    public Response attach(@PathParam("id") long id, @RestForm("file") FileUpload file) throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw InvalidInputException.of("file", "required");
        }
        if (file.size() > SubmissionService.MAX_ATTACHMENT_BYTES) {
            throw InvalidInputException.of("file", "the PDF is larger than 10 MB");
        }
        ChallengeAttachment a = submissions.attach(Caller.of(identity), id, file.fileName(),
                Files.readAllBytes(file.uploadedFile()));
        return Response.created(URI.create("/api/v1/challenges/" + id + "/submissions/" + a.submissionId
                + "/attachments/" + a.id))
                .entity(new ChallengeApi.AttachmentView(a.id, a.fileName, a.sizeBytes, a.sha256, a.uploadedAt)).build();
    }

    @GET
    @Path("challenges/{id}/submissions")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "List a challenge's submissions (after the deadline)",
            description = "Every team's submission once the deadline has passed; before it the list is empty, as "
                    + "submissions are sealed. Staff only.")
    public List<ChallengeApi.SubmissionView> submissions(@PathParam("id") long id) {
        List<ChallengeSubmission> list = submissions.listUnsealed(Caller.of(identity), id);
        Map<Long, String> names = submissions.organisationNames(list);
        return list.stream().map(s -> ChallengeApi.SubmissionView.of(s, names.getOrDefault(s.organisationId, ""),
                submissions.attachmentsOf(s))).toList();
    }

    @GET
    @Path("challenges/{id}/submissions/{submissionId}")
    @PermitAll
    @Operation(summary = "Get one submission",
            description = "To its own team at any time; to staff once the deadline has passed; 404 to anyone else "
                    + "(a sealed submission does not exist for them, nor for anonymous callers).")
    public ChallengeApi.SubmissionView submission(@PathParam("id") long id, @PathParam("submissionId") long submissionId) {
        return view(submissions.readable(reader(submissionId), id, submissionId));
    }

    @GET
    @Path("challenges/{id}/submissions/{submissionId}/attachments/{attachmentId}")
    @Produces("application/pdf")
    @PermitAll
    @Operation(summary = "Download an attachment (PDF)",
            description = "Whoever may read the submission (its team; staff after the deadline); 404 for others.")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response attachment(@PathParam("id") long id, @PathParam("submissionId") long submissionId,
            @PathParam("attachmentId") long attachmentId) {
        ChallengeAttachment a = submissions.attachment(reader(submissionId), id, submissionId, attachmentId);
        return Response.ok(a.content).type("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"challenge-attachment-" + a.id + ".pdf\"").build();
    }

    /** Whoever reads a submission; an anonymous reader learns as little as anyone else the seal keeps out (404). */
    private Caller reader(long submissionId) {
        return Caller.optional(identity)
                .orElseThrow(() -> new org.techmarket.common.NotFoundException(ChallengeSubmission.ENTITY, submissionId));
    }

    private ChallengeApi.SubmissionView view(ChallengeSubmission s) {
        return ChallengeApi.SubmissionView.of(s, submissions.organisationName(s.organisationId), submissions.attachmentsOf(s));
    }
}

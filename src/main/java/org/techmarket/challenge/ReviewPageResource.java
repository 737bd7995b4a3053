package org.techmarket.challenge;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.techmarket.account.OrganisationService;
import org.techmarket.common.Caller;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.OwnAccount;
import org.techmarket.common.Roles;

/**
 * Pages of the review: the reviewer's assignments, scoring form and conflicts (/reviewer…); the staff review page of a
 * challenge (/staff/challenges/{id}/review) with its steps; the public objection form during the publicity.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ReviewPageResource {

    @Inject
    ReviewService review;

    @Inject
    ReviewerService reviewers;

    @Inject
    OrganisationService organisations;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assignments(List<ReviewApi.MyAssignment> assignments);

        static native TemplateInstance submission(ReviewApi.SubmissionForReview submission, Map<String, String> values,
                Map<String, String> errors, boolean saved);

        static native TemplateInstance conflicts(List<ReviewApi.ConflictView> conflicts, Map<String, String> values,
                Map<String, String> errors, boolean saved);

        static native TemplateInstance staff(Challenge challenge, List<ReviewApi.ReviewerView> invited,
                List<ReviewApi.ReviewerView> reviewers, List<ReviewApi.AssignmentView> assignments,
                ReviewApi.RankingView ranking, List<ChallengeObjection> objections, Map<Long, String> organisationNames,
                Map<String, String> errors, boolean done);

        static native TemplateInstance objection(Challenge challenge, boolean open, boolean member, String reason,
                Map<String, String> errors, boolean sent);
    }

    @GET
    @Path("reviewer")
    @RolesAllowed(Roles.REVIEWER)
    @OwnAccount
    public TemplateInstance assignments() {
        return Templates.assignments(reviewers.assignments(Caller.reviewer(identity)));
    }

    @GET
    @Path("reviewer/submissions/{id}")
    @RolesAllowed(Roles.REVIEWER)
    @OwnAccount
    public TemplateInstance submission(@PathParam("id") long id, @QueryParam("saved") String saved) {
        ReviewApi.SubmissionForReview s = reviewers.submission(Caller.reviewer(identity), id);
        Map<String, String> values = new HashMap<>();
        s.scores().forEach(x -> values.put("scores." + x.criterionId(), String.valueOf(x.score())));
        values.put("comment", s.comment() == null ? "" : s.comment());
        return Templates.submission(s, values, Map.of(), saved != null);
    }

    @POST
    @Path("reviewer/submissions/{id}")
    @RolesAllowed(Roles.REVIEWER)
    @OwnAccount
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response score(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Caller reviewer = Caller.reviewer(identity);
        ReviewApi.SubmissionForReview s = reviewers.submission(reviewer, id);
        Map<String, String> values = new HashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        List<ReviewApi.ScoreItem> items = new ArrayList<>();
        for (ReviewApi.CriterionView k : s.criteria()) {
            String field = "scores." + k.id();
            String value = form.getFirst(field) == null ? "" : form.getFirst(field).strip();
            values.put(field, value);
            if (value.isEmpty()) {
                errors.put(field, "required");
            } else if (!value.matches("-?\\d{1,4}")) {
                errors.put(field, "a whole number");
            } else {
                items.add(new ReviewApi.ScoreItem(k.id(), Integer.parseInt(value)));
            }
        }
        values.put("comment", form.getFirst("comment") == null ? "" : form.getFirst("comment"));
        try {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            reviewers.score(reviewer, id, new ReviewApi.ScoreRequest(items, values.get("comment")));
            return Response.seeOther(URI.create("/reviewer/submissions/" + id + "?saved=1")).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.submission(s, values, e.fieldErrors(), false)).build();
        }
    }

    @GET
    @Path("reviewer/conflicts")
    @RolesAllowed(Roles.REVIEWER)
    @OwnAccount
    public TemplateInstance conflicts(@QueryParam("saved") String saved) {
        return Templates.conflicts(reviewers.conflicts(Caller.reviewer(identity)), Map.of(), Map.of(), saved != null);
    }

    @POST
    @Path("reviewer/conflicts")
    @RolesAllowed(Roles.REVIEWER)
    @OwnAccount
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declare(MultivaluedMap<String, String> form) {
        Caller reviewer = Caller.reviewer(identity);
        String code = form.getFirst("creditCode") == null ? "" : form.getFirst("creditCode").strip().toUpperCase();
        String reason = form.getFirst("reason") == null ? "" : form.getFirst("reason");
        try {
            Long organisationId = organisations.findByCreditCode(code).map(o -> o.id).orElseThrow(() ->
                    InvalidInputException.of("creditCode", "no organisation with this credit code is registered on the platform"));
            reviewers.declareConflict(reviewer, new ReviewApi.ConflictRequest(organisationId, reason));
            return Response.seeOther(URI.create("/reviewer/conflicts?saved=1")).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.conflicts(reviewers.conflicts(reviewer),
                    Map.of("creditCode", code, "reason", reason), e.fieldErrors(), false)).build();
        }
    }

    @GET
    @Path("staff/challenges/{id}/review")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public TemplateInstance staff(@PathParam("id") long id, @QueryParam("done") String done) {
        return staffPage(id, Map.of(), done != null);
    }

    @POST
    @Path("staff/challenges/{id}/review/{step}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response staffStep(@PathParam("id") long id, @PathParam("step") String step,
            MultivaluedMap<String, String> form) {
        Caller staff = Caller.of(identity);
        try {
            switch (step) {
                case "reviewers" -> review.inviteReviewer(staff, id,
                        new ReviewApi.ChallengeReviewerRequest(number(form, "reviewerId")));
                case "assignments" -> review.assign(staff, id,
                        new ReviewApi.AssignmentRequest(number(form, "submissionId"), number(form, "reviewerId")));
                case "even" -> review.assignEvenly(staff, id);
                case "start" -> review.startReview(staff, id);
                case "shortlist" -> review.shortlist(staff, id, new ReviewApi.ShortlistRequest(
                        form.getOrDefault("submissionIds", List.of()).stream().map(v -> parse("submissionIds", v)).toList()));
                case "final" -> review.recordFinal(staff, id, finalRound(form));
                case "publicity" -> review.publicise(staff, id);
                case "award" -> review.award(staff, id);
                case "no-award" -> review.noAward(staff, id, new ReviewApi.NoAwardRequest(form.getFirst("reason")));
                default -> throw new jakarta.ws.rs.NotFoundException();
            }
            return Response.seeOther(URI.create("/staff/challenges/" + id + "/review?done=1")).build();
        } catch (InvalidInputException e) {
            int status = e instanceof org.techmarket.common.Idempotency.UnprocessableException ? 422 : 400;
            return Response.status(status).entity(staffPage(id, e.fieldErrors(), false)).build();
        }
    }

    @POST
    @Path("staff/objections/{id}/decision")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decideObjection(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Caller staff = Caller.of(identity);
        ChallengeObjection o;
        try {
            o = review.decideObjection(staff, id, new ReviewApi.ObjectionDecisionRequest(
                    InvalidInputException.parseEnum(ObjectionDecision.class, "decision", form.getFirst("decision")),
                    form.getFirst("reason")));
        } catch (InvalidInputException e) {
            long challengeId = review.objectionChallenge(staff, id);
            return Response.status(400).entity(staffPage(challengeId, e.fieldErrors(), false)).build();
        }
        return Response.seeOther(URI.create("/staff/challenges/" + o.challengeId + "/review?done=1")).build();
    }

    @GET
    @Path("challenges/{id}/objections")
    @PermitAll
    public TemplateInstance objectionForm(@PathParam("id") long id, @QueryParam("sent") String sent) {
        Challenge c = review.publicChallenge(id);
        return Templates.objection(c, review.takesObjections(c), Caller.optional(identity).isPresent(), "", Map.of(),
                sent != null);
    }

    @POST
    @Path("challenges/{id}/objections")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response object(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Caller member = Caller.of(identity);
        String reason = form.getFirst("reason") == null ? "" : form.getFirst("reason");
        try {
            review.object(member, id, new ReviewApi.ObjectionRequest(reason));
            return Response.seeOther(URI.create("/challenges/" + id + "/objections?sent=1")).build();
        } catch (InvalidInputException e) {
            Challenge c = review.publicChallenge(id);
            int status = e instanceof org.techmarket.common.Idempotency.UnprocessableException ? 422 : 400;
            return Response.status(status).entity(Templates.objection(c, review.takesObjections(c), true, reason,
                    e.fieldErrors(), false)).build();
        }
    }

    private TemplateInstance staffPage(long id, Map<String, String> errors, boolean done) {
        Caller staff = Caller.of(identity);
        Challenge c = review.get(id);
        List<ChallengeObjection> objections = review.objections(staff, id);
        Map<Long, String> names = objections.isEmpty() ? Map.of()
                : organisations.namesOf(objections.stream().map(o -> o.organisationId).distinct().toList());
        return Templates.staff(c, review.reviewersOf(staff, id), reviewers.reviewers(staff), review.assignments(staff, id),
                review.ranking(staff, id), objections, names, errors, done);
    }

    private static ReviewApi.FinalRequest finalRound(MultivaluedMap<String, String> form) {
        List<ReviewApi.FinalScore> scores = new ArrayList<>();
        form.forEach((key, values) -> {
            if (key.startsWith("final.") && !values.isEmpty() && !values.get(0).isBlank()) {
                long submission = parse(key, key.substring(6));
                try {
                    scores.add(new ReviewApi.FinalScore(submission, new BigDecimal(values.get(0).strip())));
                } catch (NumberFormatException e) {
                    throw InvalidInputException.of(key, "a number");
                }
            }
        });
        return new ReviewApi.FinalRequest(scores, number(form, "winnerSubmissionId"), form.getFirst("note"));
    }

    private static Long number(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null || value.isBlank() ? null : parse(field, value);
    }

    private static long parse(String field, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "a whole number");
        }
    }
}

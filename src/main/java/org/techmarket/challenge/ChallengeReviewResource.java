package org.techmarket.challenge;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techmarket.common.Caller;
import org.techmarket.common.OwnAccount;
import org.techmarket.common.Roles;

/**
 * The review of challenges over JSON: staff invite expert reviewers and run the review to the award; reviewers
 * declare conflicts and score what is assigned to them; members object during the publicity.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Challenge review", description = "Expert review of innovation challenges (揭榜挂帅评审): reviewers, "
        + "conflicts of interest, assignments, weighted scores, shortlist, final round, publicity (公示) with "
        + "objections, award with a contract draft, or no award.")
public class ChallengeReviewResource {

    @Inject
    ReviewService review;

    @Inject
    ReviewerService reviewers;

    @Inject
    SecurityIdentity identity;

    @POST
    @Path("reviewers")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Invite an expert reviewer",
            description = "Creates an account with the REVIEWER role (it acts for no organisation) and returns a "
                    + "one-time link, valid one hour, with which the expert sets a password. The employer, when "
                    + "given, is a conflict of interest from the start. Staff only.")
    @APIResponse(responseCode = "201", description = "The reviewer and the link",
            content = @Content(schema = @Schema(implementation = ReviewApi.InvitedReviewer.class)))
    public Response invite(ReviewApi.InviteReviewerRequest input) {
        ReviewApi.InvitedReviewer invited = reviewers.invite(Caller.of(identity), input);
        return Response.created(URI.create("/api/v1/reviewers/" + invited.id())).entity(invited).build();
    }

    @GET
    @Path("reviewers")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "List the expert reviewers", description = "Every enabled reviewer account. Staff only.")
    public List<ReviewApi.ReviewerView> reviewers() {
        return reviewers.reviewers(Caller.of(identity));
    }

    @GET
    @Path("challenges/{id}/reviewers")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "List a challenge's reviewers", description = "The reviewers invited to it. Staff only.")
    public List<ReviewApi.ReviewerView> challengeReviewers(@PathParam("id") long id) {
        return review.reviewersOf(Caller.of(identity), id);
    }

    @POST
    @Path("challenges/{id}/reviewers")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Invite a reviewer to a challenge",
            description = "From the deadline until the decision; the reviewer is told. Staff only.")
    public List<ReviewApi.ReviewerView> inviteToChallenge(@PathParam("id") long id,
            ReviewApi.ChallengeReviewerRequest input) {
        return review.inviteReviewer(Caller.of(identity), id, input);
    }

    @GET
    @Path("challenges/{id}/assignments")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "List a challenge's assignments",
            description = "Which reviewer reviews which submission, and whether the review is complete. Staff only.")
    public List<ReviewApi.AssignmentView> assignments(@PathParam("id") long id) {
        return review.assignments(Caller.of(identity), id);
    }

    @POST
    @Path("challenges/{id}/assignments")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Assign a submission to a reviewer",
            description = "To a reviewer of the challenge without a declared conflict of interest with the team "
                    + "(400 naming reviewerId otherwise), while the challenge is closed or under review. Staff only.")
    public List<ReviewApi.AssignmentView> assign(@PathParam("id") long id, ReviewApi.AssignmentRequest input) {
        return review.assign(Caller.of(identity), id, input);
    }

    @POST
    @Path("challenges/{id}/assignments/even")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Assign the unassigned submissions evenly",
            description = "Each submission without a reviewer goes to the least-loaded reviewer of the challenge "
                    + "without a conflict with its team. Staff only.")
    public List<ReviewApi.AssignmentView> assignEvenly(@PathParam("id") long id) {
        Caller staff = Caller.of(identity);
        review.assignEvenly(staff, id);
        return review.assignments(staff, id);
    }

    @POST
    @Path("challenges/{id}/review")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Start the review",
            description = "CLOSED → UNDER_REVIEW once every submission has a reviewer (422 naming assignments "
                    + "otherwise); the teams are told. Staff only.")
    public ReviewApi.ReviewState start(@PathParam("id") long id) {
        return review.startReview(Caller.of(identity), id);
    }

    @GET
    @Path("challenges/{id}/ranking")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Get the weighted ranking",
            description = "Per submission each reviewer's weighted score (Σ score×weight / Σ weight, scaled to 100), "
                    + "the mean, the spread between reviewers (flagged above 20 points), and how many reviews are "
                    + "in. Conflicted reviews never count. Staff only.")
    public ReviewApi.RankingView ranking(@PathParam("id") long id) {
        return review.ranking(Caller.of(identity), id);
    }

    @PUT
    @Path("challenges/{id}/shortlist")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Set the shortlist",
            description = "The submissions that go to the final round; the newly shortlisted teams are told. Staff only.")
    public ReviewApi.RankingView shortlist(@PathParam("id") long id, ReviewApi.ShortlistRequest input) {
        return review.shortlist(Caller.of(identity), id, input);
    }

    @POST
    @Path("challenges/{id}/final")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Record the final round",
            description = "Final scores of shortlisted teams, the winner and a note → FINAL; 422 naming reviews "
                    + "while an assigned review is incomplete. Staff only.")
    public ReviewApi.ReviewState recordFinal(@PathParam("id") long id, ReviewApi.FinalRequest input) {
        return review.recordFinal(Caller.of(identity), id, input);
    }

    @POST
    @Path("challenges/{id}/publicity")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Publicise the result",
            description = "FINAL → PUBLICISED; objections are taken until objectionEndsAt (the challenge's "
                    + "objection days from now); every team is told. Staff only.")
    public ReviewApi.ReviewState publicise(@PathParam("id") long id) {
        return review.publicise(Caller.of(identity), id);
    }

    @GET
    @Path("challenges/{id}/objections")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "List the objections", description = "The objections raised and their decisions. Staff only.")
    public List<ReviewApi.ObjectionView> objections(@PathParam("id") long id) {
        return review.objections(Caller.of(identity), id).stream().map(ReviewApi.ObjectionView::of).toList();
    }

    @POST
    @Path("challenges/{id}/objections")
    @Authenticated
    @Operation(summary = "Object to a publicised result",
            description = "A member of a verified organisation states a reason during the publicity (422 naming "
                    + "objectionPeriod outside it).")
    @APIResponse(responseCode = "201", description = "The objection",
            content = @Content(schema = @Schema(implementation = ReviewApi.ObjectionView.class)))
    public Response object(@PathParam("id") long id, ReviewApi.ObjectionRequest input) {
        ChallengeObjection o = review.object(Caller.of(identity), id, input);
        return Response.status(201).entity(ReviewApi.ObjectionView.of(o)).build();
    }

    @POST
    @Path("objections/{id}/decision")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Decide an objection",
            description = "UPHELD sends the result back to the final round; DISMISSED keeps it. Once; the objector "
                    + "is told. Staff only.")
    public ReviewApi.ObjectionView decide(@PathParam("id") long id, ReviewApi.ObjectionDecisionRequest input) {
        return ReviewApi.ObjectionView.of(review.decideObjection(Caller.of(identity), id, input));
    }

    @POST
    @Path("challenges/{id}/award")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Award the challenge",
            description = "After the objection period, with every objection decided: AWARDED and a contract draft "
                    + "between the owner (buyer) and the winner (seller) for the bounty. Once. Staff only.")
    public ReviewApi.ReviewState award(@PathParam("id") long id) {
        return review.award(Caller.of(identity), id);
    }

    @POST
    @Path("challenges/{id}/no-award")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Close without award",
            description = "NO_AWARD with a reason, from CLOSED to PUBLICISED; teams and owner are told. Staff only.")
    public ReviewApi.ReviewState noAward(@PathParam("id") long id, ReviewApi.NoAwardRequest input) {
        return review.noAward(Caller.of(identity), id, input);
    }

    @GET
    @Path("reviewer/assignments")
    @RolesAllowed(Roles.REVIEWER)
    @OwnAccount
    @Operation(summary = "List my assignments", description = "The submissions assigned to the reviewer. Reviewers only.")
    public List<ReviewApi.MyAssignment> myAssignments() {
        return reviewers.assignments(Caller.reviewer(identity));
    }

    @GET
    @Path("reviewer/submissions/{id}")
    @RolesAllowed(Roles.REVIEWER)
    @OwnAccount
    @Operation(summary = "Read an assigned submission",
            description = "With the criteria and the reviewer's scores so far; 404 unless assigned to them. "
                    + "Reviewers only.")
    public ReviewApi.SubmissionForReview submission(@PathParam("id") long id) {
        return reviewers.submission(Caller.reviewer(identity), id);
    }

    @PUT
    @Path("reviewer/submissions/{id}/scores")
    @RolesAllowed(Roles.REVIEWER)
    @OwnAccount
    @Operation(summary = "Score an assigned submission",
            description = "Every criterion on 0..the challenge's scale and a comment, while under review; a missing "
                    + "or out-of-scale score is a 400 naming scores.{criterionId}. Reviewers only.")
    public ReviewApi.SubmissionForReview score(@PathParam("id") long id, ReviewApi.ScoreRequest input) {
        return reviewers.score(Caller.reviewer(identity), id, input);
    }

    @GET
    @Path("reviewer/conflicts")
    @RolesAllowed(Roles.REVIEWER)
    @OwnAccount
    @Operation(summary = "List my conflicts of interest", description = "Reviewers only.")
    public List<ReviewApi.ConflictView> conflicts() {
        return reviewers.conflicts(Caller.reviewer(identity));
    }

    @POST
    @Path("reviewer/conflicts")
    @RolesAllowed(Roles.REVIEWER)
    @OwnAccount
    @Operation(summary = "Declare a conflict of interest",
            description = "With an organisation, a reason required; the reviewer is never assigned its submissions, "
                    + "and their assignments of them in undecided challenges are removed. Reviewers only.")
    public ReviewApi.ConflictDeclared declare(ReviewApi.ConflictRequest input) {
        return reviewers.declareConflict(Caller.reviewer(identity), input);
    }
}

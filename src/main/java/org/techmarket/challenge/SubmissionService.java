package org.techmarket.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.techmarket.account.OrganisationService;
import org.techmarket.account.OrganisationType;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.Caller;
import org.techmarket.common.ForbiddenActionException;
import org.techmarket.common.Idempotency;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.NotFoundException;
import org.techmarket.common.UploadedFiles;
import org.techmarket.common.Validation;

/**
 * 揭榜方案: a team's one submission per challenge, saved again (edited) until the deadline by the server's
 * clock, with up to five PDF attachments. Sealed: every read by anyone but the team goes through an unsealed
 * read of {@link ChallengeSubmissionRepository}, so before the deadline it does not exist for them (404).
 */
@ApplicationScoped
public class SubmissionService {

    public static final int MAX_ATTACHMENT_BYTES = UploadedFiles.MAX_BYTES;
    static final Set<OrganisationType> TEAMS = Set.of(OrganisationType.UNIVERSITY, OrganisationType.INSTITUTE,
            OrganisationType.ENTERPRISE);

    @Inject
    ChallengeRepository challenges;

    @Inject
    ChallengeSubmissionRepository submissions;

    @Inject
    ChallengeAttachmentRepository attachments;

    @Inject
    OrganisationService organisations;

    @Inject
    Validation validation;

    @Inject
    AuditTrail audit;

    /** The team's submission and whether this save created it. */
    public record Saved(ChallengeSubmission submission, boolean created) {
    }

    /**
     * Creates the team's submission or replaces its text. One row per team even when two first saves race:
     * the insert yields to the unique (challenge, organisation) and becomes an edit.
     */
    @Transactional
    public Saved save(Caller caller, long challengeId, ChallengeApi.SubmissionRequest input) {
        requireTeam(caller);
        Challenge c = open(challengeId);
        validation.check(input);
        Object[] row = (Object[]) challenges.getEntityManager().createNativeQuery("""
                INSERT INTO challenge_submission (challenge_id, organisation_id, title, description, team_members, plan,
                                                  budget_fen, submitted_by)
                VALUES (:challenge, :org, :title, :description, :members, :plan, :budget, :user)
                ON CONFLICT (challenge_id, organisation_id) DO UPDATE SET title = EXCLUDED.title,
                    description = EXCLUDED.description, team_members = EXCLUDED.team_members, plan = EXCLUDED.plan,
                    budget_fen = EXCLUDED.budget_fen, updated_at = now(), version = challenge_submission.version + 1
                RETURNING id, (xmax = 0)""")
                .setParameter("challenge", c.id).setParameter("org", caller.organisationId())
                .setParameter("title", input.title().strip()).setParameter("description", input.description().strip())
                .setParameter("members", input.teamMembers().strip()).setParameter("plan", input.plan().strip())
                .setParameter("budget", input.budgetFen()).setParameter("user", caller.userId()).getSingleResult();
        long id = ((Number) row[0]).longValue();
        boolean created = Boolean.TRUE.equals(row[1]);
        audit.record(ChallengeSubmission.ENTITY, id, created ? "submit" : "edit", null, null, null);
        ChallengeSubmission s = submissions.findOfTeam(c.id, caller.organisationId())
                .orElseThrow(() -> new NotFoundException(ChallengeSubmission.ENTITY, id));
        submissions.getEntityManager().refresh(s);
        return new Saved(s, created);
    }

    /** The caller's team's submission to a challenge it can see, if it has one. */
    public Optional<ChallengeSubmission> ofTeam(Caller caller, long challengeId) {
        requireTeam(caller);
        Challenge c = challenges.findByIdOptional(challengeId).filter(x -> x.stage.isPublic())
                .orElseThrow(() -> new NotFoundException(Challenge.ENTITY, challengeId));
        return submissions.findOfTeam(c.id, caller.organisationId());
    }

    /** Staff, after the deadline: every submission of the challenge (none before: the query says so). */
    public List<ChallengeSubmission> listUnsealed(Caller caller, long challengeId) {
        ChallengeService.requireStaff(caller);
        challenges.findByIdOptional(challengeId).orElseThrow(() -> new NotFoundException(Challenge.ENTITY, challengeId));
        return submissions.listUnsealed(challengeId);
    }

    /** One submission: to its own team always, to staff once the deadline has passed; 404 to anyone else. */
    public ChallengeSubmission readable(Caller caller, long challengeId, long submissionId) {
        Optional<ChallengeSubmission> own = submissions.findOfTeam(challengeId, caller.organisationId())
                .filter(s -> s.id == submissionId);
        if (own.isPresent()) {
            return own.get();
        }
        if (caller.isStaff()) {
            Optional<ChallengeSubmission> unsealed = submissions.findUnsealed(submissionId)
                    .filter(s -> s.challengeId == challengeId);
            if (unsealed.isPresent()) {
                return unsealed.get();
            }
        }
        throw new NotFoundException(ChallengeSubmission.ENTITY, submissionId);
    }

    @Transactional
    public ChallengeAttachment attach(Caller caller, long challengeId, String fileName, byte[] content) {
        requireTeam(caller);
        Challenge c = open(challengeId);
        ChallengeSubmission s = submissions.findOfTeam(c.id, caller.organisationId())
                .orElseThrow(() -> InvalidInputException.of("file", "save the submission before attaching files"));
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "required");
        }
        if (content.length > MAX_ATTACHMENT_BYTES) {
            throw InvalidInputException.of("file", "the PDF is larger than 10 MB");
        }
        if (!UploadedFiles.isPdf(content)) {
            throw InvalidInputException.of("file", "the file is not a PDF");
        }
        // The submission's row lock makes two uploads at once count one after the other.
        challenges.getEntityManager().lock(s, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (attachments.countOf(s) >= ChallengeApi.MAX_ATTACHMENTS) {
            throw InvalidInputException.of("file", "at most " + ChallengeApi.MAX_ATTACHMENTS + " attachments");
        }
        ChallengeAttachment a = new ChallengeAttachment();
        a.submissionId = s.id;
        a.store(fileName, "attachment.pdf", content, caller.userId());
        attachments.persist(a);
        s.updatedAt = OffsetDateTime.now();
        audit.record(ChallengeSubmission.ENTITY, s.id, "upload_document", null, null, a.sha256);
        return a;
    }

    public List<ChallengeApi.AttachmentView> attachmentsOf(ChallengeSubmission readable) {
        return attachments.listOf(readable);
    }

    /** An attachment of a submission the caller may read (see {@link #readable}). */
    public ChallengeAttachment attachment(Caller caller, long challengeId, long submissionId, long attachmentId) {
        ChallengeSubmission s = readable(caller, challengeId, submissionId);
        return attachments.findOf(s, attachmentId)
                .orElseThrow(() -> new NotFoundException("Challenge attachment", attachmentId));
    }

    /** The winner as the public sees it from the publicity on (the deadline has long passed: an unsealed read). */
    public Optional<ChallengePageResource.Winner> winner(Challenge c) {
        return submissions.findUnsealed(c.winnerSubmissionId).map(s -> new ChallengePageResource.Winner(
                organisationName(s.organisationId), s.title));
    }

    public String organisationName(long organisationId) {
        return organisations.find(organisationId).map(o -> o.name).orElse("");
    }

    public java.util.Map<Long, String> organisationNames(List<ChallengeSubmission> list) {
        return organisations.namesOf(list.stream().map(s -> s.organisationId).distinct().toList());
    }

    /** Approved members of verified universities, institutes and enterprises take part (Caller.of checked the rest). */
    void requireTeam(Caller caller) {
        OrganisationType type = organisations.get(caller.organisationId()).type;
        if (caller.isStaff() || !TEAMS.contains(type)) {
            throw new ForbiddenActionException("Only universities, institutes and enterprises take part in challenges");
        }
    }

    /** The challenge, taking submissions by the server's clock whatever the closing job has done. */
    private Challenge open(long challengeId) {
        Challenge c = challenges.findByIdOptional(challengeId).filter(x -> x.stage.isPublic())
                .orElseThrow(() -> new NotFoundException(Challenge.ENTITY, challengeId));
        if (c.stage != ChallengeStage.OPEN || c.isPastDeadline(OffsetDateTime.now())) {
            throw new Idempotency.UnprocessableException("deadline", "the deadline has passed");
        }
        return c;
    }
}

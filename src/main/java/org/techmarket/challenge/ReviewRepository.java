package org.techmarket.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The review tables keyed by pairs (reviewers of a challenge, conflicts, assignments, scores), in untyped native
 * SQL. Every read that returns a submission's words also requires its challenge's deadline to have passed, as
 * {@link ChallengeSubmissionRepository} does, so no review query can show a sealed submission.
 */
@ApplicationScoped
public class ReviewRepository {

    private static final String UNSEALED = " AND c.deadline <= current_timestamp";

    @Inject
    EntityManager em;

    /** Held by a conflict declaration and by an assignment alike, so that the two never cross. */
    public void lockReviewer(long reviewerId) {
        em.createNativeQuery("SELECT id FROM user_account WHERE id = :r FOR NO KEY UPDATE")
                .setParameter("r", reviewerId).getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> reviewerAccounts() {
        return em.createNativeQuery("""
                SELECT id, username, display_name FROM user_account WHERE role = 'REVIEWER' AND enabled
                 ORDER BY display_name, id""").getResultList();
    }

    public boolean invite(long challengeId, long reviewerId, long staffId) {
        return em.createNativeQuery("""
                INSERT INTO challenge_reviewer (challenge_id, reviewer_id, invited_by) VALUES (:c, :r, :by)
                ON CONFLICT DO NOTHING""").setParameter("c", challengeId).setParameter("r", reviewerId)
                .setParameter("by", staffId).executeUpdate() > 0;
    }

    public boolean isInvited(long challengeId, long reviewerId) {
        return !em.createNativeQuery("SELECT 1 FROM challenge_reviewer WHERE challenge_id = :c AND reviewer_id = :r")
                .setParameter("c", challengeId).setParameter("r", reviewerId).getResultList().isEmpty();
    }

    /** The reviewers of a challenge: id, username, display name. */
    @SuppressWarnings("unchecked")
    public List<Object[]> reviewersOf(long challengeId) {
        return em.createNativeQuery("""
                SELECT u.id, u.username, u.display_name FROM challenge_reviewer r JOIN user_account u ON u.id = r.reviewer_id
                 WHERE r.challenge_id = :c ORDER BY r.invited_at, u.id""").setParameter("c", challengeId).getResultList();
    }

    /** Declares (or restates the reason of) a conflict. */
    public void declareConflict(long reviewerId, long organisationId, String reason) {
        em.createNativeQuery("""
                INSERT INTO reviewer_conflict (reviewer_id, organisation_id, reason) VALUES (:r, :o, :why)
                ON CONFLICT (reviewer_id, organisation_id) DO UPDATE SET reason = EXCLUDED.reason""")
                .setParameter("r", reviewerId).setParameter("o", organisationId).setParameter("why", reason)
                .executeUpdate();
    }

    public boolean hasConflict(long reviewerId, long organisationId) {
        return !em.createNativeQuery("SELECT 1 FROM reviewer_conflict WHERE reviewer_id = :r AND organisation_id = :o")
                .setParameter("r", reviewerId).setParameter("o", organisationId).getResultList().isEmpty();
    }

    /** A reviewer's conflicts: organisation id, its name, reason, declared at. */
    @SuppressWarnings("unchecked")
    public List<Object[]> conflictsOf(long reviewerId) {
        return em.createNativeQuery("""
                SELECT k.organisation_id, o.name, k.reason, k.declared_at FROM reviewer_conflict k
                  JOIN organisation o ON o.id = k.organisation_id WHERE k.reviewer_id = :r ORDER BY k.declared_at""")
                .setParameter("r", reviewerId).getResultList();
    }

    /**
     * Removes the reviewer's assignments (and any scores) of the organisation's submissions in challenges whose
     * result is not decided yet (CLOSED, UNDER_REVIEW): a conflicted review must not count. Returns how many.
     */
    public int removeConflicted(long reviewerId, long organisationId) {
        String undecided = """
                 submission_id IN (SELECT s.id FROM challenge_submission s JOIN challenge c ON c.id = s.challenge_id
                 WHERE s.organisation_id = :o AND c.stage IN ('CLOSED', 'UNDER_REVIEW')) AND reviewer_id = :r""";
        em.createNativeQuery("DELETE FROM challenge_score WHERE " + undecided)
                .setParameter("o", organisationId).setParameter("r", reviewerId).executeUpdate();
        return em.createNativeQuery("DELETE FROM challenge_assignment WHERE " + undecided)
                .setParameter("o", organisationId).setParameter("r", reviewerId).executeUpdate();
    }

    /** Assigns unless the reviewer has a conflict with the submission's organisation (checked in the statement). */
    public boolean assign(long submissionId, long reviewerId, long staffId) {
        return em.createNativeQuery("""
                INSERT INTO challenge_assignment (submission_id, reviewer_id, assigned_by)
                SELECT s.id, :r, :by FROM challenge_submission s WHERE s.id = :s AND NOT EXISTS (
                    SELECT 1 FROM reviewer_conflict k WHERE k.reviewer_id = :r AND k.organisation_id = s.organisation_id)
                ON CONFLICT DO NOTHING""").setParameter("s", submissionId).setParameter("r", reviewerId)
                .setParameter("by", staffId).executeUpdate() > 0;
    }

    public boolean isAssigned(long submissionId, long reviewerId) {
        return !em.createNativeQuery("SELECT 1 FROM challenge_assignment WHERE submission_id = :s AND reviewer_id = :r")
                .setParameter("s", submissionId).setParameter("r", reviewerId).getResultList().isEmpty();
    }

    /** The assignments of a challenge: submission id, reviewer id, reviewer name, completed at. */
    @SuppressWarnings("unchecked")
    public List<Object[]> assignmentsOf(long challengeId) {
        return em.createNativeQuery("""
                SELECT a.submission_id, a.reviewer_id, u.display_name, a.completed_at FROM challenge_assignment a
                  JOIN challenge_submission s ON s.id = a.submission_id JOIN user_account u ON u.id = a.reviewer_id
                 WHERE s.challenge_id = :c ORDER BY a.submission_id, a.reviewer_id""").setParameter("c", challengeId)
                .getResultList();
    }

    /** Submissions of the challenge that no reviewer is assigned to. */
    public long countUnassigned(long challengeId) {
        return ((Number) em.createNativeQuery("""
                SELECT count(*) FROM challenge_submission s WHERE s.challenge_id = :c
                   AND NOT EXISTS (SELECT 1 FROM challenge_assignment a WHERE a.submission_id = s.id)""")
                .setParameter("c", challengeId).getSingleResult()).longValue();
    }

    /** Assigned reviews not complete yet (conflicted ones excepted: they never count). */
    public long countIncomplete(long challengeId) {
        return ((Number) em.createNativeQuery("""
                SELECT count(*) FROM challenge_assignment a JOIN challenge_submission s ON s.id = a.submission_id
                 WHERE s.challenge_id = :c AND a.completed_at IS NULL AND NOT EXISTS (SELECT 1 FROM reviewer_conflict k
                   WHERE k.reviewer_id = a.reviewer_id AND k.organisation_id = s.organisation_id)""")
                .setParameter("c", challengeId).getSingleResult()).longValue();
    }

    /** A reviewer's assignments: challenge id, title, stage, submission id, its title, completed at (newest first). */
    @SuppressWarnings("unchecked")
    public List<Object[]> assignmentsOfReviewer(long reviewerId) {
        return em.createNativeQuery("""
                SELECT c.id, c.title, c.stage, s.id, s.title, a.completed_at FROM challenge_assignment a
                  JOIN challenge_submission s ON s.id = a.submission_id JOIN challenge c ON c.id = s.challenge_id
                 WHERE a.reviewer_id = :r""" + UNSEALED + " ORDER BY c.deadline DESC, s.id")
                .setParameter("r", reviewerId).getResultList();
    }

    /** One reviewer's scores of a submission: criterion id, score, comment. */
    @SuppressWarnings("unchecked")
    public List<Object[]> scoresOf(long submissionId, long reviewerId) {
        return em.createNativeQuery("""
                SELECT criterion_id, score, comment FROM challenge_score WHERE submission_id = :s AND reviewer_id = :r
                 ORDER BY criterion_id""").setParameter("s", submissionId).setParameter("r", reviewerId).getResultList();
    }

    public void saveScore(long submissionId, long reviewerId, long criterionId, int score, String comment) {
        em.createNativeQuery("""
                INSERT INTO challenge_score (submission_id, reviewer_id, criterion_id, score, comment)
                VALUES (:s, :r, :k, :score, :comment)
                ON CONFLICT (submission_id, reviewer_id, criterion_id)
                DO UPDATE SET score = EXCLUDED.score, comment = EXCLUDED.comment, scored_at = now()""")
                .setParameter("s", submissionId).setParameter("r", reviewerId).setParameter("k", criterionId)
                .setParameter("score", score).setParameter("comment", comment).executeUpdate();
    }

    public void complete(long submissionId, long reviewerId, OffsetDateTime at) {
        em.createNativeQuery("UPDATE challenge_assignment SET completed_at = :at WHERE submission_id = :s AND reviewer_id = :r")
                .setParameter("at", at).setParameter("s", submissionId).setParameter("r", reviewerId).executeUpdate();
    }

    /**
     * The ranking's raw lines, one per submission and assigned reviewer (a submission without any: one line with
     * nulls): submission id, title, organisation id, organisation name, shortlisted, final score, reviewer id,
     * reviewer name, completed at, Σ score×weight, conflicted. Only once the deadline has passed.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> rankingLines(long challengeId) {
        return em.createNativeQuery("""
                SELECT s.id, s.title, s.organisation_id, o.name, s.shortlisted, s.final_score, a.reviewer_id, u.display_name,
                       a.completed_at,
                       (SELECT sum(sc.score * k.weight) FROM challenge_score sc JOIN challenge_criterion k ON k.id = sc.criterion_id
                         WHERE sc.submission_id = a.submission_id AND sc.reviewer_id = a.reviewer_id),
                       EXISTS (SELECT 1 FROM reviewer_conflict x WHERE x.reviewer_id = a.reviewer_id
                                 AND x.organisation_id = s.organisation_id)
                  FROM challenge_submission s JOIN challenge c ON c.id = s.challenge_id
                  JOIN organisation o ON o.id = s.organisation_id
                  LEFT JOIN challenge_assignment a ON a.submission_id = s.id
                  LEFT JOIN user_account u ON u.id = a.reviewer_id
                 WHERE s.challenge_id = :c""" + UNSEALED + " ORDER BY s.id, a.reviewer_id")
                .setParameter("c", challengeId).getResultList();
    }

    /** Organisations that submitted to the challenge (the teams to tell of each stage). */
    @SuppressWarnings("unchecked")
    public List<Long> teamsOf(long challengeId) {
        List<Number> ids = em.createNativeQuery("SELECT organisation_id FROM challenge_submission WHERE challenge_id = :c ORDER BY id")
                .setParameter("c", challengeId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}

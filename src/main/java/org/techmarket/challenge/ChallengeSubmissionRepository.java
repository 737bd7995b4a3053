package org.techmarket.challenge;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Submissions are sealed until their challenge's deadline has passed: every read here either names the
 * reading team's organisation or requires the deadline to be past (by the database clock, in the query),
 * so no page or API — staff's included — can see a sealed submission of another team.
 */
@ApplicationScoped
public class ChallengeSubmissionRepository implements PanacheRepository<ChallengeSubmission> {

    private static final String UNSEALED = " and exists (select 1 from Challenge c where c.id = s.challengeId"
            + " and c.deadline <= current_timestamp)";

    /** The team's own submission, readable and editable by its members before and after the deadline. */
    public Optional<ChallengeSubmission> findOfTeam(long challengeId, long organisationId) {
        return find("challengeId = ?1 and organisationId = ?2", challengeId, organisationId).firstResultOptional();
    }

    /** One submission, only once its challenge's deadline has passed. */
    public Optional<ChallengeSubmission> findUnsealed(long id) {
        return getEntityManager().createQuery("select s from ChallengeSubmission s where s.id = ?1" + UNSEALED,
                ChallengeSubmission.class).setParameter(1, id).getResultStream().findFirst();
    }

    /** The submissions of a challenge, only once its deadline has passed (empty before). */
    public List<ChallengeSubmission> listUnsealed(long challengeId) {
        return getEntityManager().createQuery("select s from ChallengeSubmission s where s.challengeId = ?1" + UNSEALED
                + " order by s.submittedAt", ChallengeSubmission.class).setParameter(1, challengeId).getResultList();
    }

    /** How many teams have submitted: a count is public, the contents are not. */
    public long countOf(long challengeId) {
        return count("challengeId", challengeId);
    }
}

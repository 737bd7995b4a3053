package org.techmarket.challenge;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Attachments by their submission. Callers pass a submission they have already read through a sealed read of
 * {@link ChallengeSubmissionRepository}, so an attachment is never reached past the seal.
 */
@ApplicationScoped
public class ChallengeAttachmentRepository implements PanacheRepository<ChallengeAttachment> {

    /** The attachments' facts without their bytes. */
    public List<ChallengeApi.AttachmentView> listOf(ChallengeSubmission submission) {
        List<Object[]> rows = getEntityManager().createQuery("select a.id, a.fileName, a.sizeBytes, a.sha256, a.uploadedAt"
                + " from ChallengeAttachment a where a.submissionId = ?1 order by a.id", Object[].class)
                .setParameter(1, submission.id).getResultList();
        return rows.stream().map(r -> new ChallengeApi.AttachmentView((Long) r[0], (String) r[1], (Integer) r[2],
                (String) r[3], (java.time.OffsetDateTime) r[4])).toList();
    }

    public long countOf(ChallengeSubmission submission) {
        return count("submissionId", submission.id);
    }

    public Optional<ChallengeAttachment> findOf(ChallengeSubmission submission, long id) {
        return find("id = ?1 and submissionId = ?2", id, submission.id).firstResultOptional();
    }
}

package org.techmarket.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.techmarket.common.StoredFile;

/** A PDF attached to a team's submission; sealed with it (read only after the submission has been read). */
@Entity
@Table(name = "challenge_attachment")
public class ChallengeAttachment extends StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "submission_id", nullable = false)
    public long submissionId;
}

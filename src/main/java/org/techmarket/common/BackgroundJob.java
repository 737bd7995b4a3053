package org.techmarket.common;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A long piece of work run in the background (后台任务) and its progress, as every instance sees it.
 * Written by {@link JobRunner} with native statements (claim, batches); read here.
 */
@Entity
@Table(name = "background_job")
public class BackgroundJob {
    @Id
    public Long id;

    @Column(nullable = false)
    public String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public JobState state;

    @Column(nullable = false)
    public String label;

    @Column(name = "subject_id")
    public Long subjectId;

    @Column(nullable = false)
    public int total;

    @Column(nullable = false)
    public int done;

    @Column(nullable = false)
    public int errors;

    @Column(nullable = false)
    public int produced;

    public String failure;

    @Column(name = "requested_by", nullable = false)
    public long requestedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    /** Done as a whole percentage of the total (0 until the total is known). */
    public int percent() {
        return total == 0 ? (state == JobState.DONE ? 100 : 0) : (int) Math.min(100, done * 100L / total);
    }
}

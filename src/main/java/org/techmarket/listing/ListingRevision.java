package org.techmarket.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * A change to a published listing, waiting for staff: the owner's new terms (the JSON of a
 * {@link ListingApi.ResultRequest} or {@link ListingApi.NeedRequest}) and the fields they change. The published version stays
 * what the market sees until staff publish the revision; a newer revision supersedes a waiting one.
 */
@Entity
@Table(name = "listing_revision")
public class ListingRevision {

    public enum Status { PENDING, PUBLISHED, RETURNED, SUPERSEDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "listing_id", nullable = false)
    public long listingId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ListingKind kind;
    @Column(nullable = false)
    public String payload;
    /** The changed fields, one per line: {@code field: old → new}. */
    @Column(nullable = false)
    public String changes;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.PENDING;
    public String reason;
    @Column(name = "author_id", nullable = false)
    public long authorId;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();
    @Column(name = "decided_by")
    public Long decidedBy;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    @Version
    public long version;
}

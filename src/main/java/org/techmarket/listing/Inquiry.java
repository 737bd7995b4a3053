package org.techmarket.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.techmarket.common.ConflictException;

/** 咨询: a logged-in user's question about a published listing, answered by the owner's organisation. */
@Entity
@Table(name = "inquiry")
public class Inquiry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "listing_id", nullable = false)
    public long listingId;

    @Column(name = "sender_id", nullable = false)
    public long senderId;

    @Column(name = "sender_organisation_id", nullable = false)
    public long senderOrganisationId;

    @Column(nullable = false)
    public String message;

    public String reply;

    @Column(name = "replied_by")
    public Long repliedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "replied_at")
    public OffsetDateTime repliedAt;

    public boolean isAnswered() {
        return reply != null;
    }

    public void answer(String text, long userId) {
        if (isAnswered()) {
            throw new ConflictException("This inquiry has already been answered");
        }
        reply = text;
        repliedBy = userId;
        repliedAt = OffsetDateTime.now();
    }
}

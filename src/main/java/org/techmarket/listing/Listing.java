package org.techmarket.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.techmarket.common.Contact;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.StateTransitionException;

/**
 * A technology result (科技成果) or technology need (技术需求) posted by an organisation. Results
 * carry maturity, IP, transfer modes and an asking price; needs carry the required maturity,
 * a budget range and a deadline. Both go through the same review workflow.
 */
@Entity
@Table(name = "listing")
public class Listing {

    public static final String ENTITY = "Listing";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ListingKind kind;

    @Column(nullable = false)
    public String title;

    /** 成果简介 (results only). */
    public String summary;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TechField field;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] keywords = new String[0];

    /** TRL 1–9 (GB/T 22900): the result's maturity, or the maturity a need requires. */
    @Column(nullable = false)
    public short maturity;

    /** Transfer modes of a result, or cooperation modes a need accepts. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] modes = new String[0];

    @Enumerated(EnumType.STRING)
    @Column(name = "ip_type")
    public IpType ipType;

    @Enumerated(EnumType.STRING)
    @Column(name = "ip_status")
    public IpStatus ipStatus;

    @Column(name = "patent_numbers")
    public String patentNumbers;

    /** Asking price of a result in fen; null means 面议 (negotiable). */
    @Column(name = "price_fen")
    public Long priceFen;

    @Column(name = "budget_min_fen")
    public Long budgetMinFen;

    @Column(name = "budget_max_fen")
    public Long budgetMaxFen;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "organisation_id", nullable = false)
    public long organisationId;

    @Column(name = "owner_id", nullable = false)
    public long ownerId;

    @Embedded
    public Contact contact = new Contact();

    /** A result's validity date, or a need's deadline: after it the listing lapses. */
    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ListingStatus status = ListingStatus.DRAFT;

    @Column(name = "status_reason")
    public String statusReason;

    /** Identifies an imported row, so that importing the same file twice adds nothing. */
    @Column(name = "source_key")
    public String sourceKey;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "expiry_notice_at")
    public OffsetDateTime expiryNoticeAt;

    @Version
    public long version;

    public List<TransferMode> transferModes() {
        return Arrays.stream(modes).map(TransferMode::valueOf).toList();
    }

    public List<String> keywordList() {
        return List.of(keywords);
    }

    public boolean isPublished() {
        return status == ListingStatus.PUBLISHED;
    }

    public boolean isNegotiable() {
        return kind == ListingKind.RESULT && priceFen == null;
    }

    public void submit() {
        moveTo(ListingStatus.SUBMITTED);
        submittedAt = OffsetDateTime.now();
        statusReason = null;
    }

    public void publish() {
        moveTo(ListingStatus.PUBLISHED);
        publishedAt = OffsetDateTime.now();
        statusReason = null;
    }

    public void returnForCorrection(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "a reason is required to return a listing");
        }
        moveTo(ListingStatus.RETURNED);
        statusReason = reason.strip();
    }

    public void withdraw() {
        moveTo(ListingStatus.WITHDRAWN);
    }

    public void expire() {
        moveTo(ListingStatus.EXPIRED);
    }

    /** The owner confirms a published listing is still available: it stays up until the new date. */
    public void confirmAvailableUntil(LocalDate newDate) {
        if (status != ListingStatus.PUBLISHED) {
            throw new StateTransitionException(ENTITY, status, "CONFIRMED");
        }
        if (newDate.isAfter(validUntil)) {
            validUntil = newDate;
        }
        expiryNoticeAt = null;
    }

    public boolean expiresWithin(LocalDate today, int days) {
        return status == ListingStatus.PUBLISHED && !validUntil.isAfter(today.plusDays(days));
    }

    private void moveTo(ListingStatus target) {
        if (!status.canMoveTo(target)) {
            throw new StateTransitionException(ENTITY, status, target);
        }
        status = target;
        updatedAt = OffsetDateTime.now();
    }
}

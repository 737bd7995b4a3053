package org.techmarket.voucher;

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

/** 兑现申请: a provider's claim for the voucher part of a delivered order. SUBMITTED → APPROVED (paid) | REJECTED (released). */
@Entity
@Table(name = "redemption")
public class Redemption {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "order_id", nullable = false)
    public long orderId;
    @Column(name = "voucher_id", nullable = false)
    public long voucherId;
    @Column(name = "provider_organisation_id", nullable = false)
    public long providerOrganisationId;
    @Column(name = "amount_fen", nullable = false)
    public long amountFen;
    @Column(name = "invoice_number", nullable = false)
    public String invoiceNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewStatus status = ReviewStatus.SUBMITTED;
    public String reason;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    @Version
    public long version;
}

package org.techmarket.voucher;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** An enterprise's application to a voucher program: SUBMITTED → APPROVED (voucher issued) | REJECTED. */
@Entity
@Table(name = "voucher_application")
public class VoucherApplication {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "program_id", nullable = false)
    public long programId;
    @Column(name = "organisation_id", nullable = false)
    public long organisationId;
    @Column(name = "applicant_id", nullable = false)
    public long applicantId;
    @Column(nullable = false)
    public String purpose;
    @Column(nullable = false)
    public String status = "SUBMITTED";
    public String reason;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    @Version
    public long version;
}

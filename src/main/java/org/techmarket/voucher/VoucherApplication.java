package org.techmarket.voucher;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An enterprise's application to a voucher program: SUBMITTED → APPROVED (voucher issued) | REJECTED. */
@Entity
@Table(name = "voucher_application")
public class VoucherApplication extends Reviewed {
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
    /** The lottery this application was drawn in, and its place in the draw (1 = first). */
    @Column(name = "lottery_id")
    public Long lotteryId;
    @Column(name = "lottery_rank")
    public Integer lotteryRank;
}

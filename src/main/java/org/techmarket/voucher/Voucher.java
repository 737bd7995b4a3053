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

/** 创新券: issued to one enterprise from a program; its money lives in the ledger accounts of {@link Ledger}. */
@Entity
@Table(name = "voucher")
public class Voucher {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false)
    public String code;
    @Column(name = "program_id", nullable = false)
    public long programId;
    @Column(name = "organisation_id", nullable = false)
    public long organisationId;
    @Column(name = "application_id", nullable = false)
    public long applicationId;
    @Column(name = "face_value_fen", nullable = false)
    public long faceValueFen;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VoucherStatus status = VoucherStatus.ACTIVE;
    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt = OffsetDateTime.now();
    @Version
    public long version;

    /** A voucher of the program's face value for an approved application (its money is issued on the ledger). */
    static Voucher issue(VoucherProgram program, VoucherApplication application, String code) {
        Voucher v = new Voucher();
        v.code = code;
        v.programId = program.id;
        v.organisationId = application.organisationId;
        v.applicationId = application.id;
        v.faceValueFen = program.faceValueFen;
        return v;
    }

    /** ACTIVE → EXHAUSTED once nothing is left available or reserved ({@code leftFen}); otherwise unchanged. */
    public void exhaustIfEmpty(long leftFen) {
        if (leftFen == 0 && status.canMoveTo(VoucherStatus.EXHAUSTED)) {
            status = VoucherStatus.EXHAUSTED;
        }
    }

    /** ACTIVE → EXPIRED at the use deadline (what was left has moved to the expired account). */
    public void expire() {
        if (!status.canMoveTo(VoucherStatus.EXPIRED)) {
            throw new IllegalStateException("voucher " + id + " is " + status + ", not active");
        }
        status = VoucherStatus.EXPIRED;
    }
}

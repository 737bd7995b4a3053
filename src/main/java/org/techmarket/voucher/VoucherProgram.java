package org.techmarket.voucher;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
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
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.techmarket.common.LabelKeys;

/**
 * 科技创新券项目: a year's voucher program with its budget, face value and co-funding ratio. It is
 * prepared as a {@link Status#DRAFT} (editable, deletable, neither public nor funded), opened (funded,
 * takes applications within its window) and closed. Its terms do not change once open, so it is kept
 * in Hibernate's second-level cache (each reservation reads them); the budget's money lives in the
 * ledger, never here.
 */
@Entity
@Cacheable
@Table(name = "voucher_program")
public class VoucherProgram {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public int year;
    @Column(name = "budget_fen", nullable = false)
    public long budgetFen;
    @Column(name = "face_value_fen", nullable = false)
    public long faceValueFen;
    /** A voucher pays at most this share of a service order. */
    @Column(name = "co_funding_percent", nullable = false)
    public int coFundingPercent;
    @Column(name = "use_deadline", nullable = false)
    public LocalDate useDeadline;
    @Column(name = "redemption_deadline", nullable = false)
    public LocalDate redemptionDeadline;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] categories = new String[0];
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.DRAFT;
    /** Applications are taken from this day (null: from opening) … */
    @Column(name = "applications_open")
    public LocalDate applicationsOpen;
    /** … to this day (null: to the use deadline). */
    @Column(name = "applications_close")
    public LocalDate applicationsClose;
    /** Optional: at most this much voucher value per organisation across the programs of the same year. */
    @Column(name = "per_firm_cap_fen")
    public Long perFirmCapFen;
    @Column(name = "opened_at")
    public OffsetDateTime openedAt;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    @Version
    public long version;

    @LabelKeys("program_status")
    public enum Status { DRAFT, OPEN, CLOSED }

    /** The first day of applications: the window's, else the day it opened (null for a draft without one). */
    public LocalDate applicationsFrom() {
        return applicationsOpen != null ? applicationsOpen : openedAt == null ? null : openedAt.toLocalDate();
    }

    /** The last day of applications: the window's, else the use deadline. */
    public LocalDate applicationsUntil() {
        return applicationsClose != null ? applicationsClose : useDeadline;
    }

    /** Whether an application may be made on this day. */
    public boolean takesApplications(LocalDate day) {
        return status == Status.OPEN && (applicationsOpen == null || !day.isBefore(applicationsOpen))
                && !day.isAfter(applicationsClose != null ? applicationsClose : useDeadline);
    }

    public boolean covers(String category) {
        return ProviderCategoryPolicy.programCovers(this, category);
    }
}

package org.techmarket.voucher;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/**
 * 科技创新券项目: a year's voucher program with its budget, face value and co-funding ratio. Its terms
 * do not change once created, so it is kept in Hibernate's second-level cache (each reservation reads
 * them); the budget's money lives in the ledger, never here.
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
    @Version
    public long version;

    public boolean covers(String category) {
        return List.of(categories).contains(category);
    }
}

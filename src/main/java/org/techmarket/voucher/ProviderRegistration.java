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
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A service provider's registration for voucher service categories, approved by staff. */
@Entity
@Table(name = "provider_registration")
public class ProviderRegistration {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "organisation_id", nullable = false)
    public long organisationId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] categories = new String[0];
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

    public boolean serves(String category) {
        return status == ReviewStatus.APPROVED && List.of(categories).contains(category);
    }
}

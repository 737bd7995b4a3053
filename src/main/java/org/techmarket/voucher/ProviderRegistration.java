package org.techmarket.voucher;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A service provider's registration for voucher service categories, approved by staff. */
@Entity
@Table(name = "provider_registration")
public class ProviderRegistration extends Reviewed {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "organisation_id", nullable = false)
    public long organisationId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] categories = new String[0];

    public boolean serves(String category) {
        return ProviderCategoryPolicy.providerServes(this, category);
    }
}

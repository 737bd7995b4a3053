package org.techmarket.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * 登记编号: 16 digits, the seller's 6-digit region code, the year, and a 6-digit sequence per region
 * and year. The sequence row is locked by the approving transaction, so concurrent approvals take
 * consecutive numbers, and an approval that rolls back takes its number back with it.
 */
@ApplicationScoped
public class RegistrationNumbers {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String regionCode, int year) {
        Number value = (Number) em.createNativeQuery("""
                INSERT INTO contract_sequence (region_code, year, last_value) VALUES (:region, :year, 1)
                ON CONFLICT (region_code, year) DO UPDATE SET last_value = contract_sequence.last_value + 1
                RETURNING last_value""")
                .setParameter("region", regionCode).setParameter("year", year).getSingleResult();
        if (value.intValue() > 999_999) {
            throw new IllegalStateException("registration sequence exhausted for " + regionCode + "/" + year);
        }
        return regionCode + year + String.format("%06d", value.intValue());
    }
}

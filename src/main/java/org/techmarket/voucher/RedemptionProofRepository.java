package org.techmarket.voucher;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RedemptionProofRepository implements PanacheRepository<RedemptionProof> {
}

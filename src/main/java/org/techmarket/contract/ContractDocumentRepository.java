package org.techmarket.contract;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ContractDocumentRepository implements PanacheRepositoryBase<ContractDocument, Long> {
}

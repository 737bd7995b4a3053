package org.techmarket.contract;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ContractRepository implements PanacheRepository<Contract> {

    public Optional<Contract> findForUpdate(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<Contract> listOfOrganisation(long organisationId) {
        return list("seller.organisationId = ?1 or buyer.organisationId = ?1 order by updatedAt desc", organisationId);
    }

    /** The staff queue: submitted contracts, the one due first at the top. */
    public List<Contract> listAwaitingDecision() {
        return list("status = ?1 order by dueDate, submittedAt", ContractStatus.SUBMITTED);
    }

    public List<Contract> listRegistered(int limit) {
        return find("status = ?1 order by decidedAt desc", ContractStatus.REGISTERED).page(0, limit).list();
    }

    public boolean existsRegisteredDuplicate(Contract c) {
        return count("status = ?1 and id <> ?2 and seller.creditCode = ?3 and buyer.creditCode = ?4 and projectName = ?5"
                + " and contractAmountFen = ?6 and signingDate = ?7", ContractStatus.REGISTERED, c.id == null ? -1L : c.id,
                c.seller.creditCode, c.buyer.creditCode, c.projectName, c.contractAmountFen, c.signingDate) > 0;
    }
}

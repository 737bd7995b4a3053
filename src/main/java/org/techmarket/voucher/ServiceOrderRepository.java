package org.techmarket.voucher;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.techmarket.common.Caller;
import org.techmarket.common.NotFoundException;

@ApplicationScoped
public class ServiceOrderRepository implements PanacheRepository<ServiceOrder> {

    /** An order of the caller's provider organisation, locked for a change (404 for anyone else's). */
    ServiceOrder lockedForProvider(Caller caller, long orderId) {
        return findByIdOptional(orderId, LockModeType.PESSIMISTIC_WRITE)
                .filter(x -> caller.isMemberOf(x.providerOrganisationId))
                .orElseThrow(() -> new NotFoundException("Service order", orderId));
    }

    /** An order of the caller's enterprise, locked for a change (404 for anyone else's). */
    ServiceOrder lockedForEnterprise(Caller caller, long orderId) {
        return findByIdOptional(orderId, LockModeType.PESSIMISTIC_WRITE)
                .filter(x -> caller.isMemberOf(x.enterpriseOrganisationId))
                .orElseThrow(() -> new NotFoundException("Service order", orderId));
    }
}

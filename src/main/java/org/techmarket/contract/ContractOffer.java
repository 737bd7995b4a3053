package org.techmarket.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.techmarket.matching.CaseAgreed;
import org.techmarket.notification.Notifications;

/**
 * When a case is agreed, its seller is offered the technology contract draft: a notification that
 * opens the contract form filled from the case (its listings, the buyer, the type from the result's
 * transfer modes). Runs in the agreeing transaction, so the offer exists exactly when the agreement does.
 */
@ApplicationScoped
public class ContractOffer {

    @Inject
    Notifications notifications;

    void onAgreed(@Observes CaseAgreed agreed) {
        if (agreed.sellerId() == agreed.actorId()) {
            return; // the seller agreed on the case page, which offers the draft there
        }
        notifications.notify(agreed.sellerId(), "CASE", "case:" + agreed.caseId() + ":agreed",
                "/contracts/new?caseId=" + agreed.caseId(), "case.agreed", agreed.resultTitle(), agreed.needTitle());
    }
}

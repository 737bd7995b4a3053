package org.techmarket.voucher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techmarket.account.OrganisationService;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.Caller;
import org.techmarket.common.ConflictException;
import org.techmarket.common.ForbiddenActionException;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.NotFoundException;
import org.techmarket.common.Roles;
import org.techmarket.notification.Notifications;

/** Service providers (服务机构) registering for voucher-paid categories, and staff deciding on them. */
@ApplicationScoped
public class ProviderService {

    @Inject
    ProviderRegistrationRepository providers;
    @Inject
    OrganisationService organisations;
    @Inject
    AuditTrail audit;
    @Inject
    Notifications notifications;

    @Transactional
    public ProviderRegistration registerProvider(Caller caller, List<String> categories) {
        if (!Roles.PROVIDER.equals(caller.role())) {
            throw new ForbiddenActionException("Only service providers register for voucher services");
        }
        String[] cleaned = ServiceCategory.parse("categories", categories);
        java.util.Optional<ProviderRegistration> existing = providers.find("organisationId", caller.organisationId())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        if (existing.isPresent()) {
            // A rejected provider applies again (with its corrections); one waiting or registered does not.
            ProviderRegistration r = existing.get();
            if (r.status != ReviewStatus.REJECTED) {
                throw new ConflictException("This provider is already registered or waiting");
            }
            r.categories = cleaned;
            r.resubmit();
            audit.record("ProviderRegistration", r.id, "apply-again", ReviewStatus.REJECTED.name(), r.status.name(), null);
            return r;
        }
        ProviderRegistration r = new ProviderRegistration();
        r.organisationId = caller.organisationId();
        r.categories = cleaned;
        providers.persist(r);
        audit.record("ProviderRegistration", r.id, "apply", null, r.status.name(), null);
        return r;
    }

    @Transactional
    public ProviderRegistration decideProvider(Caller caller, long id, boolean approve, String reason) {
        VoucherRules.requireStaff(caller);
        ProviderRegistration r = providers.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("Provider registration", id));
        r.checkDecision(approve, reason, "registration");
        if (approve && !organisations.isVerified(r.organisationId)) {
            throw new ConflictException("The provider's organisation has not been verified yet");
        }
        r.decide(approve, reason);
        audit.record("ProviderRegistration", r.id, approve ? "approve" : "reject", ReviewStatus.SUBMITTED.name(),
                r.status.name(), reason);
        notifications.notifyMembers(r.organisationId, null, "VOUCHER", "provider:" + r.id + ":" + r.status + ":" + r.version,
                "/my/vouchers", approve ? "provider.approved" : "provider.rejected", reason == null ? "" : reason);
        return r;
    }

    public List<ProviderRegistration> providerRegistrations(Caller caller) {
        VoucherRules.requireStaff(caller);
        return VoucherRules.waitingFirst(providers.find("status = ?1 order by createdAt", ReviewStatus.SUBMITTED).page(0, VoucherRules.LIST_LIMIT).list(),
                providers.find("status <> ?1 order by decidedAt desc", ReviewStatus.SUBMITTED).page(0, VoucherRules.LIST_LIMIT).list());
    }

    /** Registrations waiting for a decision, the longest waiting first (at most {@link VoucherRules#LIST_LIMIT}). */
    public List<ProviderRegistration> waitingRegistrations(Caller caller) {
        VoucherRules.requireStaff(caller);
        return providers.find("status = ?1 order by createdAt, id", ReviewStatus.SUBMITTED).page(0, VoucherRules.LIST_LIMIT).list();
    }

    public java.util.Optional<ProviderRegistration> providerRegistrationOf(Caller caller) {
        return providers.find("organisationId", caller.organisationId()).firstResultOptional();
    }

    /** Registered providers (approved) for a category, for the order form. */
    public List<ProviderRegistration> registeredProviders() {
        return providers.list("status = ?1 order by organisationId", ReviewStatus.APPROVED);
    }
}

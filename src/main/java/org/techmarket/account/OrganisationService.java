package org.techmarket.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.Caller;
import org.techmarket.common.ConflictException;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.NotFoundException;
import org.techmarket.common.Texts;

/** Organisations and their verification by staff. Other features ask here whether an organisation is verified. */
@ApplicationScoped
public class OrganisationService {

    @jakarta.inject.Inject
    org.techmarket.notification.Notifications notifications;

    @Inject
    LoginService logins;

    public static final String ENTITY = "Organisation";
    /** The market's own organisation, home of staff and admin accounts. */
    static final String MARKET_NAME = "科技大市场运营中心";
    static final String MARKET_CREDIT_CODE = CreditCode.complete("12620100MB0000001");

    @Inject
    OrganisationRepository organisations;

    @Inject
    UserAccountRepository users;

    @Inject
    AuditTrail audit;

    @Inject
    Texts texts;

    public enum Decision { VERIFY, REJECT }

    @Transactional(Transactional.TxType.MANDATORY)
    Organisation create(AccountApi.RegistrationRequest.OrganisationDetails details) {
        Organisation organisation = new Organisation();
        organisation.name = details.name().strip();
        organisation.type = details.type();
        organisation.creditCode = details.creditCode();
        organisation.regionCode = details.regionCode();
        organisation.contact.name = details.contactName();
        organisation.contact.phone = details.contactPhone();
        organisation.contact.email = details.contactEmail() == null || details.contactEmail().isBlank()
                ? null : details.contactEmail();
        organisations.persist(organisation);
        audit.record(ENTITY, organisation.id, "register", null, organisation.status, null);
        return organisation;
    }

    /** Staff decide on a pending organisation. A rejection needs a reason, which the members see. */
    @Transactional
    public Organisation decide(long organisationId, Decision decision, String reason) {
        if (decision == null) {
            throw InvalidInputException.of("decision", texts.get("techmarket.decision.unknown"));
        }
        if (decision == Decision.REJECT && (reason == null || reason.isBlank())) {
            throw InvalidInputException.of("reason", texts.get("techmarket.reason.required"));
        }
        if (reason != null && reason.length() > 500) {
            throw InvalidInputException.of("reason", "max 500 characters");
        }
        Organisation organisation = organisations.findByIdOptional(organisationId,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException(ENTITY, organisationId));
        if (organisation.type == OrganisationType.MARKET) {
            throw new ConflictException("The market's own organisation is not verified by staff");
        }
        OrganisationStatus from = organisation.status;
        if (decision == Decision.VERIFY) {
            organisation.verify();
        } else {
            organisation.reject(reason.strip());
        }
        audit.record(ENTITY, organisation.id, decision == Decision.VERIFY ? "verify" : "reject", from,
                organisation.status, reason);
        notifications.notifyMembers(organisation.id, null, "ORGANISATION",
                "organisation:" + organisation.id + ":" + organisation.status + ":" + organisation.version, "/account",
                decision == Decision.VERIFY ? "organisation.verified" : "organisation.rejected", organisation.name,
                reason == null ? "" : reason.strip());
        // Its members' standing changed: this replica forgets them now, the others within the session recheck.
        users.listByOrganisation(organisation.id).forEach(u -> logins.forget(u.username));
        return organisation;
    }

    /** A member corrects a rejected organisation and sends it back to staff. */
    @Transactional
    public Organisation resubmit(long organisationId, long memberOrganisationId) {
        Organisation organisation = get(organisationId);
        if (organisation.id != memberOrganisationId) {
            throw new NotFoundException(ENTITY, organisationId);
        }
        OrganisationStatus from = organisation.status;
        organisation.resubmit();
        audit.record(ENTITY, organisation.id, "resubmit", from, organisation.status, null);
        return organisation;
    }

    public Organisation get(long organisationId) {
        return organisations.findByIdOptional(organisationId)
                .orElseThrow(() -> new NotFoundException(ENTITY, organisationId));
    }

    /** Staff see every organisation; others only their own, and a guessed id is simply not found. */
    public Organisation getVisibleTo(long organisationId, Caller caller) {
        if (!caller.isStaff() && !caller.isMemberOf(organisationId)) {
            throw new NotFoundException(ENTITY, organisationId);
        }
        return get(organisationId);
    }

    public Optional<Organisation> find(long organisationId) {
        return organisations.findByIdOptional(organisationId);
    }

    public Optional<Organisation> findByCreditCode(String creditCode) {
        return organisations.findByCreditCode(creditCode);
    }

    /** Names of organisations by id, for lists that show who posted what. */
    public java.util.Map<Long, String> namesOf(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        // The names alone, in one statement whose text is the same for any number of ids (a cached plan; a
        // multi-load built its select anew on every call, an HQL IN list was translated again per size).
        @SuppressWarnings("unchecked")
        List<Object[]> rows = organisations.getEntityManager()
                .createNativeQuery("SELECT id, name FROM organisation WHERE id = ANY (CAST(:ids AS bigint[]))")
                .setParameter("ids", java.util.Set.copyOf(ids).stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .getResultList();
        return rows.stream().collect(java.util.stream.Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> (String) r[1]));
    }

    public java.util.Map<Long, Organisation> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return organisations.getEntityManager().unwrap(org.hibernate.Session.class).byMultipleIds(Organisation.class)
                .multiLoad(List.copyOf(java.util.Set.copyOf(ids))).stream().filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toMap(o -> o.id, o -> o));
    }

    public boolean isVerified(long organisationId) {
        return organisations.findByIdOptional(organisationId).map(Organisation::isVerified).orElse(false);
    }

    public List<Organisation> listByStatus(OrganisationStatus status) {
        return status == null ? organisations.listAllByName() : organisations.listByStatus(status);
    }

    public List<UserAccount> members(long organisationId) {
        return users.listByOrganisation(organisationId);
    }

    /** The market's own organisation, created on first use. */
    @Transactional
    public Organisation marketOrganisation() {
        return organisations.findFirstOfType(OrganisationType.MARKET).orElseGet(() -> {
            Organisation market = new Organisation();
            market.name = MARKET_NAME;
            market.type = OrganisationType.MARKET;
            market.creditCode = MARKET_CREDIT_CODE;
            market.regionCode = "620100";
            market.contact.name = "市场服务台";
            market.contact.phone = "0931-0000000";
            market.status = OrganisationStatus.VERIFIED;
            market.verifiedAt = market.createdAt;
            organisations.persist(market);
            audit.record(ENTITY, market.id, "create", null, market.status, org.techmarket.common.AuditTrail.reason("market_organisation"));
            return market;
        });
    }
}

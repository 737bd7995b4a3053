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

/**
 * Service orders an enterprise places with a registered provider, optionally serving one of its
 * cases or contracts; voucher money reserved for them (within the co-funding share, for a covered
 * category, before the use deadline), delivery, and cancellation (which releases the reservation).
 */
@ApplicationScoped
public class ServiceOrderService {

    @Inject
    ServiceOrderRepository orders;
    @Inject
    VoucherRepository vouchers;
    @Inject
    VoucherProgramRepository programs;
    @Inject
    ProviderRegistrationRepository providers;
    @Inject
    Ledger ledger;
    @Inject
    EntityManager em;
    @Inject
    AuditTrail audit;

    @Transactional
    public ServiceOrder createOrder(Caller caller, long providerOrganisationId, String category, String description,
            Long amountFen) {
        return createOrder(caller, providerOrganisationId, category, description, amountFen, null, null);
    }

    /**
     * An order, optionally naming the case or contract it serves: one of the enterprise's own (400
     * naming the field otherwise); a contract's case is taken when no case is named.
     */
    @Transactional
    public ServiceOrder createOrder(Caller caller, long providerOrganisationId, String category, String description,
            Long amountFen, Long caseId, Long contractId) {
        if (!Roles.ENTERPRISE.equals(caller.role())) {
            throw new ForbiddenActionException("Service orders are placed by enterprises");
        }
        VoucherRules.positive("amountFen", amountFen);
        if (description == null || description.isBlank() || description.length() > 1000) {
            throw InvalidInputException.of("description", "1–1000 characters");
        }
        if (category == null || category.isBlank()) {
            throw InvalidInputException.of("category", "required");
        }
        boolean registered = ProviderCategoryPolicy.providerServes(
                providers.find("organisationId", providerOrganisationId).firstResultOptional().orElse(null), category.strip());
        if (!registered) {
            throw InvalidInputException.of("providerOrganisationId", "not a provider registered for this category");
        }
        ServiceOrder o = new ServiceOrder();
        o.enterpriseOrganisationId = caller.organisationId();
        o.providerOrganisationId = providerOrganisationId;
        o.category = category.strip();
        o.description = description.strip();
        o.amountFen = amountFen;
        if (contractId != null) {
            @SuppressWarnings("unchecked")
            List<Object[]> contract = em.createNativeQuery("""
                    SELECT case_id, status FROM contract WHERE id = :id
                       AND (buyer_organisation_id = :org OR seller_organisation_id = :org)""")
                    .setParameter("id", contractId).setParameter("org", caller.organisationId()).getResultList();
            if (contract.isEmpty()) {
                throw InvalidInputException.of("contractId", "not a technology contract of your organisation");
            }
            Long contractCase = contract.get(0)[0] == null ? null : ((Number) contract.get(0)[0]).longValue();
            if (caseId != null && contractCase != null && !contractCase.equals(caseId)) {
                throw InvalidInputException.of("caseId", "the contract belongs to case " + contractCase);
            }
            o.contractId = contractId;
            o.caseId = caseId != null ? caseId : contractCase;
        }
        if (caseId != null && o.contractId == null) {
            Number involved = (Number) em.createNativeQuery("""
                    SELECT count(*) FROM match_case c JOIN listing n ON n.id = c.need_id JOIN listing r ON r.id = c.result_id
                     WHERE c.id = :id AND (n.organisation_id = :org OR r.organisation_id = :org)""")
                    .setParameter("id", caseId).setParameter("org", caller.organisationId()).getSingleResult();
            if (involved.longValue() == 0) {
                throw InvalidInputException.of("caseId", "not a brokered case of your organisation");
            }
            o.caseId = caseId;
        }
        orders.persist(o);
        audit.record("ServiceOrder", o.id, "create", null, o.status.name(), null);
        return o;
    }

    /**
     * The enterprise applies (part of) a voucher to an order, up to the co-funding share; the amount is
     * reserved. One conditional update takes the order (and its row lock until commit): the caller's,
     * open, not paid by another voucher, of a category the program covers, within the co-funding share.
     * The ledger then refuses more than the voucher holds. Only a refusal reads more, to say why.
     */
    @Transactional
    public ServiceOrder applyVoucher(Caller caller, long orderId, long voucherId, Long amountFen) {
        VoucherRules.positive("amountFen", amountFen);
        Voucher v = vouchers.findByIdOptional(voucherId).filter(x -> caller.isMemberOf(x.organisationId))
                .orElseThrow(() -> new NotFoundException("Voucher", voucherId));
        if (v.status != VoucherStatus.ACTIVE) {
            throw new ConflictException("This voucher is " + v.status.name().toLowerCase());
        }
        VoucherProgram p = programs.findById(v.programId);
        if (!UseDeadlinePolicy.usable(p.useDeadline, LocalDate.now())) {
            throw new ConflictException("The program's use deadline has passed");
        }
        // An order already in this persistence context (created or read earlier in the same transaction)
        // is refreshed after the update below, which Hibernate would not otherwise see.
        ServiceOrder known = orders.getEntityManager().getReference(ServiceOrder.class, orderId);
        boolean wasLoaded = org.hibernate.Hibernate.isInitialized(known);
        @SuppressWarnings("unchecked")
        List<ServiceOrder> taken = orders.getEntityManager().createNativeQuery("WITH taken AS ("
                + " UPDATE service_order SET voucher_id = :voucher, voucher_amount_fen = voucher_amount_fen + :amount,"
                + " version = version + 1"
                + " WHERE id = :order AND enterprise_organisation_id = :organisation AND status = 'OPEN'"
                + " AND (voucher_id IS NULL OR voucher_id = :voucher)"
                + " AND " + ProviderCategoryPolicy.SQL
                + " AND " + CoFundingPolicy.SQL
                + " RETURNING *) SELECT * FROM taken", ServiceOrder.class)
                .setParameter("voucher", v.id).setParameter("amount", amountFen).setParameter("order", orderId)
                .setParameter("organisation", caller.organisationId())
                .setParameter("categories", ProviderCategoryPolicy.arrayLiteral(p.categories))
                .setParameter("percent", p.coFundingPercent).getResultList();
        if (taken.isEmpty()) {
            throw refusal(caller, orderId, v, p, amountFen);
        }
        try {
            ledger.reserve(v, amountFen, "order " + orderId);
        } catch (Ledger.NotEnoughMoney e) {
            throw InvalidInputException.of("amountFen", "more than what is left on the voucher ("
                    + ledger.balance(Ledger.available(v.id)) + " fen)");
        }
        if (wasLoaded) {
            orders.getEntityManager().refresh(known);
        }
        // No audit row: the ledger transaction (kind, actor, time, "order N") is the record of this step.
        return taken.get(0);
    }

    /** Why the order could not take the voucher amount. */
    private RuntimeException refusal(Caller caller, long orderId, Voucher v, VoucherProgram p, long amountFen) {
        ServiceOrder o = orders.findByIdOptional(orderId).filter(x -> caller.isMemberOf(x.enterpriseOrganisationId))
                .orElseThrow(() -> new NotFoundException("Service order", orderId));
        if (o.status != OrderStatus.OPEN) {
            return new ConflictException("Vouchers apply to open orders only");
        }
        if (o.voucherId != null && !o.voucherId.equals(v.id)) {
            return new ConflictException("This order is already paid with another voucher");
        }
        if (!ProviderCategoryPolicy.programCovers(p, o.category)) {
            return new ConflictException("The program does not cover " + o.category);
        }
        return InvalidInputException.of("amountFen", CoFundingPolicy.refusal(o.amountFen, p.coFundingPercent,
                o.voucherAmountFen));
    }

    @Transactional
    public ServiceOrder deliver(Caller caller, long orderId) {
        ServiceOrder o = orders.lockedForProvider(caller, orderId);
        o.deliver();
        audit.record("ServiceOrder", o.id, "deliver", OrderStatus.OPEN.name(), o.status.name(), null);
        return o;
    }

    /** The enterprise cancels an open order; what a voucher reserved for it goes back to the voucher. */
    @Transactional
    public ServiceOrder cancelOrder(Caller caller, long orderId) {
        ServiceOrder o = orders.lockedForEnterprise(caller, orderId);
        o.cancel();
        if (o.voucherId != null && o.voucherAmountFen > 0) {
            Voucher v = vouchers.findByIdOptional(o.voucherId, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
            ledger.release(v, o.voucherAmountFen, "order " + o.id);
        }
        audit.record("ServiceOrder", o.id, "cancel", OrderStatus.OPEN.name(), o.status.name(),
                o.voucherAmountFen > 0 ? o.voucherAmountFen + " fen released" : null);
        return o;
    }

    public List<ServiceOrder> ordersOf(Caller caller) {
        if (caller.isStaff()) {
            return orders.find("order by id desc").page(0, VoucherRules.LIST_LIMIT).list();
        }
        return orders.find("enterpriseOrganisationId = ?1 or providerOrganisationId = ?1 order by id desc",
                caller.organisationId()).page(0, VoucherRules.LIST_LIMIT).list();
    }

    public List<ServiceOrder> ordersById(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : orders.list("id in ?1", ids);
    }

    /** An enterprise's vouchers; for staff the most recent {@link #VoucherRules.LIST_LIMIT}. */
    public List<Voucher> vouchersOf(Caller caller) {
        return caller.isStaff() ? vouchers.find("order by id desc").page(0, VoucherRules.LIST_LIMIT).list()
                : vouchers.list("organisationId = ?1 order by id desc", caller.organisationId());
    }

    /** A case or contract an order may serve: {@code value} is {@code case:id} or {@code contract:id}. */
    public record DealOption(String value, String kind, long id, String label) {
    }

    /** The enterprise's cases and contracts, newest first, for naming the one an order serves. */
    public List<DealOption> dealOptions(Caller caller) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                (SELECT 'contract', c.id, c.project_name, c.created_at FROM contract c
                  WHERE c.buyer_organisation_id = :org OR c.seller_organisation_id = :org
                  ORDER BY c.created_at DESC LIMIT 50)
                UNION ALL
                (SELECT 'case', m.id, n.title || ' ↔ ' || r.title, m.created_at FROM match_case m
                   JOIN listing n ON n.id = m.need_id JOIN listing r ON r.id = m.result_id
                  WHERE n.organisation_id = :org OR r.organisation_id = :org
                  ORDER BY m.created_at DESC LIMIT 50)
                ORDER BY 4 DESC""").setParameter("org", caller.organisationId()).getResultList();
        return rows.stream().map(r -> new DealOption(r[0] + ":" + r[1], (String) r[0], ((Number) r[1]).longValue(),
                (String) r[2])).toList();
    }

    /** The four balances of each voucher (available, reserved, redeemed, expired), read in one query. */
    public Map<Long, Map<String, Long>> balancesOf(List<Voucher> list) {
        List<Ledger.Account> accounts = new java.util.ArrayList<>();
        list.forEach(v -> accounts.addAll(List.of(Ledger.available(v.id), Ledger.reserved(v.id), Ledger.redeemed(v.id),
                Ledger.expired(v.id))));
        Map<Ledger.Account, Long> balances = ledger.balances(accounts);
        Map<Long, Map<String, Long>> byVoucher = new java.util.HashMap<>();
        for (Voucher v : list) {
            byVoucher.put(v.id, Map.of("available", balances.getOrDefault(Ledger.available(v.id), 0L),
                    "reserved", balances.getOrDefault(Ledger.reserved(v.id), 0L),
                    "redeemed", balances.getOrDefault(Ledger.redeemed(v.id), 0L),
                    "expired", balances.getOrDefault(Ledger.expired(v.id), 0L)));
        }
        return byVoucher;
    }
}

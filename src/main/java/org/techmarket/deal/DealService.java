package org.techmarket.deal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.techmarket.common.Caller;
import org.techmarket.common.NotFoundException;

/**
 * One deal followed from end to end (feature D4): the match of a need and a result, the brokered
 * case (供需对接), the technology contracts opened from it, and the service orders that serve the
 * case or its contracts with the voucher money reserved and redeemed on them — with the amounts
 * at each step. A deal is known by its case. Read across the features' tables in a few queries;
 * visible to the members of the two organisations and to staff.
 */
@ApplicationScoped
public class DealService {

    @Inject
    EntityManager em;









    public DealApi.DealView deal(Caller caller, long caseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> head = em.createNativeQuery("""
                SELECT c.id, c.status, c.created_at, c.updated_at,
                       n.id, n.title, n.organisation_id, no.name, n.budget_max_fen,
                       r.id, r.title, r.organisation_id, ro.name, r.price_fen,
                       m.score, m.explanation, m.computed_at, c.score
                  FROM match_case c
                  JOIN listing n ON n.id = c.need_id JOIN organisation no ON no.id = n.organisation_id
                  JOIN listing r ON r.id = c.result_id JOIN organisation ro ON ro.id = r.organisation_id
                  LEFT JOIN listing_match m ON m.need_id = c.need_id AND m.result_id = c.result_id
                 WHERE c.id = :id""").setParameter("id", caseId).getResultList();
        if (head.isEmpty()) {
            throw new NotFoundException("Deal", caseId);
        }
        Object[] h = head.get(0);
        long needOrg = num(h[6]);
        long resultOrg = num(h[11]);
        if (!caller.isStaff() && !caller.isMemberOf(needOrg) && !caller.isMemberOf(resultOrg)) {
            throw new NotFoundException("Deal", caseId);
        }
        DealApi.Side need = new DealApi.Side(num(h[4]), (String) h[5], needOrg, (String) h[7], numOrNull(h[8]));
        DealApi.Side result = new DealApi.Side(num(h[9]), (String) h[10], resultOrg, (String) h[12], numOrNull(h[13]));
        // The stored match's score, else the one the case was opened with, else none (a case staff opened by hand).
        Number scored = h[14] != null ? (Number) h[14] : (Number) h[17];
        Double score = scored == null ? null : scored.doubleValue();
        DealApi.Match match = new DealApi.Match(score, (String) h[15], time(h[16]));
        DealApi.CaseStep step = new DealApi.CaseStep(num(h[0]), (String) h[1], time(h[2]), time(h[3]));

        @SuppressWarnings("unchecked")
        List<Object[]> contractRows = em.createNativeQuery("""
                SELECT id, project_name, type, status, contract_amount_fen, transaction_amount_fen, registration_number,
                       approved_amount_fen
                  FROM contract WHERE case_id = :id ORDER BY id""").setParameter("id", caseId).getResultList();
        List<DealApi.ContractStep> contracts = contractRows.stream().map(r -> new DealApi.ContractStep(num(r[0]), (String) r[1],
                (String) r[2], (String) r[3], num(r[4]), num(r[5]), (String) r[6], numOrNull(r[7]))).toList();

        @SuppressWarnings("unchecked")
        List<Object[]> orderRows = em.createNativeQuery("""
                SELECT o.id, o.contract_id, p.name, o.category, o.amount_fen, o.voucher_amount_fen, o.status,
                       rd.id, rd.status, rd.amount_fen
                  FROM service_order o JOIN organisation p ON p.id = o.provider_organisation_id
                  LEFT JOIN redemption rd ON rd.order_id = o.id
                 WHERE o.case_id = :id OR o.contract_id IN (SELECT id FROM contract WHERE case_id = :id)
                 ORDER BY o.id, rd.id""").setParameter("id", caseId).getResultList();
        Map<Long, DealApi.OrderStep> orders = new LinkedHashMap<>();
        for (Object[] r : orderRows) {
            DealApi.OrderStep o = orders.computeIfAbsent(num(r[0]), id -> new DealApi.OrderStep(id, numOrNull(r[1]), (String) r[2],
                    (String) r[3], num(r[4]), num(r[5]), (String) r[6], new ArrayList<>()));
            if (r[7] != null) {
                o.redemptions().add(new DealApi.RedemptionStep(num(r[7]), (String) r[8], num(r[9])));
            }
        }
        long registered = contracts.stream().filter(c -> "REGISTERED".equals(c.status())).count();
        long registeredAmount = contracts.stream().filter(c -> "REGISTERED".equals(c.status()))
                .mapToLong(c -> c.approvedAmountFen() != null ? c.approvedAmountFen() : c.transactionAmountFen()).sum();
        long ordersAmount = orders.values().stream().filter(o -> !"CANCELLED".equals(o.status())).mapToLong(DealApi.OrderStep::amountFen).sum();
        long redeemed = orders.values().stream().flatMap(o -> o.redemptions().stream())
                .filter(r -> "APPROVED".equals(r.status())).mapToLong(DealApi.RedemptionStep::amountFen).sum();
        long reserved = orders.values().stream().filter(o -> !"REDEEMED".equals(o.status()) && !"CANCELLED".equals(o.status()))
                .mapToLong(DealApi.OrderStep::voucherAmountFen).sum();
        return new DealApi.DealView(caseId, need, result, match, step, contracts, List.copyOf(orders.values()),
                new DealApi.Totals(registered, registeredAmount, ordersAmount, reserved, redeemed));
    }


    public DealApi.FunnelView funnel() {
        Object[] r = (Object[]) em.createNativeQuery("""
                WITH deals AS (
                  SELECT c.id, c.status,
                         EXISTS (SELECT 1 FROM contract k WHERE k.case_id = c.id) AS has_contract,
                         (SELECT coalesce(sum(coalesce(k.approved_amount_fen, k.transaction_amount_fen)), 0) FROM contract k
                           WHERE k.case_id = c.id AND k.status = 'REGISTERED') AS registered_fen,
                         EXISTS (SELECT 1 FROM contract k WHERE k.case_id = c.id AND k.status = 'REGISTERED') AS registered,
                         EXISTS (SELECT 1 FROM service_order o WHERE o.case_id = c.id AND o.voucher_amount_fen > 0) AS vouchered,
                         (SELECT coalesce(sum(rd.amount_fen), 0) FROM service_order o JOIN redemption rd ON rd.order_id = o.id
                           WHERE o.case_id = c.id AND rd.status = 'APPROVED') AS redeemed_fen
                    FROM match_case c)
                SELECT count(*), count(*) FILTER (WHERE status = 'AGREED'), count(*) FILTER (WHERE has_contract),
                       count(*) FILTER (WHERE registered), count(*) FILTER (WHERE vouchered),
                       count(*) FILTER (WHERE redeemed_fen > 0), coalesce(sum(registered_fen), 0), coalesce(sum(redeemed_fen), 0)
                  FROM deals""").getSingleResult();
        return new DealApi.FunnelView(num(r[0]), num(r[1]), num(r[2]), num(r[3]), num(r[4]), num(r[5]), num(r[6]), num(r[7]));
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static Long numOrNull(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    private static OffsetDateTime time(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (o instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(o.toString());
    }
}

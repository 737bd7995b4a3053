package org.techmarket.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The market's headline figures from registered contracts: count and approved technology
 * transaction amount by year, type, field and region (prefecture), and how many came out of a
 * brokered match case (a successful match). For the statistics capability and the public API.
 */
@ApplicationScoped
public class ContractFigures {

    @Inject
    EntityManager em;

    public record Row(String dimension, String value, long contracts, long approvedAmountFen) {
    }

    public record Figures(long contracts, long approvedAmountFen, long fromMatchCases, List<Row> rows) {
    }

    public Figures registered() {
        Object[] total = (Object[]) em.createNativeQuery("""
                SELECT count(*), coalesce(sum(approved_amount_fen), 0), count(case_id)
                  FROM contract WHERE status = 'REGISTERED'""").getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT 'year', extract(year FROM decided_at)::int::text, count(*), sum(approved_amount_fen)
                  FROM contract WHERE status = 'REGISTERED' GROUP BY 2
                UNION ALL
                SELECT 'type', type, count(*), sum(approved_amount_fen) FROM contract WHERE status = 'REGISTERED' GROUP BY 2
                UNION ALL
                SELECT 'field', coalesce(field, 'UNKNOWN'), count(*), sum(approved_amount_fen)
                  FROM contract WHERE status = 'REGISTERED' GROUP BY 2
                UNION ALL
                SELECT 'region', substr(seller_region_code, 1, 4) || '00', count(*), sum(approved_amount_fen)
                  FROM contract WHERE status = 'REGISTERED' GROUP BY 2
                ORDER BY 1, 2""").getResultList();
        return new Figures(((Number) total[0]).longValue(), ((Number) total[1]).longValue(),
                ((Number) total[2]).longValue(), rows.stream().map(r -> new Row((String) r[0], (String) r[1],
                        ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList());
    }

    /** Of the given contracts, the registered ones with their approved amounts (one statement). */
    public java.util.Map<Long, Long> registeredAmounts(java.util.Collection<Long> contractIds) {
        if (contractIds.isEmpty()) {
            return java.util.Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, approved_amount_fen FROM contract
                 WHERE status = 'REGISTERED' AND id = ANY (CAST(:ids AS bigint[]))""")
                .setParameter("ids", java.util.Set.copyOf(contractIds).stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .getResultList();
        return rows.stream().collect(java.util.stream.Collectors.toMap(r -> ((Number) r[0]).longValue(),
                r -> ((Number) r[1]).longValue()));
    }
}

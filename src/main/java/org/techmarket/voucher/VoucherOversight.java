package org.techmarket.voucher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * What staff watch: redemptions that look unusual (the same enterprise–provider pair again and
 * again, round-number claims, claims exactly at the co-funding cap, claims just before the
 * deadline), and the money figures by month and program.
 */
@ApplicationScoped
public class VoucherOversight {

    /** A pair redeeming this often is flagged. */
    static final int REPEATED_PAIR = 3;
    /** Claims in whole hundreds of yuan are flagged as round numbers. */
    static final long ROUND_FEN = 10_000;
    static final int LAST_DAYS = 3;

    @Inject
    EntityManager em;

    public record Flag(long redemptionId, String flag, String detail) {
    }

    public record MonthFigure(String month, long programId, String movement, long amountFen) {
    }

    /**
     * Where a program's money stands: issued, redeemed, expired, outstanding (issued, neither redeemed
     * nor expired) and back with the program (never issued, or expired unused).
     */
    public record ProgramTotals(long programId, String name, long budgetFen, long issuedFen, long redeemedFen, long expiredFen,
            long outstandingFen, long withProgramFen) {
    }

    public List<ProgramTotals> programTotals() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.id, p.name, p.budget_fen, coalesce(m.issued, 0), coalesce(m.redeemed, 0), coalesce(m.expired, 0)
                  FROM voucher_program p LEFT JOIN (
                       SELECT t.program_id,
                              sum(e.amount_fen) FILTER (WHERE t.kind = 'ISSUE') AS issued,
                              sum(e.amount_fen) FILTER (WHERE t.kind = 'REDEEM') AS redeemed,
                              sum(e.amount_fen) FILTER (WHERE t.kind = 'EXPIRE') AS expired
                         FROM ledger_transaction t JOIN ledger_entry e ON e.transaction_id = t.id AND e.amount_fen > 0
                        GROUP BY t.program_id) m ON m.program_id = p.id
                 ORDER BY p.id""").getResultList();
        return rows.stream().map(r -> {
            long issued = ((Number) r[3]).longValue();
            long redeemed = ((Number) r[4]).longValue();
            long expired = ((Number) r[5]).longValue();
            long budget = ((Number) r[2]).longValue();
            return new ProgramTotals(((Number) r[0]).longValue(), (String) r[1], budget, issued, redeemed, expired,
                    issued - redeemed - expired, budget - issued + expired);
        }).toList();
    }

    public List<Flag> anomalies() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                WITH r AS (
                  SELECT r.id, r.amount_fen, r.created_at, o.enterprise_organisation_id AS ent, o.provider_organisation_id AS prov,
                         o.amount_fen AS order_amount, p.co_funding_percent AS pct, p.redemption_deadline AS deadline
                    FROM redemption r JOIN service_order o ON o.id = r.order_id
                    JOIN voucher v ON v.id = r.voucher_id JOIN voucher_program p ON p.id = v.program_id
                   WHERE r.status <> 'REJECTED')
                SELECT id, 'REPEATED_PAIR', pair_count::text || ' redemptions by this pair'
                  FROM (SELECT id, count(*) OVER (PARTITION BY ent, prov) AS pair_count FROM r) counted
                 WHERE pair_count >= :pair
                UNION ALL SELECT id, 'ROUND_NUMBER', amount_fen::text FROM r WHERE amount_fen % :round = 0
                UNION ALL SELECT id, 'AT_CAP', amount_fen::text FROM r WHERE amount_fen = order_amount * pct / 100
                UNION ALL SELECT id, 'NEAR_DEADLINE', deadline::text FROM r WHERE created_at::date >= deadline - :days
                ORDER BY 1, 2""")
                .setParameter("pair", REPEATED_PAIR).setParameter("round", ROUND_FEN).setParameter("days", LAST_DAYS)
                .getResultList();
        return rows.stream().map(r -> new Flag(((Number) r[0]).longValue(), (String) r[1], (String) r[2])).toList();
    }

    /** Issued, reserved, released, redeemed and expired amounts by month and program, from the ledger. */
    public List<MonthFigure> figures() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT to_char(t.created_at, 'YYYY-MM'), t.program_id, t.kind, sum(e.amount_fen)
                  FROM ledger_transaction t JOIN ledger_entry e ON e.transaction_id = t.id AND e.amount_fen > 0
                 WHERE t.kind <> 'FUND'
                 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""").getResultList();
        return rows.stream().map(r -> new MonthFigure((String) r[0], ((Number) r[1]).longValue(), (String) r[2],
                ((Number) r[3]).longValue())).toList();
    }
}

package org.techmarket.voucher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * What staff watch: redemptions that look unusual, and the money figures by month and program.
 * Flags are meant to be rare (on the demo data, fewer than one claim in five carries one), each
 * with its reason in words:
 * <ul>
 * <li>{@code REPEATED_PAIR}: the third or later claim of one enterprise at one provider within 90 days;</li>
 * <li>{@code NEAR_DEADLINE}: claimed in the last 3 days before the program's redemption deadline;</li>
 * <li>{@code SHARED_CONTACT}: provider and enterprise share a contact phone or e-mail (their own or a member's);</li>
 * <li>{@code SPLIT_CLAIMS}: two or more claims of one pair within 3 days, each under ¥50,000, together at or above it;</li>
 * <li>{@code PROVIDER_BURST}: five or more claims at one provider on one day.</li>
 * </ul>
 */
@ApplicationScoped
public class VoucherOversight {

    /** A pair's claim is flagged from this one on within {@link #PAIR_DAYS} days. */
    static final int REPEATED_PAIR = 3;
    static final int PAIR_DAYS = 90;
    /** Claims below this, split within {@link #SPLIT_DAYS} days, that together reach it. */
    static final long LARGE_CLAIM_FEN = 5_000_000;
    static final int SPLIT_DAYS = 3;
    /** Claims at one provider in one day from which each is flagged. */
    static final int PROVIDER_DAY = 5;

    @Inject
    EntityManager em;

    /**
     * One flag on one redemption. {@code count}: the pair's claims within 90 days, the days left,
     * the claims split, or the provider's claims that day; {@code amountFen}: the split claims' sum.
     */
    public record Flag(long redemptionId, String flag, long count, long amountFen, String reason) {
    }

    public record MonthFigure(String month, long programId, String programName, String movement, long amountFen) {
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
                         p.redemption_deadline AS deadline
                    FROM redemption r JOIN service_order o ON o.id = r.order_id
                    JOIN voucher v ON v.id = r.voucher_id JOIN voucher_program p ON p.id = v.program_id
                   WHERE r.status <> 'REJECTED'),
                contacts AS (
                  SELECT id AS org, regexp_replace(contact_phone, '[^0-9]', '', 'g') AS phone, lower(contact_email) AS email
                    FROM organisation
                  UNION SELECT organisation_id, regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g'), lower(email)
                    FROM user_account)
                SELECT a.id, 'REPEATED_PAIR', count(*), 0
                  FROM r a JOIN r b ON b.ent = a.ent AND b.prov = a.prov AND (b.created_at, b.id) <= (a.created_at, a.id)
                                   AND b.created_at > a.created_at - make_interval(days => :pairDays)
                 GROUP BY a.id HAVING count(*) >= :pair
                UNION ALL
                SELECT id, 'NEAR_DEADLINE', deadline - created_at::date, 0 FROM r
                 WHERE created_at::date > deadline - :days
                UNION ALL
                SELECT r.id, 'SHARED_CONTACT', 1, 0 FROM r
                 WHERE EXISTS (SELECT 1 FROM contacts ce JOIN contacts cp
                                 ON (ce.phone <> '' AND ce.phone = cp.phone) OR (ce.email <> '' AND ce.email = cp.email)
                                WHERE ce.org = r.ent AND cp.org = r.prov)
                UNION ALL
                SELECT a.id, 'SPLIT_CLAIMS', count(*), sum(b.amount_fen)
                  FROM r a JOIN r b ON b.ent = a.ent AND b.prov = a.prov AND b.amount_fen < :large
                                   AND b.created_at BETWEEN a.created_at - make_interval(days => :splitDays)
                                                        AND a.created_at + make_interval(days => :splitDays)
                 WHERE a.amount_fen < :large
                 GROUP BY a.id HAVING count(*) >= 2 AND sum(b.amount_fen) >= :large
                UNION ALL
                SELECT id, 'PROVIDER_BURST', n, 0
                  FROM (SELECT id, count(*) OVER (PARTITION BY prov, created_at::date) AS n FROM r) d WHERE n >= :burst
                ORDER BY 1, 2""")
                .setParameter("pair", REPEATED_PAIR).setParameter("pairDays", PAIR_DAYS)
                .setParameter("days", UseDeadlinePolicy.NEAR_DEADLINE_DAYS)
                .setParameter("large", LARGE_CLAIM_FEN).setParameter("splitDays", SPLIT_DAYS)
                .setParameter("burst", PROVIDER_DAY).getResultList();
        return rows.stream().map(r -> {
            String flag = (String) r[1];
            long count = ((Number) r[2]).longValue();
            long amount = ((Number) r[3]).longValue();
            return new Flag(((Number) r[0]).longValue(), flag, count, amount, reason(flag, count, amount));
        }).toList();
    }

    /** The reason in words, for API clients (pages show the same in the reader's language). */
    static String reason(String flag, long count, long amountFen) {
        return switch (flag) {
            case "REPEATED_PAIR" -> "claim number " + count + " of this enterprise at this provider within " + PAIR_DAYS + " days";
            case "NEAR_DEADLINE" -> count + " day(s) before the program's redemption deadline";
            case "SHARED_CONTACT" -> "the provider and the enterprise share a contact phone or e-mail";
            case "SPLIT_CLAIMS" -> count + " claims of this pair within " + SPLIT_DAYS + " days, each under "
                    + LARGE_CLAIM_FEN / 100 + " yuan, together " + amountFen / 100 + " yuan";
            case "PROVIDER_BURST" -> count + " claims at this provider on one day";
            default -> flag;
        };
    }

    /** Issued, reserved, released, redeemed and expired amounts by month and program, from the ledger (deposits are not vouchers). */
    public List<MonthFigure> figures() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT to_char(t.created_at, 'YYYY-MM'), t.program_id, p.name, t.kind, sum(e.amount_fen)
                  FROM ledger_transaction t JOIN ledger_entry e ON e.transaction_id = t.id AND e.amount_fen > 0
                  JOIN voucher_program p ON p.id = t.program_id
                 WHERE t.kind <> 'FUND'
                 GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 4""").getResultList();
        return rows.stream().map(r -> new MonthFigure((String) r[0], ((Number) r[1]).longValue(), (String) r[2],
                (String) r[3], ((Number) r[4]).longValue())).toList();
    }
}

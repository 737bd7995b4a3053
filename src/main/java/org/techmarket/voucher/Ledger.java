package org.techmarket.voucher;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.techmarket.common.ConflictException;
import org.techmarket.common.IdentityAttributes;

/**
 * The voucher ledger: append-only, double-entry. Every transaction's entries sum to zero; account
 * balances are kept beside the entries in the same transaction, locked in name order (so that two
 * transactions never wait on each other in a circle), and only a program's funding account may go
 * below zero. Accounts: {@code program:P:funding}, {@code program:P:unissued},
 * {@code voucher:V:available|reserved|redeemed|expired}.
 */
@ApplicationScoped
public class Ledger {

    @Inject
    EntityManager em;

    @Inject
    SecurityIdentity identity;

    public static String funding(long program) {
        return "program:" + program + ":funding";
    }

    public static String unissued(long program) {
        return "program:" + program + ":unissued";
    }

    public static String available(long voucher) {
        return "voucher:" + voucher + ":available";
    }

    public static String reserved(long voucher) {
        return "voucher:" + voucher + ":reserved";
    }

    public static String redeemed(long voucher) {
        return "voucher:" + voucher + ":redeemed";
    }

    public static String expired(long voucher) {
        return "voucher:" + voucher + ":expired";
    }

    /**
     * Moves money: the movements must sum to zero; refuses (409) any that would take an account below
     * zero. One call of the database function {@code ledger_post} (migration V8) creates missing
     * accounts, locks them in name order, checks and writes the transaction, entries and balances.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long post(String kind, long programId, Long voucherId, String reference, Map<String, Long> movements) {
        long sum = movements.values().stream().mapToLong(Long::longValue).sum();
        if (sum != 0 || movements.values().stream().anyMatch(v -> v == 0)) {
            throw new IllegalStateException("unbalanced ledger transaction " + kind + ": " + movements);
        }
        TreeMap<String, Long> ordered = new TreeMap<>(movements);
        Object[] row = (Object[]) em.createNativeQuery("SELECT transaction_id, short_account FROM ledger_post(cast(:kind AS varchar),"
                + " cast(:program AS bigint), cast(:voucher AS bigint), cast(:ref AS varchar), cast(:actor AS varchar),"
                + " cast(string_to_array(:names, ',') AS varchar[]), cast(string_to_array(:amounts, ',') AS bigint[]))")
                .setParameter("kind", kind).setParameter("program", programId).setParameter("voucher", voucherId)
                .setParameter("ref", reference).setParameter("actor", actor())
                .setParameter("names", String.join(",", ordered.keySet()))
                .setParameter("amounts", ordered.values().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .getSingleResult();
        if (row[0] == null) {
            throw new NotEnoughMoney((String) row[1], kind);
        }
        return ((Number) row[0]).longValue();
    }

    /** The ledger refused a movement: the account would go below zero (409 unless the caller says better). */
    public static class NotEnoughMoney extends ConflictException {
        public final String account;

        NotEnoughMoney(String account, String kind) {
            super("Not enough money in " + account + " for " + kind);
            this.account = account;
        }
    }

    public long balance(String account) {
        List<?> r = em.createNativeQuery("SELECT balance_fen FROM ledger_account WHERE name = :name")
                .setParameter("name", account).getResultList();
        return r.isEmpty() ? 0 : ((Number) r.get(0)).longValue();
    }

    /** The balances of the named accounts that exist (one query). */
    @SuppressWarnings("unchecked")
    public Map<String, Long> balances(java.util.Collection<String> accounts) {
        if (accounts.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> balances = new java.util.HashMap<>();
        ((List<Object[]>) em.createNativeQuery("SELECT name, balance_fen FROM ledger_account WHERE name IN (:names)")
                .setParameter("names", List.copyOf(accounts)).getResultList())
                .forEach(r -> balances.put((String) r[0], ((Number) r[1]).longValue()));
        return balances;
    }

    /** A break of the ledger's rules, as the invariant check reports it. */
    public record Break(String rule, String subject, String detail) {
    }

    /**
     * Checks the whole ledger: every transaction sums to zero; balances equal the sum of their
     * entries and none but funding is negative; per voucher issued = available + reserved +
     * redeemed + expired; per program budget = unissued + what its vouchers hold.
     */
    @Transactional
    public List<Break> check() {
        List<Break> breaks = new ArrayList<>();
        rows("SELECT transaction_id::text, sum(amount_fen)::text FROM ledger_entry GROUP BY transaction_id"
                + " HAVING sum(amount_fen) <> 0").forEach(r -> breaks.add(new Break("entries sum to zero",
                        "transaction " + r[0], "sum " + r[1])));
        rows("SELECT a.name, a.balance_fen::text, coalesce(sum(e.amount_fen), 0)::text FROM ledger_account a"
                + " LEFT JOIN ledger_entry e ON e.account = a.name GROUP BY a.name, a.balance_fen"
                + " HAVING a.balance_fen <> coalesce(sum(e.amount_fen), 0)").forEach(r -> breaks.add(
                        new Break("balance equals entries", (String) r[0], r[1] + " vs " + r[2])));
        rows("SELECT name, balance_fen::text FROM ledger_account WHERE balance_fen < 0 AND NOT may_be_negative")
                .forEach(r -> breaks.add(new Break("no negative balance", (String) r[0], (String) r[1])));
        // Per voucher and per program, in one pass over the accounts (names are owner:id:bucket).
        rows("""
                WITH held AS (
                  SELECT split_part(name, ':', 2)::bigint AS voucher_id, sum(balance_fen) AS fen
                    FROM ledger_account WHERE name LIKE 'voucher:%' GROUP BY 1),
                issued AS (
                  SELECT t.voucher_id, sum(e.amount_fen) AS fen
                    FROM ledger_transaction t JOIN ledger_entry e ON e.transaction_id = t.id AND e.amount_fen > 0
                   WHERE t.kind = 'ISSUE' GROUP BY 1)
                SELECT v.id::text, coalesce(i.fen, 0)::text, coalesce(h.fen, 0)::text
                  FROM voucher v LEFT JOIN issued i ON i.voucher_id = v.id LEFT JOIN held h ON h.voucher_id = v.id
                 WHERE coalesce(i.fen, 0) <> coalesce(h.fen, 0)""").forEach(r -> breaks.add(
                        new Break("issued = available + reserved + redeemed + expired", "voucher " + r[0],
                                r[1] + " vs " + r[2])));
        rows("""
                WITH held AS (
                  SELECT v.program_id, sum(a.balance_fen) AS fen
                    FROM ledger_account a JOIN voucher v ON v.id = split_part(a.name, ':', 2)::bigint
                   WHERE a.name LIKE 'voucher:%' GROUP BY 1),
                unissued AS (
                  SELECT split_part(name, ':', 2)::bigint AS program_id, balance_fen AS fen
                    FROM ledger_account WHERE name LIKE 'program:%:unissued')
                SELECT p.id::text, p.budget_fen::text, (coalesce(u.fen, 0) + coalesce(h.fen, 0))::text
                  FROM voucher_program p LEFT JOIN unissued u ON u.program_id = p.id LEFT JOIN held h ON h.program_id = p.id
                 WHERE p.status <> 'DRAFT' AND p.budget_fen <> coalesce(u.fen, 0) + coalesce(h.fen, 0)""").forEach(r -> breaks.add(
                        new Break("budget = unissued + vouchers", "program " + r[0], r[1] + " vs " + r[2])));
        return breaks;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    private String actor() {
        return IdentityAttributes.username(identity);
    }
}

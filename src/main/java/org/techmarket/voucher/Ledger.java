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
 * transactions never wait on each other in a circle), and only an account whose money comes from
 * outside (a program's funding, an auction's receipts) may go below zero. Money moves only by the
 * named {@link Movement}s below; an {@link Account} is typed (owner kind, owner id, bucket), stored
 * under its name with the typed columns beside it (migration V15).
 */
@ApplicationScoped
public class Ledger {

    @Inject
    EntityManager em;

    @Inject
    SecurityIdentity identity;

    /** Who an account belongs to. */
    public enum Owner {
        PROGRAM, VOUCHER, AUCTION, BIDDER;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What the money of an account is. */
    public enum Bucket {
        /** A program's source: negative by the budget once funded. */
        FUNDING(Owner.PROGRAM),
        /** A program's budget not yet issued as vouchers. */
        UNISSUED(Owner.PROGRAM),
        /** A voucher's money that may be reserved for orders. */
        AVAILABLE(Owner.VOUCHER),
        /** A voucher's money held for orders until redeemed or released. */
        RESERVED(Owner.VOUCHER),
        /** A voucher's money paid to providers. */
        REDEEMED(Owner.VOUCHER),
        /** A voucher's money left at its use deadline. */
        EXPIRED(Owner.VOUCHER),
        /** An auction's source: deposits paid in from bank transfers (negative by what is held). */
        RECEIPTS(Owner.AUCTION),
        /** An auction's deposits credited to the price of the winning bid. */
        SETTLEMENT(Owner.AUCTION),
        /** An auction's deposits kept from a bidder who defaulted. */
        FORFEITED(Owner.AUCTION),
        /** A bidder's deposit held in escrow for an auction. */
        DEPOSIT(Owner.BIDDER);

        final Owner owner;

        Bucket(Owner owner) {
            this.owner = owner;
        }
    }

    /** An account: its owner, the owner's id, its bucket; stored as {@code owner:id:bucket}. */
    public record Account(Owner owner, long ownerId, Bucket bucket) {
        public Account {
            if (bucket.owner != owner) {
                throw new IllegalArgumentException(bucket + " is not an account of a " + owner);
            }
        }

        public String name() {
            return owner.code() + ":" + ownerId + ":" + bucket.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static Account funding(long program) {
        return new Account(Owner.PROGRAM, program, Bucket.FUNDING);
    }

    public static Account unissued(long program) {
        return new Account(Owner.PROGRAM, program, Bucket.UNISSUED);
    }

    public static Account available(long voucher) {
        return new Account(Owner.VOUCHER, voucher, Bucket.AVAILABLE);
    }

    public static Account reserved(long voucher) {
        return new Account(Owner.VOUCHER, voucher, Bucket.RESERVED);
    }

    public static Account redeemed(long voucher) {
        return new Account(Owner.VOUCHER, voucher, Bucket.REDEEMED);
    }

    public static Account expired(long voucher) {
        return new Account(Owner.VOUCHER, voucher, Bucket.EXPIRED);
    }

    /**
     * The ways money moves, each from one bucket to another. The voucher movements: a program is
     * funded, vouchers issued from its budget, voucher money reserved for an order, released back,
     * redeemed to the provider, or expired at the use deadline. The deposit movements (online
     * trading): a bidder's deposit paid in (from the auction's receipts into the bidder's escrow),
     * refunded to a losing bidder, credited to the price of the winning bid, or forfeited.
     */
    public enum Movement {
        FUND(Bucket.FUNDING, Bucket.UNISSUED),
        ISSUE(Bucket.UNISSUED, Bucket.AVAILABLE),
        RESERVE(Bucket.AVAILABLE, Bucket.RESERVED),
        RELEASE(Bucket.RESERVED, Bucket.AVAILABLE),
        REDEEM(Bucket.RESERVED, Bucket.REDEEMED),
        EXPIRE(Bucket.AVAILABLE, Bucket.EXPIRED),
        DEPOSIT_PAY(Bucket.RECEIPTS, Bucket.DEPOSIT),
        DEPOSIT_REFUND(Bucket.DEPOSIT, Bucket.RECEIPTS),
        DEPOSIT_APPLY(Bucket.DEPOSIT, Bucket.SETTLEMENT),
        DEPOSIT_FORFEIT(Bucket.DEPOSIT, Bucket.FORFEITED);

        final Bucket from;
        final Bucket to;

        Movement(Bucket from, Bucket to) {
            this.from = from;
            this.to = to;
        }
    }

    /** FUND: a program's budget becomes issuable. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long fund(long programId, long budgetFen) {
        return move(Movement.FUND, programId, null, "program " + programId, funding(programId), unissued(programId),
                budgetFen);
    }

    /** ISSUE: a voucher's face value, from its program's unissued budget (refused beyond it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long issue(long programId, long voucherId, long fen, String reference) {
        return move(Movement.ISSUE, programId, voucherId, reference, unissued(programId), available(voucherId), fen);
    }

    /** RESERVE: voucher money held for an order (refused beyond what is available). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long reserve(Voucher v, long fen, String reference) {
        return move(Movement.RESERVE, v.programId, v.id, reference, available(v.id), reserved(v.id), fen);
    }

    /** RELEASE: money held for an order goes back to the voucher (the order cancelled, its claim rejected). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long release(Voucher v, long fen, String reference) {
        return move(Movement.RELEASE, v.programId, v.id, reference, reserved(v.id), available(v.id), fen);
    }

    /** REDEEM: money held for an order is paid to its provider. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long redeem(Voucher v, long fen, String reference) {
        return move(Movement.REDEEM, v.programId, v.id, reference, reserved(v.id), redeemed(v.id), fen);
    }

    /** EXPIRE: what is left available at the use deadline. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long expire(Voucher v, long fen, String reference) {
        return move(Movement.EXPIRE, v.programId, v.id, reference, available(v.id), expired(v.id), fen);
    }

    /** DEPOSIT_PAY, DEPOSIT_REFUND, DEPOSIT_APPLY or DEPOSIT_FORFEIT between an auction and one of its bidders. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long deposit(Movement movement, long auctionId, long bidderId, long fen, String reference) {
        Account bidder = new Account(Owner.BIDDER, bidderId, Bucket.DEPOSIT);
        Account auction = new Account(Owner.AUCTION, auctionId,
                movement.from == Bucket.DEPOSIT ? movement.to : movement.from);
        if (movement.from == Bucket.DEPOSIT) {
            return move(movement, null, null, reference, bidder, auction, fen);
        }
        if (movement.to == Bucket.DEPOSIT) {
            return move(movement, null, null, reference, auction, bidder, fen);
        }
        throw new IllegalArgumentException(movement + " is not a deposit movement");
    }

    private long move(Movement movement, Long programId, Long voucherId, String reference, Account from, Account to,
            long fen) {
        if (from.bucket() != movement.from || to.bucket() != movement.to || fen <= 0) {
            throw new IllegalStateException("not a " + movement + ": " + fen + " from " + from.name() + " to " + to.name());
        }
        return post(movement.name(), programId, voucherId, reference, Map.of(from.name(), -fen, to.name(), fen));
    }

    /**
     * Moves money: the movements must sum to zero; refuses (409) any that would take an account below
     * zero. One call of the database function {@code ledger_post} (migrations V8, V15) creates missing
     * accounts, locks them in name order, checks and writes the transaction, entries and balances.
     */
    private long post(String kind, Long programId, Long voucherId, String reference, Map<String, Long> movements) {
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

    public long balance(Account account) {
        List<?> r = em.createNativeQuery("SELECT balance_fen FROM ledger_account WHERE name = :name")
                .setParameter("name", account.name()).getResultList();
        return r.isEmpty() ? 0 : ((Number) r.get(0)).longValue();
    }

    /** The balances of the accounts that exist (one query); an account never moved is absent. */
    @SuppressWarnings("unchecked")
    public Map<Account, Long> balances(java.util.Collection<Account> accounts) {
        if (accounts.isEmpty()) {
            return Map.of();
        }
        Map<String, Account> byName = new java.util.HashMap<>();
        accounts.forEach(a -> byName.put(a.name(), a));
        Map<Account, Long> balances = new java.util.HashMap<>();
        ((List<Object[]>) em.createNativeQuery("SELECT name, balance_fen FROM ledger_account WHERE name IN (:names)")
                .setParameter("names", List.copyOf(byName.keySet())).getResultList())
                .forEach(r -> balances.put(byName.get((String) r[0]), ((Number) r[1]).longValue()));
        return balances;
    }

    /** A break of the ledger's rules, as the invariant check reports it. */
    public record Break(String rule, String subject, String detail) {
    }

    /**
     * Checks the whole ledger: every transaction sums to zero; balances equal the sum of their
     * entries and none but funding is negative; per voucher issued = available + reserved +
     * redeemed + expired; per program budget = unissued + what its vouchers hold. Deposits are
     * covered by the first three rules (their receipts account is the only one that may go negative).
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
        // Per voucher and per program, in one pass over the accounts (by their typed columns).
        rows("""
                WITH held AS (
                  SELECT owner_id AS voucher_id, sum(balance_fen) AS fen
                    FROM ledger_account WHERE owner_kind = 'voucher' GROUP BY 1),
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
                    FROM ledger_account a JOIN voucher v ON v.id = a.owner_id
                   WHERE a.owner_kind = 'voucher' GROUP BY 1),
                unissued AS (
                  SELECT owner_id AS program_id, balance_fen AS fen
                    FROM ledger_account WHERE owner_kind = 'program' AND bucket = 'unissued')
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

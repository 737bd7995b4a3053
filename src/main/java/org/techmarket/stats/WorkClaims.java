package org.techmarket.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The table {@code work_claim}: one claim per (queue kind, item id), taken and released by native SQL
 * because the database decides a race (a conditional insert on the primary key). Reading the
 * holders' names joins {@code user_account}, read-only, as the workbench's read model.
 * A claim taken before its item (re-)entered the queue ({@code since}) is stale: not honoured, replaced when taken again.
 */
@ApplicationScoped
public class WorkClaims {

    @Inject
    EntityManager em;

    /**
     * Takes the item for the user unless somebody holds a claim at least as recent as {@code since}
     * (the user included): true when the claim is now the user's by this call.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryTake(WorkKind kind, long itemId, long userId, OffsetDateTime since) {
        return em.createNativeQuery("""
                INSERT INTO work_claim (kind, item_id, user_id, claimed_at) VALUES (:kind, :item, :user, :now)
                ON CONFLICT (kind, item_id) DO UPDATE SET user_id = excluded.user_id, claimed_at = excluded.claimed_at
                 WHERE work_claim.claimed_at < :since""")
                .setParameter("kind", kind.name()).setParameter("item", itemId).setParameter("user", userId)
                .setParameter("now", OffsetDateTime.now()).setParameter("since", since)
                .executeUpdate() == 1;
    }

    /** Releases the user's own claim: false when the user holds none on the item. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean release(WorkKind kind, long itemId, long userId) {
        return em.createNativeQuery("DELETE FROM work_claim WHERE kind = :kind AND item_id = :item AND user_id = :user")
                .setParameter("kind", kind.name()).setParameter("item", itemId).setParameter("user", userId)
                .executeUpdate() == 1;
    }

    /** The claim on one item, stale or not. */
    public Optional<WorkClaim> holder(WorkKind kind, long itemId, long readerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.kind, c.item_id, c.user_id, u.display_name, c.claimed_at
                  FROM work_claim c JOIN user_account u ON u.id = c.user_id
                 WHERE c.kind = :kind AND c.item_id = :item""")
                .setParameter("kind", kind.name()).setParameter("item", itemId).getResultList();
        return rows.stream().findFirst().map(r -> claim(r, readerId));
    }

    /** The claims on any item with one of these ids (of any kind), in one statement whatever their number. */
    public List<WorkClaim> onItems(Collection<Long> itemIds, long readerId) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.kind, c.item_id, c.user_id, u.display_name, c.claimed_at
                  FROM work_claim c JOIN user_account u ON u.id = c.user_id
                 WHERE c.item_id = ANY (CAST(:ids AS bigint[]))""")
                .setParameter("ids", itemIds.stream().distinct().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .getResultList();
        return rows.stream().map(r -> claim(r, readerId)).toList();
    }

    private static WorkClaim claim(Object[] r, long readerId) {
        long userId = ((Number) r[2]).longValue();
        return new WorkClaim(WorkKind.valueOf((String) r[0]), ((Number) r[1]).longValue(), userId, (String) r[3],
                time(r[4]), userId == readerId);
    }

    private static OffsetDateTime time(Object o) {
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (o instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(o.toString());
    }
}

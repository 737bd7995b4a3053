package org.techmarket.matching;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.techmarket.common.ClusterLock;
import org.techmarket.listing.ListingService;
import org.techmarket.listing.ListingText;

/**
 * Computes and stores the listings' text embeddings, in the background only: for listings taken
 * from the match refresh queue (so a new or edited listing has its vector within seconds), and
 * a batch at a time for published listings that have none from the current model (after an
 * import, or a new model), once per cluster. A text embedded before is not embedded again.
 */
@ApplicationScoped
public class ListingEmbeddings {

    private static final Logger LOG = Logger.getLogger(ListingEmbeddings.class);
    static final String JOB = "embedding-backfill";
    static final int BATCH = 32;

    @Inject
    EntityManager em;

    @Inject
    TextEmbedder embedder;

    @Inject
    ListingVectors vectors;

    @Inject
    ListingService listings;

    @Inject
    ClusterLock lock;

    /** Texts computed by the model since start (for tests and logs). */
    final java.util.concurrent.atomic.AtomicLong computedTexts = new java.util.concurrent.atomic.AtomicLong();
    /** Listings up to this id have been looked at; new listings have higher ids, so each run starts here. */
    private volatile long backfillAfter;

    /** What is embedded: title, keywords and summary (a need without summary: its description), cut to the model. */
    static String text(ListingText l) {
        StringBuilder s = new StringBuilder(l.title() == null ? "" : l.title().strip());
        String keywords = l.keywords() == null ? "" : String.join("，", l.keywords()).strip();
        if (!keywords.isEmpty()) {
            s.append("。").append(keywords);
        }
        String body = l.summary() != null && !l.summary().isBlank() ? l.summary() : l.description();
        if (body != null && !body.isBlank()) {
            s.append("。").append(body.strip());
        }
        return s.toString();
    }

    /**
     * Embeds the listings whose text changed (or that have no vector of the current model) and
     * stores them, in the caller's transaction; listings no longer published are marked inactive.
     * This instance's index takes the change when the transaction commits.
     * Returns how many listings got a new vector (computed, or shared with an identical text).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int embed(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        Map<Long, Object[]> stored = stored(ids);
        List<ListingText> toEmbed = new ArrayList<>();
        List<byte[]> hashes = new ArrayList<>();
        // This instance's index changes when the transaction commits (the others read the rows at their next sync).
        List<Runnable> onCommit = new ArrayList<>();
        afterCommit(onCommit);
        for (ListingText l : listings.texts(ids)) {
            String text = text(l);
            if (!l.published() || text.isBlank()) {
                // Out of the index everywhere: the row stays (its text may come back), inactive.
                em.createNativeQuery("UPDATE listing_embedding SET active = false, computed_at = clock_timestamp()"
                        + " WHERE listing_id = :id AND active").setParameter("id", l.id()).executeUpdate();
                onCommit.add(() -> vectors.apply(l.id(), l.kind(), false, null));
                continue;
            }
            byte[] hash = sha256(embedder.model() + "\n" + text);
            Object[] row = stored.get(l.id());
            if (row != null && Arrays.equals(hash, (byte[]) row[0])) {
                // Same text, same model: published again, it needs no new vector.
                if (!(Boolean) row[2]) {
                    em.createNativeQuery("UPDATE listing_embedding SET active = true, computed_at = clock_timestamp()"
                            + " WHERE listing_id = :id").setParameter("id", l.id()).executeUpdate();
                }
                float[] v = ListingVectors.decode((byte[]) row[1]);
                onCommit.add(() -> vectors.apply(l.id(), l.kind(), true, v));
                continue;
            }
            toEmbed.add(l);
            hashes.add(hash);
        }
        if (toEmbed.isEmpty()) {
            return 0;
        }
        // Each distinct text once: a text stored before (another listing with the same words) is not computed again.
        Map<String, float[]> byHash = known(hashes);
        List<String> texts = new ArrayList<>();
        List<String> textHashes = new ArrayList<>();
        for (int i = 0; i < toEmbed.size(); i++) {
            String h = HexFormat.of().formatHex(hashes.get(i));
            if (!byHash.containsKey(h) && !textHashes.contains(h)) {
                texts.add(text(toEmbed.get(i)));
                textHashes.add(h);
            }
        }
        List<float[]> computed = texts.isEmpty() ? List.of() : embedder.embed(texts);
        for (int i = 0; i < computed.size(); i++) {
            byHash.put(textHashes.get(i), computed.get(i));
        }
        for (int i = 0; i < toEmbed.size(); i++) {
            ListingText l = toEmbed.get(i);
            float[] v = byHash.get(HexFormat.of().formatHex(hashes.get(i)));
            em.createNativeQuery("""
                    INSERT INTO listing_embedding (listing_id, kind, active, model, content_hash, vector, computed_at)
                    VALUES (:id, :kind, true, :model, :hash, :vector, clock_timestamp())
                    ON CONFLICT (listing_id) DO UPDATE SET kind = excluded.kind, active = true, model = excluded.model,
                        content_hash = excluded.content_hash, vector = excluded.vector, computed_at = excluded.computed_at""")
                    .setParameter("id", l.id()).setParameter("kind", l.kind().name())
                    .setParameter("model", embedder.model()).setParameter("hash", hashes.get(i))
                    .setParameter("vector", ListingVectors.encode(v)).executeUpdate();
            onCommit.add(() -> vectors.apply(l.id(), l.kind(), true, v));
        }
        computedTexts.addAndGet(computed.size());
        return toEmbed.size();
    }

    /** Published listings without a vector of the current model, a batch at a time, once per cluster. */
    @Scheduled(every = "10s", delay = 10, delayUnit = java.util.concurrent.TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void backfill() {
        long start = System.nanoTime();
        int embedded = 0;
        int batch;
        try {
            while ((batch = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(this::backfillBatch)) > 0) {
                embedded += batch;
            }
        } catch (RuntimeException e) {
            LOG.warn("Embedding listings failed; will retry", e);
        }
        if (embedded > 0) {
            LOG.infof("Embedded %d listings in %d ms", embedded, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** One batch: the number of listings looked at, 0 when none is left (or another instance holds the job). */
    int backfillBatch() {
        if (!lock.tryLockForTransaction(JOB)) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                SELECT l.id FROM listing l
                 WHERE l.id > :after AND l.status = 'PUBLISHED'
                   AND NOT EXISTS (SELECT 1 FROM listing_embedding e WHERE e.listing_id = l.id AND e.model = :model)
                 ORDER BY l.id LIMIT :batch""")
                .setParameter("after", backfillAfter).setParameter("model", embedder.model())
                .setParameter("batch", BATCH).getResultList();
        if (ids.isEmpty()) {
            // Everything up to the newest listing has a vector: the next runs look only at listings stored after it
            // (without this, each run would scan the whole table again to find nothing).
            Number newest = (Number) em.createNativeQuery("SELECT coalesce(max(id), 0) FROM listing").getSingleResult();
            backfillAfter = Math.max(backfillAfter, newest.longValue());
            return 0;
        }
        List<Long> batch = ids.stream().map(Number::longValue).toList();
        embed(batch);
        // Past this batch, whatever happened to it: a listing with empty text gets no vector and is passed over.
        backfillAfter = batch.get(batch.size() - 1);
        return batch.size();
    }

    /** Looks at every listing again from the first (a staff recomputation: after a model change, say). */
    public void backfillAgain() {
        backfillAfter = 0;
    }

    @Inject
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    private void afterCommit(List<Runnable> actions) {
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                    actions.forEach(Runnable::run);
                }
            }
        });
    }

    /** Vectors stored for any of these texts (by hex hash). */
    private Map<String, float[]> known(List<byte[]> hashes) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT DISTINCT ON (content_hash) content_hash, vector"
                + " FROM listing_embedding WHERE model = :model AND content_hash = ANY"
                + " (SELECT decode(h, 'hex') FROM unnest(CAST(:hashes AS text[])) h)")
                .setParameter("hashes", "{" + String.join(",", hashes.stream().map(HexFormat.of()::formatHex).toList()) + "}")
                .setParameter("model", embedder.model()).getResultList();
        Map<String, float[]> out = new HashMap<>();
        rows.forEach(r -> out.put(HexFormat.of().formatHex((byte[]) r[0]), ListingVectors.decode((byte[]) r[1])));
        return out;
    }

    /** The stored hash, vector and active flag of each listing's vector of the current model. */
    private Map<Long, Object[]> stored(Collection<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT listing_id, content_hash, vector, active"
                + " FROM listing_embedding WHERE listing_id IN (:ids) AND model = :model")
                .setParameter("ids", ids).setParameter("model", embedder.model()).getResultList();
        Map<Long, Object[]> out = new HashMap<>();
        rows.forEach(r -> out.put(((Number) r[0]).longValue(), new Object[] {r[1], r[2], r[3]}));
        return out;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

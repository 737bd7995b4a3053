package org.techmarket.matching;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.techmarket.listing.ListingKind;

/**
 * This instance's vector index of the published listings, one per kind: rebuilt from
 * {@code listing_embedding} at start (in the background: until it is ready, matching uses words
 * only) and kept current by reading the rows changed since it last looked, so that a vector
 * computed on another instance reaches this one within seconds.
 */
@ApplicationScoped
public class ListingVectors {

    private static final Logger LOG = Logger.getLogger(ListingVectors.class);
    /** Rows are read again this far back: a row is stamped before its transaction commits. */
    static final Duration OVERLAP = Duration.ofSeconds(30);

    @Inject
    DataSource dataSource;

    @Inject
    TextEmbedder embedder;

    private final Map<ListingKind, VectorIndex> indexes = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean ready;
    private final java.util.concurrent.atomic.AtomicBoolean loading = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile Instant seenUpTo = Instant.EPOCH;

    /** The empty indexes exist before any startup observer runs: demo data may match listings while they load. */
    @jakarta.annotation.PostConstruct
    void create() {
        for (ListingKind kind : ListingKind.values()) {
            indexes.put(kind, new VectorIndex(embedder.dimensions(), 16));
        }
    }

    void start(@Observes StartupEvent event) {
        Thread loader = new Thread(this::load, "vector-index-load");
        loader.setDaemon(true);
        loader.start();
    }

    /** Whether the index has been loaded from the database (before that, matching uses words only). */
    public boolean ready() {
        return ready;
    }

    public int size(ListingKind kind) {
        return indexes.get(kind).size();
    }

    java.util.Set<Long> ids(ListingKind kind) {
        return indexes.get(kind).ids();
    }

    /** Rebuilds the index from the stored vectors, sized to them. */
    void load() {
        if (!loading.compareAndSet(false, true)) {
            return; // already loading (at start, the sync job may come while the loader still reads)
        }
        try {
            loadAll();
        } finally {
            loading.set(false);
        }
    }

    private void loadAll() {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            Map<ListingKind, Integer> counts = new EnumMap<>(ListingKind.class);
            try (PreparedStatement count = c.prepareStatement(
                    "SELECT kind, count(*) FROM listing_embedding WHERE active AND model = ? GROUP BY kind")) {
                count.setString(1, embedder.model());
                try (ResultSet r = count.executeQuery()) {
                    while (r.next()) {
                        counts.put(ListingKind.valueOf(r.getString(1)), r.getInt(2));
                    }
                }
            }
            // The old index goes first: a million vectors are not held twice while the new one fills.
            for (ListingKind kind : ListingKind.values()) {
                indexes.put(kind, new VectorIndex(embedder.dimensions(), 16));
            }
            for (ListingKind kind : ListingKind.values()) {
                // Sized to what is stored (plus room to grow), so a million vectors are not copied while loading.
                int n = counts.getOrDefault(kind, 0);
                indexes.put(kind, new VectorIndex(embedder.dimensions(), n + n / 20 + 16));
            }
            int loaded = read(c, Instant.EPOCH);
            ready = true;
            LOG.infof("Vector index loaded: %d vectors (%d results, %d needs) in %d ms", loaded,
                    size(ListingKind.RESULT), size(ListingKind.NEED), (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException | RuntimeException e) {
            LOG.error("Loading the vector index failed; matching uses words only until the next sync", e);
        }
    }

    /** Reads the vectors changed since this instance last looked. */
    @Scheduled(every = "{techmarket.matching.vector-sync-every}", delay = 5,
            delayUnit = java.util.concurrent.TimeUnit.SECONDS, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sync() {
        if (!ready) {
            load();
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            Instant since = seenUpTo.minus(OVERLAP);
            if (changedSince(c, seenUpTo) > REBUILD_FROM) {
                // A bulk load elsewhere: rebuilt to size, rather than grown a row at a time.
                c.close();
                load();
                return;
            }
            read(c, since);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Reading new vectors failed; will retry", e);
        }
    }

    /** More changed rows than this since the last look, and the index is rebuilt to size instead. */
    static final int REBUILD_FROM = 50_000;

    private int changedSince(Connection c, Instant since) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT count(*) FROM listing_embedding WHERE model = ? AND computed_at > ?")) {
            st.setString(1, embedder.model());
            st.setTimestamp(2, Timestamp.from(since));
            try (ResultSet r = st.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private int read(Connection c, Instant since) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false); // a cursor: a million rows are streamed, not held
        int n = 0;
        try (PreparedStatement st = c.prepareStatement("""
                SELECT listing_id, kind, active, vector, computed_at FROM listing_embedding
                 WHERE model = ? AND computed_at > ? ORDER BY computed_at""")) {
            st.setFetchSize(2000);
            st.setString(1, embedder.model());
            st.setTimestamp(2, Timestamp.from(since));
            Instant latest = seenUpTo;
            float[] buffer = new float[embedder.dimensions()]; // the index copies what it keeps
            try (ResultSet r = st.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    VectorIndex index = indexes.get(ListingKind.valueOf(r.getString(2)));
                    if (r.getBoolean(3)) {
                        index.put(id, decode(r.getBytes(4), buffer));
                    } else {
                        index.remove(id);
                    }
                    Instant at = r.getTimestamp(5).toInstant();
                    latest = at.isAfter(latest) ? at : latest;
                    n++;
                }
            }
            c.commit();
            seenUpTo = latest;
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return n;
    }

    /** Applies a vector computed by this instance at once (the others read it at their next sync). */
    void apply(long id, ListingKind kind, boolean active, float[] vector) {
        if (!active || vector == null) {
            indexes.get(kind).remove(id);
        } else {
            indexes.get(kind).put(id, vector);
        }
    }

    /** A listing's stored vector, or null when it has none yet. */
    public float[] vector(long id, ListingKind kind) {
        return indexes.get(kind).vector(id);
    }

    /** How close in meaning a listing is to a vector (-1..1), or NaN when the listing has no vector. */
    public double similarity(float[] query, long id, ListingKind kind) {
        return query == null ? Double.NaN : indexes.get(kind).similarity(query, id);
    }

    /** The published listings of a kind closest in meaning to a vector, closest first. */
    /** The newest vector this instance has read (the same on every replica once they have synced). */
    public Instant seenUpTo() {
        return seenUpTo;
    }

    public List<VectorIndex.Neighbour> nearest(ListingKind kind, float[] query, int k, long exclude) {
        return query == null ? List.of() : indexes.get(kind).nearest(query, k, exclude);
    }

    static byte[] encode(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4);
        for (float x : v) {
            b.putFloat(x);
        }
        return b.array();
    }

    static float[] decode(byte[] bytes) {
        return decode(bytes, new float[bytes.length / 4]);
    }

    static float[] decode(byte[] bytes, float[] into) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        for (int i = 0; i < into.length; i++) {
            into[i] = b.getFloat();
        }
        return into;
    }
}

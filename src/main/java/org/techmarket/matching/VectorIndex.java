package org.techmarket.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The vectors of one kind of listing, held in memory for nearest-neighbour search: each vector as
 * its sign bits (64 bytes) and as signed bytes with a scale (512 bytes), about 0.6 GB for a million.
 * A search compares the query's sign bits with every vector's (Hamming distance: eight XOR and
 * bit counts each, a few milliseconds for a million), keeps the closest few hundred and ranks them
 * by their dot product with the query. Exact dot products over a million vectors on two cores take
 * hundreds of milliseconds; a graph index (HNSW) takes tens of minutes to build at that size on two
 * cores, on every replica's start. Thread-safe: searches share a read lock, changes take the write lock.
 */
final class VectorIndex {

    /** Candidates kept by sign bits, per neighbour asked for, before the dot products decide. */
    static final int OVERSAMPLE = 8;
    static final int MIN_SHORTLIST = 400;

    private final int dims;
    private final int words;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final SlotMap slots = new SlotMap();
    private long[] ids;
    private long[] bits;
    private byte[] codes;
    private float[] scales;
    private int size;

    VectorIndex(int dims, int capacity) {
        this.dims = dims;
        this.words = (dims + 63) / 64;
        int c = Math.max(16, capacity);
        ids = new long[c];
        bits = new long[c * words];
        codes = new byte[c * dims];
        scales = new float[c];
    }

    record Neighbour(long id, double similarity) {
    }

    int size() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Adds or replaces the vector of a listing (unit length). */
    void put(long id, float[] vector) {
        lock.writeLock().lock();
        try {
            int slot = slots.get(id);
            if (slot < 0) {
                if (size == ids.length) {
                    grow();
                }
                slot = size++;
                slots.put(id, slot);
            }
            write(slot, id, vector);
        } finally {
            lock.writeLock().unlock();
        }
    }

    void remove(long id) {
        lock.writeLock().lock();
        try {
            int slot = slots.remove(id);
            if (slot < 0) {
                return;
            }
            int last = --size;
            if (slot != last) {
                ids[slot] = ids[last];
                System.arraycopy(bits, last * words, bits, slot * words, words);
                System.arraycopy(codes, last * dims, codes, slot * dims, dims);
                scales[slot] = scales[last];
                slots.put(ids[slot], slot);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The listings held (a copy). */
    java.util.Set<Long> ids() {
        lock.readLock().lock();
        try {
            java.util.Set<Long> out = new java.util.HashSet<>();
            for (int i = 0; i < size; i++) {
                out.add(ids[i]);
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    boolean contains(long id) {
        lock.readLock().lock();
        try {
            return slots.get(id) >= 0;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The stored vector of a listing (as stored: to within the byte quantisation), or null. */
    float[] vector(long id) {
        lock.readLock().lock();
        try {
            int slot = slots.get(id);
            if (slot < 0) {
                return null;
            }
            float[] v = new float[dims];
            int base = slot * dims;
            for (int j = 0; j < dims; j++) {
                v[j] = codes[base + j] * scales[slot];
            }
            return v;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The similarity (dot product) of a query with a listing's vector, or NaN when it has none. */
    double similarity(float[] query, long id) {
        lock.readLock().lock();
        try {
            int slot = slots.get(id);
            return slot < 0 ? Double.NaN : dot(query, slot);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The k listings closest in meaning to the query, closest first, never {@code exclude}. */
    List<Neighbour> nearest(float[] query, int k, long exclude) {
        long[] q = signBits(query, words);
        lock.readLock().lock();
        try {
            int n = size;
            if (n == 0 || k <= 0) {
                return List.of();
            }
            // Hamming distances, then the distance below which the shortlist lies (a counting pass, no sort).
            short[] distance = new short[n];
            int[] histogram = new int[dims + 2];
            for (int i = 0; i < n; i++) {
                int d = 0;
                int base = i * words;
                for (int w = 0; w < words; w++) {
                    d += Long.bitCount(bits[base + w] ^ q[w]);
                }
                distance[i] = (short) d;
                histogram[d]++;
            }
            int shortlist = Math.max(MIN_SHORTLIST, k * OVERSAMPLE);
            int cut = 0;
            for (int seen = 0; cut <= dims && seen + histogram[cut] <= shortlist; cut++) {
                seen += histogram[cut];
            }
            // Everything strictly closer than the cut, plus as many at the cut as fit.
            int[] chosen = new int[Math.min(n, shortlist + 1)];
            int count = 0;
            int atCutLeft = shortlist;
            for (int d = 0; d < cut; d++) {
                atCutLeft -= histogram[d];
            }
            for (int i = 0; i < n && count < chosen.length; i++) {
                if (distance[i] < cut || (distance[i] == cut && atCutLeft-- > 0)) {
                    chosen[count++] = i;
                }
            }
            List<Neighbour> ranked = new ArrayList<>(count);
            for (int c = 0; c < count; c++) {
                int slot = chosen[c];
                if (ids[slot] != exclude) {
                    ranked.add(new Neighbour(ids[slot], dot(query, slot)));
                }
            }
            ranked.sort((a, b) -> Double.compare(b.similarity(), a.similarity()) != 0
                    ? Double.compare(b.similarity(), a.similarity()) : Long.compare(a.id(), b.id()));
            return ranked.size() > k ? new ArrayList<>(ranked.subList(0, k)) : ranked;
        } finally {
            lock.readLock().unlock();
        }
    }

    private double dot(float[] query, int slot) {
        int base = slot * dims;
        float s = 0;
        for (int j = 0; j < dims; j++) {
            s += query[j] * codes[base + j];
        }
        return s * scales[slot];
    }

    private void write(int slot, long id, float[] vector) {
        ids[slot] = id;
        long[] b = signBits(vector, words);
        System.arraycopy(b, 0, bits, slot * words, words);
        float max = 0;
        for (float x : vector) {
            max = Math.max(max, Math.abs(x));
        }
        float scale = max == 0 ? 0 : max / 127f;
        int base = slot * dims;
        for (int j = 0; j < dims; j++) {
            codes[base + j] = scale == 0 ? 0 : (byte) Math.round(vector[j] / scale);
        }
        scales[slot] = scale;
    }

    private void grow() {
        int c = ids.length + (ids.length >> 1) + 16;
        ids = Arrays.copyOf(ids, c);
        bits = Arrays.copyOf(bits, c * words);
        codes = Arrays.copyOf(codes, c * dims);
        scales = Arrays.copyOf(scales, c);
    }

    static long[] signBits(float[] v, int words) {
        long[] out = new long[words];
        for (int j = 0; j < v.length; j++) {
            if (v[j] > 0) {
                out[j >> 6] |= 1L << (j & 63);
            }
        }
        return out;
    }

    /**
     * Listing id → slot, open addressing over two arrays (a million entries in 24 MB, where a HashMap of boxed
     * keys takes about 80 MB and feeds the collector). Not thread-safe: used under the index's lock.
     */
    static final class SlotMap {
        private static final long FREE = Long.MIN_VALUE;
        private static final long GONE = Long.MIN_VALUE + 1;
        private long[] keys = new long[16];
        private int[] values = new int[16];
        private int used;

        SlotMap() {
            Arrays.fill(keys, FREE);
        }

        int get(long id) {
            int mask = keys.length - 1;
            for (int i = mix(id) & mask; ; i = (i + 1) & mask) {
                long k = keys[i];
                if (k == id) {
                    return values[i];
                }
                if (k == FREE) {
                    return -1;
                }
            }
        }

        void put(long id, int slot) {
            if ((used + 1) * 2 > keys.length) {
                rehash(keys.length * 2);
            }
            int mask = keys.length - 1;
            int reuse = -1;
            for (int i = mix(id) & mask; ; i = (i + 1) & mask) {
                long k = keys[i];
                if (k == id) {
                    values[i] = slot;
                    return;
                }
                if (k == GONE && reuse < 0) {
                    reuse = i;
                }
                if (k == FREE) {
                    int at = reuse >= 0 ? reuse : i;
                    if (reuse < 0) {
                        used++;
                    }
                    keys[at] = id;
                    values[at] = slot;
                    return;
                }
            }
        }

        int remove(long id) {
            int mask = keys.length - 1;
            for (int i = mix(id) & mask; ; i = (i + 1) & mask) {
                long k = keys[i];
                if (k == id) {
                    keys[i] = GONE;
                    return values[i];
                }
                if (k == FREE) {
                    return -1;
                }
            }
        }

        private void rehash(int capacity) {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[capacity];
            values = new int[capacity];
            Arrays.fill(keys, FREE);
            used = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != FREE && oldKeys[i] != GONE) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int mix(long id) {
            long h = id * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}

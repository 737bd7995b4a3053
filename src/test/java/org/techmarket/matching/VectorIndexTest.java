package org.techmarket.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VectorIndexTest {

    private static final int DIMS = 512;

    private static float[] unit(float[] v) {
        return BgeSmallZhEmbedder.unit(v);
    }

    private static float[] random(Random r) {
        float[] v = new float[DIMS];
        for (int i = 0; i < DIMS; i++) {
            v[i] = (float) r.nextGaussian();
        }
        return unit(v);
    }

    /** A vector near another (cosine about 0.6–0.8), as related texts are. */
    private static float[] near(float[] base, Random r, double noise) {
        float[] v = new float[DIMS];
        for (int i = 0; i < DIMS; i++) {
            v[i] = (float) (base[i] + noise * r.nextGaussian() / Math.sqrt(DIMS));
        }
        return unit(v);
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Test
    void shouldFindAlmostAllOfTheExactNearestNeighbours() {
        Random r = new Random(7);
        // 200 topics, 25 listings around each: 5,000 vectors.
        List<float[]> vectors = new ArrayList<>();
        for (int t = 0; t < 200; t++) {
            float[] topic = random(r);
            for (int k = 0; k < 25; k++) {
                vectors.add(near(topic, r, 1.0 + r.nextDouble()));
            }
        }
        VectorIndex index = new VectorIndex(DIMS, 16); // grows while filled
        for (int i = 0; i < vectors.size(); i++) {
            index.put(i, vectors.get(i));
        }
        assertEquals(vectors.size(), index.size());
        double found = 0;
        int queries = 100;
        for (int q = 0; q < queries; q++) {
            float[] query = near(vectors.get(r.nextInt(vectors.size())), r, 1.0);
            List<Integer> exact = IntStream.range(0, vectors.size()).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> dot(query, vectors.get(i))).reversed())
                    .limit(10).toList();
            List<Long> approximate = index.nearest(query, 10, -1).stream().map(VectorIndex.Neighbour::id).toList();
            found += exact.stream().filter(i -> approximate.contains((long) i)).count() / 10.0;
            VectorIndex.Neighbour first = index.nearest(query, 1, -1).get(0);
            assertEquals(dot(query, vectors.get((int) first.id())), first.similarity(), 0.01, "similarity to within quantisation");
        }
        assertTrue(found / queries >= 0.95, "recall@10 against exact dot products: " + found / queries);
    }

    @Test
    void shouldReplaceRemoveAndExclude() {
        Random r = new Random(3);
        VectorIndex index = new VectorIndex(DIMS, 4);
        float[] a = random(r);
        float[] b = random(r);
        index.put(1, a);
        index.put(2, b);
        index.put(3, a);
        assertEquals(3L, index.nearest(a, 1, 1).get(0).id(), "the listing itself is excluded");
        index.put(3, b);
        assertEquals(2, index.nearest(b, 2, -1).size());
        index.remove(1);
        assertEquals(2, index.size());
        assertTrue(index.nearest(a, 5, -1).stream().noneMatch(n -> n.id() == 1));
        assertEquals(null, index.vector(1));
    }
}

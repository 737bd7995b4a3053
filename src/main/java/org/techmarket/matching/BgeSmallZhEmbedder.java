package org.techmarket.matching;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * BAAI bge-small-zh-v1.5 (quantized, 512 dimensions) in process through ONNX Runtime: the model,
 * its tokenizer and the native runtime come in the jars, nothing is downloaded.
 * <p>Loaded on first use, never in a user's request: only the background passes (the match refresh
 * queue, the vector backfill) embed, so the start does not wait 1.6 s for it and an instance whose
 * listings all have vectors does not hold its ~110 MB. A model that fails to load is an error in the
 * log and a DOWN {@code embedding-model} check in {@code /q/health/ready} (listings then wait for their
 * vectors and match by words), never a silent fallback.
 */
@ApplicationScoped
public class BgeSmallZhEmbedder implements TextEmbedder {

    private static final Logger LOG = Logger.getLogger(BgeSmallZhEmbedder.class);
    public static final String MODEL = "bge-small-zh-v1.5-q";

    @Inject
    MatchingConfig config;

    private volatile BgeSmallZhV15QuantizedEmbeddingModel model;
    private volatile String failure;
    private ExecutorService threads;

    /** Whether the model is loaded, and why it could not be (null when it could or has not been tried). */
    public boolean loaded() {
        return model != null;
    }

    public String failure() {
        return failure;
    }

    private synchronized BgeSmallZhV15QuantizedEmbeddingModel loadedModel() {
        if (model == null) {
            load();
        }
        return model;
    }

    private void load() {
        long start = System.nanoTime();
        int n = config.embeddingThreads();
        threads = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "embedding");
            t.setDaemon(true);
            return t;
        });
        try {
            BgeSmallZhV15QuantizedEmbeddingModel loading = new BgeSmallZhV15QuantizedEmbeddingModel(threads);
            loading.embed("科技成果转化");
            model = loading;
            failure = null;
        } catch (RuntimeException | LinkageError e) {
            threads.shutdown();
            failure = e.toString();
            LOG.errorf(e, "The text embedding model %s failed to load", MODEL);
            throw new IllegalStateException("The text embedding model " + MODEL + " failed to load: " + e, e);
        }
        LOG.infof("Embedding model %s loaded in %d ms (%d threads, techmarket.matching.embedding-threads)", MODEL,
                (System.nanoTime() - start) / 1_000_000, n);
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public int dimensions() {
        return 512;
    }

    @Override
    public int maxCharacters() {
        return 400;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<TextSegment> segments = texts.stream()
                .map(t -> TextSegment.from(t.length() > maxCharacters() ? t.substring(0, maxCharacters()) : t))
                .toList();
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (Embedding e : loadedModel().embedAll(segments).content()) {
            vectors.add(unit(e.vector()));
        }
        return vectors;
    }

    static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float inv = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * inv;
        }
        return out;
    }
}

package org.techmarket.matching;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;
import org.techmarket.common.JobError;
import org.techmarket.common.JobHandler;
import org.techmarket.listing.ListingKind;
import org.techmarket.listing.ListingService;

/**
 * The staff recomputation of all matches as a background job: the word statistics first, then every
 * published need's stored matches, a batch of needs at a time (each need in its own transaction, one
 * per core), so progress shows as it goes and a failed need does not stop the rest.
 */
@ApplicationScoped
public class MatchRecomputationJob implements JobHandler {

    private static final Logger LOG = Logger.getLogger(MatchRecomputationJob.class);
    public static final String KIND = "MATCH_RECOMPUTATION";

    @Inject
    MatchingService matching;

    @Inject
    ListingService listings;

    @Inject
    ListingEmbeddings embeddings;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public int batchSize() {
        return 20;
    }

    @Override
    public Work open(Job job) {
        if (job.done() == 0) {
            embeddings.backfillAgain();
            listings.refreshStatistics(ListingKind.RESULT);
            listings.refreshStatistics(ListingKind.NEED);
        }
        List<Long> needs = QuarkusTransaction.requiringNew().call(() -> listings.publishedIds(ListingKind.NEED));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        return new Work() {
            @Override
            public int total() {
                return needs.size();
            }

            @Override
            public Batch process(int from, int count) {
                List<Future<Integer>> refreshed = new ArrayList<>();
                for (long need : needs.subList(from, from + count)) {
                    refreshed.add(pool.submit(() -> matching.refresh(need)));
                }
                int stored = 0;
                List<JobError> errors = new ArrayList<>();
                for (int i = 0; i < refreshed.size(); i++) {
                    try {
                        stored += refreshed.get(i).get();
                    } catch (ExecutionException e) {
                        LOG.warnf(e.getCause(), "Recomputing the matches of need %d failed", needs.get(from + i));
                        errors.add(new JobError(from + i + 1, "need " + needs.get(from + i) + ": not recomputed"));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted", e);
                    }
                }
                return new Batch(stored, errors);
            }

            @Override
            public void close() {
                pool.shutdown();
            }
        };
    }
}

package org.techmarket.matching;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Matching; the refresh interval is read by the scheduler from the same key ({@code techmarket.matching.*}). */
@ConfigMapping(prefix = "techmarket.matching")
public interface MatchingConfig {
    /** How often the match refresh queue is drained. */
    @WithDefault("2s")
    String refreshEvery();

    /** Threads the embedding model computes with (in the background, never in a request). */
    @WithDefault("1")
    int embeddingThreads();

    /** How often each instance reads the vectors computed since it last looked into its index. */
    @WithDefault("5s")
    String vectorSyncEvery();
}

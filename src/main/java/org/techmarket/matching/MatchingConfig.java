package org.techmarket.matching;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Matching; the refresh interval is read by the scheduler from the same key ({@code techmarket.matching.*}). */
@ConfigMapping(prefix = "techmarket.matching")
public interface MatchingConfig {
    /** How often the match refresh queue is drained. */
    @WithDefault("2s")
    String refreshEvery();
}

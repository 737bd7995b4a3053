package org.techmarket.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Background jobs ({@code techmarket.jobs.*}); the poll interval is read by the scheduler from the same key. */
@ConfigMapping(prefix = "techmarket.jobs")
public interface JobConfig {
    /** How often each instance looks for queued jobs (a new job also starts at once on the instance that queued it). */
    @WithDefault("2s")
    String pollEvery();

    /** Jobs one instance runs at the same time. */
    @WithDefault("2")
    int workers();

    /** A running job whose last batch is older than this is taken over by another runner (its instance died). */
    @WithDefault("PT2M")
    Duration staleAfter();

    /** Runs a job gets (the first and its take-overs) before it is failed. */
    @WithDefault("3")
    int maxAttempts();
}

package org.techmarket.stats;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the figures pages. */
@ConfigMapping(prefix = "techmarket.stats")
public interface StatsConfig {

    /**
     * How old the home page's figures and lists may be on one instance before it reads them again
     * (each instance reads its own; a cluster's instances differ by at most this much).
     */
    @WithDefault("PT10S")
    Duration homeMaxAge();
}

package org.techmarket.challenge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Challenges; the closing interval is read by the scheduler from the same key ({@code techmarket.challenges.*}). */
@ConfigMapping(prefix = "techmarket.challenges")
public interface ChallengeConfig {
    /** How often open challenges past their deadline are closed (once per cluster); submissions never wait for it. */
    @WithDefault("1m")
    String closingEvery();
}

package org.techmarket.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The platform-wide settings ({@code techmarket.*}); each feature maps its own under its own prefix
 * ({@code AccountConfig}, {@code ListingConfig}, {@code MailConfig}, {@code MatchingConfig}, {@code VoucherConfig}).
 */
@ConfigMapping(prefix = "techmarket")
public interface TechMarketConfig {

    /** Loads the hand-written demo data set and demo accounts at start. Never on by default in prod. */
    @WithDefault("false")
    boolean demoData();

    /** This instance's name in a cluster (header X-Techmarket-Instance, scheduled runs); default the host name. */
    java.util.Optional<String> instanceId();

    Http http();

    interface Http {
        /** Mark every cookie Secure and send HSTS although the app sees plain HTTP (TLS ends at a proxy in front). */
        @WithDefault("false")
        boolean secureCookies();
    }
}

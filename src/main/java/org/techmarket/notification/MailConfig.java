package org.techmarket.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Notifications by mail ({@code techmarket.mail.*}). */
@ConfigMapping(prefix = "techmarket.mail")
public interface MailConfig {
    /** Send notifications by mail too (set when a mail server is configured for quarkus-mailer). */
    @WithDefault("false")
    boolean enabled();

    /** When the daily digest of match notifications goes out (a Quartz-style cron: 08:00 every day). */
    @WithDefault("0 0 8 * * ?")
    String digestCron();
}

package org.techmarket.account;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Warns at start when no session encryption key is configured: each replica would then encrypt
 * session cookies with a key of its own, and a user logged in through one would be a stranger to the others.
 */
@ApplicationScoped
public class SessionKeyCheck {

    private static final Logger LOG = Logger.getLogger(SessionKeyCheck.class);

    void onStart(@Observes StartupEvent event) {
        boolean missing = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.auth.session.encryption-key", String.class)
                .filter(k -> !k.isBlank()).isEmpty();
        if (missing && LaunchMode.current() == LaunchMode.NORMAL) {
            LOG.warn("TECHMARKET_SESSION_KEY is not set: this instance encrypts session cookies with a key of its own, "
                    + "so sessions end at a restart and are not valid on other replicas (give every replica the same key)");
        }
    }
}

package org.techmarket.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Accounts and logins ({@code techmarket.admin-password}, {@code techmarket.login.*}). */
@ConfigMapping(prefix = "techmarket")
public interface AccountConfig {

    /** Password of the first admin account {@code admin}, created at first start when set (env TECHMARKET_ADMIN_PASSWORD). */
    Optional<String> adminPassword();

    Login login();

    interface Login {
        /** Wrong passwords from one address after which the account is locked for that address for a while. */
        @WithDefault("5")
        int maxFailures();

        /** Wrong passwords in a row from any address after which the account is locked for everyone for a while. */
        @WithDefault("50")
        int accountMaxFailures();

        @WithDefault("PT15M")
        Duration lockDuration();

        /** Failed logins one client address may make in {@link #addressWindow()} before it gets 429. */
        @WithDefault("30")
        int addressFailures();

        @WithDefault("PT5M")
        Duration addressWindow();

        /** Password checks (bcrypt) running at once; 0 = the number of cores. */
        @WithDefault("0")
        int parallelChecks();

        /** How long a login waits for a free password check before it is answered 503. */
        @WithDefault("PT5S")
        Duration queueWait();

        /** Session-cookie lifetime is Quarkus' form timeout; a cookie of an ended session stops within this. */
        @WithDefault("PT5S")
        Duration sessionRecheck();
    }
}

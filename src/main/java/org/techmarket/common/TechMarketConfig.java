package org.techmarket.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The platform's own settings ({@code techmarket.*}). */
@ConfigMapping(prefix = "techmarket")
public interface TechMarketConfig {

    /** Loads the hand-written demo data set and demo accounts at start. Never on by default in prod. */
    @WithDefault("false")
    boolean demoData();

    /** Password of the first admin account {@code admin}, created at first start when set (env TECHMARKET_ADMIN_PASSWORD). */
    Optional<String> adminPassword();

    Login login();

    Http http();

    Listings listings();

    Mail mail();

    Matching matching();

    Vouchers vouchers();

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

    interface Http {
        /** Mark every cookie Secure and send HSTS although the app sees plain HTTP (TLS ends at a proxy in front). */
        @WithDefault("false")
        boolean secureCookies();
    }

    interface Listings {
        /** Owners are reminded this many days before a published listing lapses. */
        @WithDefault("14")
        int reminderDays();

        /** Confirming "still available" keeps a listing up this many days from today. */
        @WithDefault("180")
        int extensionDays();

        /** How often lapsed listings are expired (once per cluster). */
        @WithDefault("1h")
        String expiryEvery();

        /** Contact details of other organisations' listings one person may open per hour (a scraper gets 429). */
        @WithDefault("120")
        int contactViewsPerHour();
    }

    interface Mail {
        /** Send notifications by mail too (set when a mail server is configured for quarkus-mailer). */
        @WithDefault("false")
        boolean enabled();
    }

    interface Matching {
        /** How often the match refresh queue is drained. */
        @WithDefault("2s")
        String refreshEvery();
    }

    interface Vouchers {
        /** How often unused voucher balances past their program's use deadline are expired (once per cluster). */
        @WithDefault("1h")
        String expiryEvery();
    }
}

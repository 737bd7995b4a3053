package org.techmarket.listing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Listings: reminders, extensions, expiry, contact views ({@code techmarket.listings.*}). */
@ConfigMapping(prefix = "techmarket.listings")
public interface ListingConfig {
    /** Owners are reminded this many days before a published listing lapses. */
    @WithDefault("14")
    int reminderDays();

    /** Confirming "still available" keeps a listing up this many days from today. */
    @WithDefault("180")
    int extensionDays();

    /** How often lapsed listings are expired (once per cluster). */
    @WithDefault("1h")
    String expiryEvery();

    /** Listings expired (and owners reminded) per transaction; a run goes on batch after batch while they come back full. */
    @WithDefault("1000")
    int expiryBatch();

    /** Contact details of other organisations' listings one person may open per hour (a scraper gets 429). */
    @WithDefault("120")
    int contactViewsPerHour();

    /** How often each instance adds the listing views it counted to the database ("off" in tests, which flush). */
    @WithDefault("10s")
    String viewFlushEvery();
}

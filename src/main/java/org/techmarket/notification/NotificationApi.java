package org.techmarket.notification;

import java.time.OffsetDateTime;

/**
 * The notification API's records: what it answers ({@code …View}).
 * One holder per feature ({@code <Feature>Api}): what the API reads ends in Request, what it answers in View.
 */
public final class NotificationApi {

    private NotificationApi() {
    }

    /** How the caller hears of new strong matches: each at once (false), or one mail a day (true). */
    public record PreferencesRequest(@jakarta.validation.constraints.NotNull Boolean matchDigest) {
    }

    public record PreferencesView(boolean matchDigest) {
    }

    public record NotificationView(long id, String kind, String title, String link, OffsetDateTime createdAt,
            boolean read) {
    }
}

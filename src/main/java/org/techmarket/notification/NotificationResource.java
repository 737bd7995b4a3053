package org.techmarket.notification;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techmarket.common.Caller;
import org.techmarket.common.Language;
import org.techmarket.common.NotFoundException;
import org.techmarket.common.OwnAccount;

/**
 * The user's notifications over JSON, each in the language asked for ({@code Accept-Language}:
 * English when it starts with "en", Chinese otherwise), with the unread count; each markable as read.
 */
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@OwnAccount
@Tag(name = "Notifications", description = "The logged-in person's notifications, in English or Chinese, and the "
        + "unread count.")
public class NotificationResource {

    @Inject
    Notifications notifications;

    @Inject
    SecurityIdentity identity;


    @GET
    @Operation(summary = "List my notifications",
            description = "The caller's latest 100 notifications, newest first, in English when Accept-Language "
                    + "starts with `en` and in Chinese otherwise. Any logged-in person.")
    public List<NotificationApi.NotificationView> list(@HeaderParam("Accept-Language") String accept) {
        Language language = Language.fromTag(accept);
        return notifications.recent(Caller.account(identity).userId()).stream()
                .map(n -> new NotificationApi.NotificationView(n.id, n.kind, notifications.text(n, language), n.link, n.createdAt,
                        n.readAt != null)).toList();
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "Count my unread notifications",
            description = "`unread`: how many of the caller's notifications are unread. Any logged-in person.")
    public Map<String, Long> unread() {
        return Map.of("unread", notifications.unread(Caller.account(identity).userId()));
    }

    /** Marks one of the caller's notifications read (404 for anyone else's). */
    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark a notification read",
            description = "Marks one of the caller's notifications read (404 for anyone else's) and answers the "
                    + "unread count. Any logged-in person.")
    public Map<String, Long> read(@PathParam("id") long id) {
        long user = Caller.account(identity).userId();
        notifications.own(user, id).orElseThrow(() -> new NotFoundException("Notification", id));
        notifications.markRead(user, id);
        return Map.of("unread", notifications.unread(user));
    }

    @POST
    @Path("/read")
    @Operation(summary = "Mark all my notifications read",
            description = "Marks every notification of the caller read and answers the unread count. Any logged-in "
                    + "person.")
    public Map<String, Long> readAll() {
        long user = Caller.account(identity).userId();
        notifications.markAllRead(user);
        return Map.of("unread", notifications.unread(user));
    }

    @GET
    @Path("/preferences")
    @Operation(summary = "Get how I hear of new matches",
            description = "matchDigest false: a mail for each new strong match; true: matches show in the app at once "
                    + "and come by mail once a day, in one digest. Any logged-in person.")
    public NotificationApi.PreferencesView preferences() {
        return new NotificationApi.PreferencesView(notifications.matchDigest(Caller.account(identity).userId()));
    }

    @jakarta.ws.rs.PUT
    @Path("/preferences")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose how I hear of new matches",
            description = "Sets matchDigest (required): a mail for each new strong match, or one daily digest. Any "
                    + "logged-in person.")
    public NotificationApi.PreferencesView setPreferences(@jakarta.validation.Valid @jakarta.validation.constraints.NotNull
            NotificationApi.PreferencesRequest request) {
        long user = Caller.account(identity).userId();
        notifications.setMatchDigest(user, request.matchDigest());
        return new NotificationApi.PreferencesView(notifications.matchDigest(user));
    }
}

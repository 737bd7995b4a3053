package org.techmarket.common;

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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The user's notifications over JSON, each in the language asked for ({@code Accept-Language}:
 * English when it starts with "en", Chinese otherwise), with the unread count; each markable as read.
 */
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@OwnAccount
public class NotificationResource {

    @Inject
    Notifications notifications;

    @Inject
    SecurityIdentity identity;

    public record NotificationView(long id, String kind, String title, String link, OffsetDateTime createdAt,
            boolean read) {
    }

    @GET
    public List<NotificationView> list(@HeaderParam("Accept-Language") String accept) {
        Language language = Language.fromTag(accept);
        return notifications.recent(Caller.account(identity).userId()).stream()
                .map(n -> new NotificationView(n.id, n.kind, notifications.text(n, language), n.link, n.createdAt,
                        n.readAt != null)).toList();
    }

    @GET
    @Path("/unread-count")
    public Map<String, Long> unread() {
        return Map.of("unread", notifications.unread(Caller.account(identity).userId()));
    }

    /** Marks one of the caller's notifications read (404 for anyone else's). */
    @POST
    @Path("/{id}/read")
    public Map<String, Long> read(@PathParam("id") long id) {
        long user = Caller.account(identity).userId();
        notifications.own(user, id).orElseThrow(() -> new NotFoundException("Notification", id));
        notifications.markRead(user, id);
        return Map.of("unread", notifications.unread(user));
    }

    @POST
    @Path("/read")
    public Map<String, Long> readAll() {
        long user = Caller.account(identity).userId();
        notifications.markAllRead(user);
        return Map.of("unread", notifications.unread(user));
    }
}

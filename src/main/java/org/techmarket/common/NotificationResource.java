package org.techmarket.common;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;

/** The user's notifications over JSON. */
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
    public List<NotificationView> list() {
        return notifications.recent(Caller.account(identity).userId()).stream()
                .map(n -> new NotificationView(n.id, n.kind, n.title, n.link, n.createdAt, n.readAt != null)).toList();
    }
}

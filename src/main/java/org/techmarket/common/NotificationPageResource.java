package org.techmarket.common;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The user's notifications page, which marks them read. */
@Path("/")
@Authenticated
@OwnAccount
public class NotificationPageResource {

    @Inject
    Notifications notifications;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notifications(List<Notification> notifications);
    }

    @GET
    @Path("notifications")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        long user = Caller.account(identity).userId();
        List<Notification> recent = notifications.recent(user);
        notifications.markAllRead(user);
        return Templates.notifications(recent);
    }
}

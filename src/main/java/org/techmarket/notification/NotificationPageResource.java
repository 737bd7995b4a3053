package org.techmarket.notification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.techmarket.common.Caller;
import org.techmarket.common.Htmx;
import org.techmarket.common.Language;
import org.techmarket.common.NotFoundException;
import org.techmarket.common.OwnAccount;
import org.techmarket.common.SafeRedirect;
import org.techmarket.common.WebContext;

/** The user's notifications page: unread ones marked; opening one, or the buttons, mark them read. */
@Path("/")
@Authenticated
@OwnAccount
public class NotificationPageResource {

    @Inject
    Notifications notifications;

    @Inject
    SecurityIdentity identity;

    @Inject
    WebContext web;

    public record Row(Notification notification, String text) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notifications(List<Row> notifications, boolean matchDigest);

        /** One notification, for the one just marked read in place (htmx). */
        static native TemplateInstance notifications$item(Row row);

        /** The header's unread count (read after the mark), sent out of band with a marked notification. */
        static native TemplateInstance notifications$badge();
    }

    @GET
    @Path("notifications")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        long user = Caller.account(identity).userId();
        Language language = web.isEnglish() ? Language.EN : Language.ZH;
        return Templates.notifications(notifications.recent(user).stream()
                .map(n -> new Row(n, notifications.text(n, language))).toList(), notifications.matchDigest(user));
    }

    /** Follows a notification's link, marking it read. */
    @GET
    @Path("notifications/{id}/open")
    public Response open(@PathParam("id") long id) {
        long user = Caller.account(identity).userId();
        Notification n = notifications.own(user, id).orElseThrow(() -> new NotFoundException("Notification", id));
        notifications.markRead(user, id);
        return Response.seeOther(URI.create(SafeRedirect.localPath(n.link == null ? "/notifications" : n.link))).build();
    }

    @POST
    @Path("notifications/{id}/read")
    public Response read(@PathParam("id") long id, @Context HttpHeaders headers) {
        long user = Caller.account(identity).userId();
        Notification marked = notifications.own(user, id).orElseThrow(() -> new NotFoundException("Notification", id));
        notifications.markRead(user, id);
        if (Htmx.isPartial(headers)) {
            if (marked.readAt == null) { // read before the update: shown as the update left it, not read again
                marked.readAt = java.time.OffsetDateTime.now();
            }
            Language language = web.isEnglish() ? Language.EN : Language.ZH;
            String html = Templates.notifications$item(new Row(marked, notifications.text(marked, language))).render()
                    + Templates.notifications$badge().render();
            return Htmx.fragment(200, html);
        }
        return Response.seeOther(URI.create("/notifications")).build();
    }

    /** How matches are told: at once or in a daily digest (a select without JavaScript). */
    @POST
    @Path("notifications/preferences")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response preferences(@jakarta.ws.rs.FormParam("matchDigest") String digest) {
        if (digest == null || !(digest.equals("true") || digest.equals("false"))) {
            throw org.techmarket.common.InvalidInputException.of("matchDigest", "true or false");
        }
        notifications.setMatchDigest(Caller.account(identity).userId(), Boolean.parseBoolean(digest));
        return Response.seeOther(URI.create("/notifications")).build();
    }

    @POST
    @Path("notifications/read")
    public Response readAll() {
        notifications.markAllRead(Caller.account(identity).userId());
        return Response.seeOther(URI.create("/notifications")).build();
    }
}

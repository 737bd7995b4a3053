package org.techmarket.common;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * In-app notifications, and a mail copy when a mail server is configured
 * ({@code techmarket.mail.enabled}). Mail is sent after the fact and never fails the change.
 */
@ApplicationScoped
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class);
    static final int SHOWN = 100;

    @Inject
    NotificationRepository notifications;

    @Inject
    ReactiveMailer mailer;

    @Inject
    TechMarketConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    public Notification notify(long userId, String email, String kind, String title, String link) {
        Notification n = new Notification();
        n.userId = userId;
        n.kind = kind;
        n.title = title.length() > 300 ? title.substring(0, 300) : title;
        n.link = link;
        notifications.persist(n);
        if (config.mail().enabled() && email != null && !email.isBlank()) {
            mailer.send(Mail.withText(email, "[科技大市场] " + n.title, n.title + (link == null ? "" : "\n\n" + link)))
                    .subscribe().with(ok -> { }, failure -> LOG.warnf("Mail to user %d failed: %s", userId,
                            failure.getMessage()));
        }
        return n;
    }

    public List<Notification> recent(long userId) {
        return notifications.listForUser(userId, SHOWN);
    }

    public long unread(long userId) {
        return notifications.countUnread(userId);
    }

    @Transactional
    public int markAllRead(long userId) {
        return notifications.markAllRead(userId);
    }
}

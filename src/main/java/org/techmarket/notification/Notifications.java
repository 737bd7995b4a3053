package org.techmarket.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.jboss.logging.Logger;
import org.techmarket.common.AuditText;
import org.techmarket.common.Language;
import org.techmarket.common.UnreadCounter;

/**
 * In-app notifications, and a mail copy when a mail server is configured
 * ({@code techmarket.mail.enabled}). Each is a text key with its values, rendered in the reader's
 * language when shown ({@code notifications/nt.properties}, {@code nt_en.properties}); a value
 * written {@code @key} is itself a text of the bundle (a status name). Each event has a key that
 * makes it notify a person once, however often it is recorded. Mail is sent after the fact and
 * never fails the change.
 */
@ApplicationScoped
public class Notifications implements UnreadCounter {

    private static final Logger LOG = Logger.getLogger(Notifications.class);
    static final int SHOWN = 100;
    static final String BUNDLE = "notifications.nt";

    @Inject
    NotificationRepository notifications;

    @Inject
    EntityManager em;

    @Inject
    ReactiveMailer mailer;

    @Inject
    MailConfig config;

    /**
     * Tells one person of an event, once per {@code once} key (null: every time). Returns whether a
     * notification was written (false when this event had already been told).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean notify(long userId, String kind, String once, String link, String key, Object... values) {
        String[] params = Arrays.stream(values).map(String::valueOf).toArray(String[]::new);
        String title = cut(render(key, params, Language.ZH), 300);
        @SuppressWarnings("unchecked")
        List<Object[]> recipient = em.createNativeQuery("SELECT email, language, match_digest FROM user_account WHERE id = :id")
                .setParameter("id", userId).getResultList();
        if (recipient.isEmpty()) {
            return false;
        }
        // A person who chose the daily digest sees matches in the app at once; the mail waits for the digest.
        boolean digest = MATCH.equals(kind) && Boolean.TRUE.equals(recipient.get(0)[2]);
        @SuppressWarnings("unchecked")
        List<Object> written = em.createNativeQuery("""
                INSERT INTO notification (user_id, kind, title, link, message_key, params, dedup_key, digest_pending)
                VALUES (:user, :kind, :title, :link, :key, CAST(:params AS text[]), :once, :digest)
                ON CONFLICT (user_id, dedup_key) WHERE dedup_key IS NOT NULL DO NOTHING RETURNING id""")
                .setParameter("digest", digest)
                .setParameter("user", userId).setParameter("kind", kind).setParameter("title", title)
                .setParameter("link", link).setParameter("key", key).setParameter("params", arrayLiteral(params))
                .setParameter("once", once == null ? null : cut(once, 200)).getResultList();
        if (written.isEmpty()) {
            return false;
        }
        String email = (String) recipient.get(0)[0];
        if (!digest && config.enabled() && email != null && !email.isBlank()) {
            Language language = Language.fromTag((String) recipient.get(0)[1]);
            String text = render(key, params, language);
            String subject = (language == Language.EN ? "[Tech Market] " : "[科技大市场] ") + cut(text, 120);
            mailer.send(Mail.withText(email, subject, text + (link == null ? "" : "\n\n" + link)))
                    .subscribe().with(ok -> { }, failure -> LOG.warnf("Mail to user %d failed: %s", userId,
                            failure.getMessage()));
        }
        return true;
    }

    /** The kind of the match notifications, which a person may take as a daily digest. */
    public static final String MATCH = "MATCH";

    /** Whether a person takes match notifications as a daily digest. */
    @Transactional
    public boolean matchDigest(long userId) {
        return Boolean.TRUE.equals(em.createNativeQuery("SELECT match_digest FROM user_account WHERE id = :id")
                .setParameter("id", userId).getSingleResult());
    }

    @Transactional
    public void setMatchDigest(long userId, boolean digest) {
        em.createNativeQuery("UPDATE user_account SET match_digest = :d WHERE id = :id")
                .setParameter("d", digest).setParameter("id", userId).executeUpdate();
    }

    /**
     * Sends each person who chose the digest one mail listing the match notifications written since
     * the last one, in their language; returns the number of mails. Runs daily on one instance.
     */
    @Transactional
    public int sendDigests() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT n.id, n.user_id, u.email, u.language FROM notification n JOIN user_account u ON u.id = n.user_id
                 WHERE n.digest_pending ORDER BY n.user_id, n.created_at FOR UPDATE OF n SKIP LOCKED""").getResultList();
        java.util.Map<Long, List<Object[]>> byUser = new java.util.LinkedHashMap<>();
        rows.forEach(r -> byUser.computeIfAbsent(((Number) r[1]).longValue(), k -> new java.util.ArrayList<>()).add(r));
        int mails = 0;
        for (var entry : byUser.entrySet()) {
            Object[] first = entry.getValue().get(0);
            String email = (String) first[2];
            Language language = Language.fromTag((String) first[3]);
            StringBuilder body = new StringBuilder();
            for (Object[] r : entry.getValue()) {
                Notification n = notifications.findById(((Number) r[0]).longValue());
                body.append("· ").append(text(n, language)).append(n.link == null ? "" : "  " + n.link).append('\n');
            }
            em.createNativeQuery("UPDATE notification SET digest_pending = false WHERE user_id = :u AND digest_pending")
                    .setParameter("u", entry.getKey()).executeUpdate();
            if (config.enabled() && email != null && !email.isBlank()) {
                String subject = render("match.digest", new String[] {String.valueOf(entry.getValue().size())}, language);
                mailer.send(Mail.withText(email, (language == Language.EN ? "[Tech Market] " : "[科技大市场] ") + subject,
                        body.toString())).subscribe().with(ok -> { }, failure -> LOG.warnf("Digest to user %d failed: %s",
                                entry.getKey(), failure.getMessage()));
                mails++;
            }
        }
        return mails;
    }

    /** Tells every approved, enabled member of an organisation (but the one who acted) of an event, once each. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int notifyMembers(long organisationId, Long except, String kind, String once, String link, String key,
            Object... values) {
        @SuppressWarnings("unchecked")
        List<Number> members = em.createNativeQuery("""
                SELECT id FROM user_account WHERE organisation_id = :org AND membership_approved AND enabled
                 ORDER BY id""").setParameter("org", organisationId).getResultList();
        int told = 0;
        for (Number member : members) {
            if (except == null || member.longValue() != except) {
                told += notify(member.longValue(), kind, once, link, key, values) ? 1 : 0;
            }
        }
        return told;
    }

    /** The notification's text in the given language (its stored title when it has no key). */
    public String text(Notification n, Language language) {
        return n.messageKey == null ? n.title : render(n.messageKey, n.params == null ? new String[0] : n.params, language);
    }

    static String render(String key, String[] params, Language language) {
        ResourceBundle bundle = bundle(language);
        // A value "@key" is a text of this bundle; any other "@…" is a reason the system wrote (AuditTrail.reason).
        Object[] values = Arrays.stream(params).map(p -> p != null && p.startsWith("@")
                ? lookup(bundle, p.substring(1)).orElseGet(() -> AuditText.reason(p, language)) : p).toArray();
        String pattern = lookup(bundle, key).orElse(key);
        return new MessageFormat(pattern, language.locale).format(values);
    }

    private static Optional<String> lookup(ResourceBundle bundle, String key) {
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private static ResourceBundle bundle(Language language) {
        // zh is the base file; English is its _en sibling (Locale.ROOT fallback avoids the JVM's default locale).
        return ResourceBundle.getBundle(BUNDLE, language == Language.EN ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String arrayLiteral(String[] values) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(values[i].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return out.append('}').toString();
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    public List<Notification> recent(long userId) {
        return notifications.listForUser(userId, SHOWN);
    }

    @Override
    public long unread(long userId) {
        return notifications.countUnread(userId);
    }

    @Transactional
    public boolean markRead(long userId, long id) {
        return notifications.markRead(userId, id) > 0;
    }

    @Transactional
    public int markAllRead(long userId) {
        return notifications.markAllRead(userId);
    }

    public Optional<Notification> own(long userId, long id) {
        return notifications.findByIdOptional(id).filter(n -> n.userId == userId);
    }
}

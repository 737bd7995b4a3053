package org.techmarket.account;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.Caller;
import org.techmarket.common.Hashes;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.NotFoundException;
import org.techmarket.common.Roles;
import org.techmarket.common.Texts;
import org.techmarket.notification.MailConfig;

/**
 * Password reset by a one-time token valid for {@link #VALID}: mailed to the account's address when
 * the user asks and mail is configured, or issued by staff (who hand the link to the person after
 * checking who they are). Using it sets the new password and ends every session of the account.
 * Asking never tells whether an account exists.
 */
@ApplicationScoped
public class PasswordResetService {

    private static final Logger LOG = Logger.getLogger(PasswordResetService.class);
    static final Duration VALID = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PasswordResetRepository resets;

    @Inject
    UserAccountRepository users;

    @Inject
    AccountService accounts;

    @Inject
    org.techmarket.notification.Notifications notifications;

    @Inject
    AuditTrail audit;

    @Inject
    Texts texts;

    @Inject
    ReactiveMailer mailer;

    @Inject
    MailConfig mail;

    public record Issued(long userId, String token, OffsetDateTime expiresAt) {
        public String link() {
            return "/password/reset?token=" + token;
        }
    }

    /** Staff issue a reset for a person (not for another staff member or an admin: those go through an admin). */
    @Transactional
    public Issued issueByStaff(Caller staff, long userId) {
        UserAccount user = users.findByIdOptional(userId).orElseThrow(() -> new NotFoundException("User", userId));
        boolean marketAccount = Roles.ADMIN.equals(user.role) || Roles.STAFF.equals(user.role);
        if (!staff.isStaff() || marketAccount && !Roles.ADMIN.equals(staff.role())) {
            throw new NotFoundException("User", userId);
        }
        Issued issued = issue(user, staff.username());
        notifications.notify(user.id, "ACCOUNT", null, "/account", "account.reset-issued", staff.username());
        return issued;
    }

    /**
     * The user asks by username: when the account exists, is enabled, has no reset issued in the last
     * minute and mail is configured, a link goes to its address. The answer is the same in every case.
     */
    @Transactional
    public void requestByMail(String username, String baseUrl) {
        if (username == null || username.isBlank() || username.length() > 40) {
            return;
        }
        Optional<UserAccount> found = users.findByUsername(username.strip()).filter(u -> u.enabled);
        if (found.isEmpty() || !mail.enabled()
                || resets.issuedSince(found.get().id, OffsetDateTime.now().minusMinutes(1))) {
            return;
        }
        UserAccount user = found.get();
        Issued issued = issue(user, "self");
        String link = baseUrl.replaceAll("/+$", "") + issued.link();
        mailer.send(Mail.withText(user.email, "[科技大市场] 重置密码 / Reset your password",
                "请在一小时内打开以下链接设置新密码（如非本人操作请忽略）：\n" + link
                        + "\n\nOpen this link within an hour to set a new password (ignore this mail if you did not ask):\n"
                        + link))
                .subscribe().with(ok -> { }, failure -> LOG.warnf("Reset mail to user %d failed: %s", user.id,
                        failure.getMessage()));
    }

    /** Sets the new password with a valid token; every session of the account ends. */
    @Transactional
    public void redeem(String token, String newPassword) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw InvalidInputException.of("token", texts.get("techmarket.reset.invalid"));
        }
        OffsetDateTime now = OffsetDateTime.now();
        PasswordReset reset = resets.findByHashForUpdate(Hashes.sha256(token.strip()))
                .filter(r -> r.isUsable(now))
                .orElseThrow(() -> InvalidInputException.of("token", texts.get("techmarket.reset.invalid")));
        UserAccount user = users.findByIdOptional(reset.userId).filter(u -> u.enabled)
                .orElseThrow(() -> InvalidInputException.of("token", texts.get("techmarket.reset.invalid")));
        accounts.replacePassword(user, newPassword, "reset-password", org.techmarket.common.AuditTrail.reason("issued_by", reset.issuedBy));
        resets.closeOpen(user.id, now);
    }

    private Issued issue(UserAccount user, String issuedBy) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        PasswordReset reset = new PasswordReset();
        reset.userId = user.id;
        reset.tokenHash = Hashes.sha256(token);
        reset.issuedBy = issuedBy;
        reset.expiresAt = OffsetDateTime.now().plus(VALID);
        resets.persist(reset);
        audit.record(AccountService.ENTITY, user.id, "issue-password-reset", null, null, org.techmarket.common.AuditTrail.reason("by", issuedBy));
        return new Issued(user.id, token, reset.expiresAt);
    }
}

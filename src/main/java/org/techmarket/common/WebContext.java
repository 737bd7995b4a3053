package org.techmarket.common;

import io.quarkus.runtime.BlockingOperationNotAllowedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What the layout needs to know about the current request: who is logged in and which language. */
@Named("web")
@RequestScoped
public class WebContext {

    private static final SecurityIdentity ANONYMOUS = QuarkusSecurityIdentity.builder().setAnonymous(true).build();

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest request;

    private SecurityIdentity resolved;

    public boolean isLoggedIn() {
        return !current().isAnonymous();
    }

    public String getUsername() {
        return isLoggedIn() ? IdentityAttributes.username(current()) : "";
    }

    public String getDisplayName() {
        Object name = current().getAttribute(IdentityAttributes.DISPLAY_NAME);
        return name == null ? getUsername() : name.toString();
    }

    /** Whether the person may act for their organisation ({@link Standing#MEMBER}); others see the public market. */
    public boolean isMember() {
        return isLoggedIn() && current().getAttribute(IdentityAttributes.STANDING) == Standing.MEMBER;
    }

    public boolean is(String role) {
        return current().hasRole(role);
    }

    public boolean isStaff() {
        return isMember() && (current().hasRole(Roles.STAFF) || current().hasRole(Roles.ADMIN));
    }

    public boolean isAdmin() {
        return isMember() && current().hasRole(Roles.ADMIN);
    }

    public boolean isResearcher() {
        return isMember() && current().hasRole(Roles.RESEARCHER);
    }

    public boolean isEnterprise() {
        return isMember() && current().hasRole(Roles.ENTERPRISE);
    }

    /** An expert reviewer (评审专家), who acts for no organisation: their pages are the review tasks. */
    public boolean isReviewer() {
        return isLoggedIn() && current().hasRole(Roles.REVIEWER);
    }

    public boolean isProvider() {
        return isMember() && current().hasRole(Roles.PROVIDER);
    }

    @Inject
    UnreadCounter notifications;

    private Long unread;

    /** The logged-in person's unread notifications, for the count in the header (0 where it cannot be read). */
    public long getUnread() {
        if (unread == null) {
            try {
                unread = isLoggedIn() ? notifications.unread(Caller.account(current()).userId()) : 0L;
            } catch (RuntimeException e) { // BlockingOperationNotAllowedException on an I/O thread, among others
                unread = 0L;
            }
        }
        return unread;
    }

    public String getLang() {
        return language().tag;
    }

    public boolean isEnglish() {
        return language() == Language.EN;
    }

    /** The current path with its query, for "back to where I was" links. */
    public String getPath() {
        var current = request.getCurrent();
        return current == null ? "/" : current.request().uri();
    }

    public String getPathEncoded() {
        return java.net.URLEncoder.encode(getPath(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The message key of a one-time notice set by the previous form POST, or empty. */
    public String getFlash() {
        var current = request.getCurrent();
        var cookie = current == null ? null : current.request().getCookie(Flash.COOKIE);
        return cookie == null || !cookie.getValue().matches("[a-z_]{1,60}") ? "" : cookie.getValue();
    }

    /**
     * The user, or anonymous when the request is rendered on an I/O thread before anyone
     * authenticated it (an error page for a path no resource matched).
     */
    private SecurityIdentity current() {
        if (resolved != null) {
            return resolved;
        }
        try {
            identity.isAnonymous();
            // The layout asks a dozen times per page; the identity behind the proxy is resolved once.
            resolved = io.quarkus.arc.ClientProxy.unwrap(identity);
            return resolved;
        } catch (BlockingOperationNotAllowedException | io.quarkus.security.AuthenticationFailedException e) {
            // Wrong credentials on a public page: the page is shown as to anyone (an API call answers 401).
            return ANONYMOUS;
        }
    }

    private Language language() {
        return Language.of(request.getCurrent());
    }
}

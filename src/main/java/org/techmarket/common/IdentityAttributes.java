package org.techmarket.common;

/** Names of the attributes every authenticated {@code SecurityIdentity} carries. */
public final class IdentityAttributes {
    public static final String USER_ID = "userId";
    public static final String ORGANISATION_ID = "organisationId";
    public static final String DISPLAY_NAME = "displayName";
    /** The username (a session identity's principal also carries the session version). */
    public static final String USERNAME = "username";
    public static final String SESSION_VERSION = "sessionVersion";
    /** A {@link Standing}: whether the person may act for their organisation. */
    public static final String STANDING = "standing";

    /** Who is acting, for audit entries: the username, or "system" when nobody is logged in. */
    public static String username(io.quarkus.security.identity.SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return "system";
        }
        Object name = identity.getAttribute(USERNAME);
        return name != null ? name.toString() : identity.getPrincipal().getName();
    }

    private IdentityAttributes() {
    }
}

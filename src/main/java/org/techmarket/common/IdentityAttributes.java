package org.techmarket.common;

/** Names of the attributes every authenticated {@code SecurityIdentity} carries. */
public final class IdentityAttributes {
    public static final String USER_ID = "userId";
    public static final String ORGANISATION_ID = "organisationId";
    public static final String DISPLAY_NAME = "displayName";

    private IdentityAttributes() {
    }
}

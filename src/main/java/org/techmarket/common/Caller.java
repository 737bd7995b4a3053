package org.techmarket.common;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/** The logged-in user as services see them: who, of which organisation, in which role. */
public record Caller(long userId, String username, long organisationId, String role) {

    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        Object userId = identity.getAttribute(IdentityAttributes.USER_ID);
        Object organisationId = identity.getAttribute(IdentityAttributes.ORGANISATION_ID);
        if (userId == null || organisationId == null) {
            throw new UnauthorizedException();
        }
        String role = identity.getRoles().stream().findFirst().orElse("");
        return new Caller(((Number) userId).longValue(), identity.getPrincipal().getName(),
                ((Number) organisationId).longValue(), role);
    }

    /** The caller on endpoints open to everyone: empty when anonymous. */
    public static java.util.Optional<Caller> optional(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? java.util.Optional.empty()
                : java.util.Optional.of(of(identity));
    }

    public boolean isStaff() {
        return Roles.STAFF.equals(role) || Roles.ADMIN.equals(role);
    }

    public boolean isMemberOf(long organisation) {
        return organisationId == organisation;
    }
}

package org.techmarket.common;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Optional;

/**
 * The logged-in user as services see them: who, of which organisation, in which role, and in which
 * {@link Standing}. {@link #of} is the gate of every organisation-scoped read and action: it admits
 * only approved members of verified organisations. {@link #account} is for what a person does with
 * their own account whatever their standing (who am I, notifications, password, tokens).
 */
public record Caller(long userId, String username, long organisationId, String role, Standing standing) {

    /** A caller acting for their organisation; 403 for an unapproved joiner or a member of an unverified one. */
    public static Caller of(SecurityIdentity identity) {
        Caller caller = account(identity);
        if (!caller.standing.actsForOrganisation()) {
            throw caller.standing == Standing.AWAITING_APPROVAL ? awaitingApproval()
                    : caller.standing == Standing.EXPERT ? expert()
                    : ForbiddenActionException.localized("techmarket.standing.unverified",
                            "Your organisation has not been verified by the market staff yet");
        }
        return caller;
    }

    /**
     * An approved member whose organisation may still await verification: for the organisation's own
     * registration (its status, the reason it was returned, resubmitting it after correction).
     */
    public static Caller registrant(SecurityIdentity identity) {
        Caller caller = account(identity);
        if (caller.standing == Standing.AWAITING_APPROVAL) {
            throw awaitingApproval();
        }
        if (caller.standing == Standing.EXPERT) {
            throw expert();
        }
        return caller;
    }

    /** The logged-in person for their own account, whatever their standing. */
    public static Caller account(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        Object userId = identity.getAttribute(IdentityAttributes.USER_ID);
        Object organisationId = identity.getAttribute(IdentityAttributes.ORGANISATION_ID);
        Object standing = identity.getAttribute(IdentityAttributes.STANDING);
        if (userId == null || organisationId == null || !(standing instanceof Standing)) {
            throw new UnauthorizedException();
        }
        String role = identity.getRoles().stream().findFirst().orElse("");
        return new Caller(((Number) userId).longValue(), IdentityAttributes.username(identity),
                ((Number) organisationId).longValue(), role, (Standing) standing);
    }

    /**
     * The caller on endpoints open to everyone: empty when anonymous, and when the person may not act
     * for an organisation (they see the public market as everyone does).
     */
    public static Optional<Caller> optional(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        Caller caller = account(identity);
        return caller.standing.actsForOrganisation() ? Optional.of(caller) : Optional.empty();
    }

    /** A caller made by the platform itself (demo data, jobs): always a member in good standing. */
    public static Caller member(long userId, String username, long organisationId, String role) {
        return new Caller(userId, username, organisationId, role, Standing.MEMBER);
    }

    private static ForbiddenActionException expert() {
        return ForbiddenActionException.localized("techmarket.standing.expert",
                "Expert reviewers score the submissions assigned to them and act for no organisation");
    }

    private static ForbiddenActionException awaitingApproval() {
        return ForbiddenActionException.localized("techmarket.standing.awaiting",
                "Your membership of this organisation awaits approval by its members or the market staff");
    }

    /** An expert reviewer (评审专家) for their own assignments and conflicts; 403 for anyone else. */
    public static Caller reviewer(SecurityIdentity identity) {
        Caller caller = account(identity);
        if (caller.standing != Standing.EXPERT) {
            throw new ForbiddenActionException("Your role does not allow this");
        }
        return caller;
    }

    public boolean isStaff() {
        return Roles.STAFF.equals(role) || Roles.ADMIN.equals(role);
    }

    public boolean isMemberOf(long organisation) {
        return organisationId == organisation;
    }
}

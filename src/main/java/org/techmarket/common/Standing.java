package org.techmarket.common;

/**
 * 成员资格: whether a logged-in person may act for their organisation. The one access rule every
 * organisation-scoped read or action goes through ({@link Caller#of}): only an approved, enabled
 * member of a verified organisation ({@link #MEMBER}) sees and moves the organisation's drafts,
 * cases, contracts, documents, vouchers, orders, balances and inquiries. Anyone else logged in
 * sees their own account and the public market.
 */
public enum Standing {
    /** An approved member of a verified organisation. */
    MEMBER,
    /** Joined an existing organisation by its credit code; its members or staff have not approved yet. */
    AWAITING_APPROVAL,
    /** The organisation is pending verification or was rejected. */
    ORGANISATION_UNVERIFIED,
    /**
     * 评审专家: an expert reviewer invited by staff. Their account sits in the market's organisation, but they
     * act for no organisation: they score the challenge submissions assigned to them and nothing else.
     */
    EXPERT;

    /** The rule itself, for every way a person can be logged in (form, Basic, API token). */
    public static Standing of(String role, boolean membershipApproved, boolean organisationVerified) {
        if (Roles.REVIEWER.equals(role)) {
            return EXPERT;
        }
        if (!membershipApproved) {
            return AWAITING_APPROVAL;
        }
        return organisationVerified ? MEMBER : ORGANISATION_UNVERIFIED;
    }

    public boolean actsForOrganisation() {
        return this == MEMBER;
    }
}

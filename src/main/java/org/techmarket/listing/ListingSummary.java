package org.techmarket.listing;

/** Who owns a listing and where it stands, for other features (matching, contracts) whatever its status. */
public record ListingSummary(long id, ListingKind kind, String title, long organisationId, long ownerId,
        ListingStatus status, TechField field, String regionCode, String[] modes) {

    public boolean isPublished() {
        return status == ListingStatus.PUBLISHED;
    }
}

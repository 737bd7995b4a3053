package org.techmarket.listing;

/** Fired (synchronously, inside the changing transaction) when a listing is published, edited while published, or leaves publication. */
public record ListingChanged(long listingId, ListingKind kind, ListingStatus status) {
}

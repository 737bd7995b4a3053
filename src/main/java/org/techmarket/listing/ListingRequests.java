package org.techmarket.listing;


/** Request bodies of the listing API that are not listings themselves. */
final class ListingRequests {

    private ListingRequests() {
    }

    record ReviewRequest(ListingService.Decision decision, String reason) {
    }

}

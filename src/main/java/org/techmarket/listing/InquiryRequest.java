package org.techmarket.listing;

/** The body of a new inquiry. */
public record InquiryRequest(String message) {
}

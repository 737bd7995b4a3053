package org.techmarket.listing;

/** What a listing says, for models that read text (matching's embeddings); published or not. */
public record ListingText(long id, ListingKind kind, boolean published, String title, String[] keywords,
        String summary, String description) {
}

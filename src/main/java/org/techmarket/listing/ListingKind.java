package org.techmarket.listing;

/** What a listing offers or seeks. */
public enum ListingKind {
    /** 科技成果: a technology result offered by a university, institute or company. */
    RESULT("results"),
    /** 技术需求: a technology need of an enterprise. */
    NEED("needs");

    /** The plural used in URLs: /results, /api/v1/needs. */
    public final String path;

    ListingKind(String path) {
        this.path = path;
    }
}

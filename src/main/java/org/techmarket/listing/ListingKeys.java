package org.techmarket.listing;

import io.quarkus.qute.TemplateExtension;

/** Message keys for facet values that arrive as plain codes: {@code {msg:message(key:field(code))}}. */
@TemplateExtension(namespace = "key")
public final class ListingKeys {
    private ListingKeys() {
    }

    public static String field(String code) {
        return "field_" + code;
    }

    public static String mode(String code) {
        return "mode_" + code;
    }

    public static String band(String code) {
        return "band_" + code;
    }
}

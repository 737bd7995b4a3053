package org.techmarket.common;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * How a page prints a region, in the page's language, from its code: {@code {region:name(code)}},
 * {@code {region:full(code)}}, or {@code {r.label}} for a {@link Region}. Every page goes through here.
 */
@TemplateExtension(namespace = "region")
public final class RegionLabels {

    private RegionLabels() {
    }

    static String name(String code, @TemplateAttribute("locale") Object locale) {
        return directory().name(code, Bundles.language(locale));
    }

    static String full(String code, @TemplateAttribute("locale") Object locale) {
        return directory().fullName(code, Bundles.language(locale));
    }

    private static RegionDirectory directory() {
        return Arc.container().instance(RegionDirectory.class).get();
    }

    /** {@code {r.label}}: a region's own name in the page's language. */
    @TemplateExtension
    public static final class OfRegion {

        private OfRegion() {
        }

        static String label(Region region, @TemplateAttribute("locale") Object locale) {
            return directory().name(region.code, Bundles.language(locale));
        }
    }
}

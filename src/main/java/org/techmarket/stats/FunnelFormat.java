package org.techmarket.stats;

import io.quarkus.qute.TemplateExtension;
import java.text.NumberFormat;
import java.util.Locale;

/** How the funnel pages show rates and counts: {@code {funnel:percent(r)}}, {@code {funnel:count(n)}}; amounts go through {@code money:local}. */
@TemplateExtension(namespace = "funnel")
public final class FunnelFormat {

    private FunnelFormat() {
    }

    /** "12.5%", or a dash where there is no rate (the step before is zero). */
    public static String percent(Double rate) {
        return rate == null ? "—" : String.format(Locale.ROOT, "%.1f%%", rate);
    }

    /** A count with thousands separators, as both languages write them. */
    public static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }
}

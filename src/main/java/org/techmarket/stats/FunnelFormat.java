package org.techmarket.stats;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.techmarket.common.Money;

/** How the funnel pages show rates and money: {@code {funnel:percent(r)}}, {@code {funnel:amount(fen, english)}}. */
@TemplateExtension(namespace = "funnel")
public final class FunnelFormat {

    private FunnelFormat() {
    }

    /** "12.5%", or a dash where there is no rate (the step before is zero). */
    public static String percent(Double rate) {
        return rate == null ? "—" : String.format(Locale.ROOT, "%.1f%%", rate);
    }

    /** 万元 / 亿元 on Chinese pages ("350万元"), yuan on English ones ("¥3,500,000"). */
    public static String amount(long fen, boolean english) {
        return Money.local(fen, english);
    }

    /** A count with thousands separators, as both languages write them. */
    public static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }
}

package org.techmarket.common;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in fen shown as Chinese users read them: 元, 万元, 亿元. */
@TemplateExtension(namespace = "money")
public final class Money {

    private static final long FEN_PER_YUAN = 100;
    private static final long FEN_PER_WAN = 1_000_000;
    private static final long FEN_PER_YI = 10_000_000_000L;

    private Money() {
    }

    /** {@code {money:format(listing.priceFen)}}: "12.5万元", "3亿元", "800元". */
    public static String format(Long fen) {
        if (fen == null) {
            return "";
        }
        if (fen >= FEN_PER_YI) {
            return plain(fen, FEN_PER_YI) + "亿元";
        }
        if (fen >= FEN_PER_WAN) {
            return plain(fen, FEN_PER_WAN) + "万元";
        }
        return plain(fen, FEN_PER_YUAN) + "元";
    }

    /** {@code {money:local(fen, inject:web.english)}}: as {@link #format} for Chinese readers, "¥1,234.5" / "¥3,500,000" in English. */
    public static String local(Long fen, boolean english) {
        if (fen == null || !english) {
            return format(fen);
        }
        BigDecimal yuan = BigDecimal.valueOf(fen).divide(BigDecimal.valueOf(FEN_PER_YUAN), 2, RoundingMode.UNNECESSARY);
        return "¥" + String.format(java.util.Locale.ROOT, fen % FEN_PER_YUAN == 0 ? "%,.0f" : "%,.2f", yuan);
    }

    /** A chart's number: 万元 for Chinese readers, yuan in English (plain, no grouping). */
    public static String chart(long fen, boolean english) {
        return plain(fen, english ? FEN_PER_YUAN : FEN_PER_WAN);
    }

    /** An amount in 万元 as a form shows it, e.g. "12.5". */
    public static String wan(Long fen) {
        return fen == null ? "" : plain(fen, FEN_PER_WAN);
    }

    private static String plain(long fen, long unit) {
        return BigDecimal.valueOf(fen).divide(BigDecimal.valueOf(unit), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}

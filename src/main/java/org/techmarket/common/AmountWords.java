package org.techmarket.common;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;

/**
 * An amount in words, shown beside a money field so that a slip of a digit shows: Chinese financial numerals
 * (大写金额, "壹佰贰拾万元整") for Chinese readers, "1.2 million yuan" in English. {@code /js/app.js} holds the
 * same rules for the words shown while typing; these are the words the server renders after a submit.
 */
@TemplateExtension(namespace = "words")
public final class AmountWords {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] PLACES = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿", "万亿"};

    private AmountWords() {
    }

    /** {@code {words:typed(form.price, 'WAN', inject:web.english)}}: the words of what was typed, empty when it is not an amount. */
    public static String typed(String text, String unit, boolean english) {
        Long fen = MoneyInput.parse("amount", text, MoneyInput.Unit.valueOf(unit), new LinkedHashMap<>());
        return fen == null ? "" : english ? english(fen) : chinese(fen);
    }

    /** 大写金额 of an amount in fen: 12_000_000_00 → "壹佰贰拾万元整", 105 → "壹元零伍分", 50 → "伍角". */
    public static String chinese(long fen) {
        if (fen < 0) {
            throw new IllegalArgumentException("negative amount");
        }
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int cents = (int) (fen % 10);
        StringBuilder words = new StringBuilder();
        if (yuan > 0) {
            words.append(integer(yuan)).append('元');
        }
        if (jiao == 0 && cents == 0) {
            return words.length() == 0 ? "零元整" : words.append('整').toString();
        }
        if (jiao > 0) {
            words.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            words.append('零');
        }
        if (cents > 0) {
            words.append(DIGITS.charAt(cents)).append('分');
        }
        return words.toString();
    }

    /** An amount in fen for an English reader: "800 yuan", "12 thousand yuan", "1.2 million yuan", "3.5 billion yuan". */
    public static String english(long fen) {
        BigDecimal yuan = BigDecimal.valueOf(fen, 2);
        String[] names = {"billion", "million", "thousand"};
        long[] sizes = {1_000_000_000L, 1_000_000L, 1_000L};
        for (int i = 0; i < sizes.length; i++) {
            if (yuan.compareTo(BigDecimal.valueOf(sizes[i])) >= 0) {
                BigDecimal exact = yuan.divide(BigDecimal.valueOf(sizes[i]));
                BigDecimal shown = exact.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
                return (shown.compareTo(exact) == 0 ? "" : "about ") + shown.toPlainString() + " " + names[i] + " yuan";
            }
        }
        return yuan.stripTrailingZeros().toPlainString() + " yuan";
    }

    /** A whole number of yuan above zero in financial numerals, without the unit. */
    private static String integer(long value) {
        StringBuilder words = new StringBuilder();
        boolean zeroPending = false;
        int groups = 0;
        for (long v = value; v > 0; v /= 10_000) {
            groups++;
        }
        for (int g = groups - 1; g >= 0; g--) {
            int group = (int) (value / pow10k(g) % 10_000);
            if (group == 0) {
                zeroPending = words.length() > 0;
                continue;
            }
            if (words.length() > 0 && (zeroPending || group < 1000)) {
                words.append('零');
            }
            words.append(fourDigits(group)).append(GROUPS[g]);
            zeroPending = false;
        }
        return words.toString();
    }

    private static String fourDigits(int group) {
        StringBuilder words = new StringBuilder();
        boolean zero = false;
        for (int place = 3; place >= 0; place--) {
            int digit = group / (int) Math.pow(10, place) % 10;
            if (digit == 0) {
                zero = words.length() > 0;
            } else {
                if (zero) {
                    words.append('零');
                    zero = false;
                }
                words.append(DIGITS.charAt(digit)).append(PLACES[place]);
            }
        }
        return words.toString();
    }

    private static long pow10k(int groups) {
        long p = 1;
        for (int i = 0; i < groups; i++) {
            p *= 10_000;
        }
        return p;
    }
}

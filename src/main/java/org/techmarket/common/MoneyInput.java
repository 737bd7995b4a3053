package org.techmarket.common;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Amounts as people type them into fen: 万元 in the listing and contract forms and in spreadsheets,
 * 元 in the voucher forms. One parser with one limit; every error is put under the field typed into.
 * Thousands separators are allowed; finer than a fen, negative or above {@link #MAX_FEN} is refused.
 */
public final class MoneyInput {

    /** ¥100 bn in fen: far above any real deal, far below what a long can hold. The limit of every amount. */
    public static final long MAX_FEN = 10_000_000_000_000L;

    /** The unit an amount is typed in. */
    public enum Unit {
        WAN(6, "万元"), YUAN(2, "元");

        /** Where the decimal point moves to make fen. */
        final int fenScale;
        final String label;

        Unit(int fenScale, String label) {
            this.fenScale = fenScale;
            this.label = label;
        }
    }

    private MoneyInput() {
    }

    /** The amount in fen, or null when blank; a refusal is put into {@code errors} under {@code field} (and null returned). */
    public static Long parse(String field, String text, Unit unit, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.strip().replace(",", "").replace("，", "");
        BigDecimal amount;
        try {
            amount = new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            errors.put(field, "not an amount in " + unit.label + ": " + abbreviate(text.strip()));
            return null;
        }
        if (amount.signum() < 0) {
            errors.put(field, "must not be negative");
            return null;
        }
        BigDecimal fen = amount.movePointRight(unit.fenScale);
        if (fen.stripTrailingZeros().scale() > 0) {
            errors.put(field, "at most " + unit.fenScale + " decimals in " + unit.label + " (one fen)");
            return null;
        }
        if (fen.compareTo(BigDecimal.valueOf(MAX_FEN)) > 0) {
            errors.put(field, "at most " + BigDecimal.valueOf(MAX_FEN).movePointLeft(unit.fenScale).toPlainString()
                    + " " + unit.label);
            return null;
        }
        return fen.longValueExact();
    }

    /** The amount in fen, or null when blank; a refusal is a 400 naming {@code field}. */
    public static Long parse(String field, String text, Unit unit) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long fen = parse(field, text, unit, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return fen;
    }

    /** A required amount above zero, in fen; blank, zero or a refusal is a 400 naming {@code field}. */
    public static long positive(String field, String text, Unit unit) {
        Long fen = parse(field, text, unit);
        if (fen == null || fen == 0) {
            throw InvalidInputException.of(field, "a positive amount in " + unit.label);
        }
        return fen;
    }

    private static String abbreviate(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}

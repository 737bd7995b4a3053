package org.techmarket.common;

/**
 * CSV cells that a spreadsheet will not run as formulas (OWASP CSV injection): a value starting with
 * {@code = + - @}, a tab or a carriage return is prefixed with a single quote. Every CSV the
 * platform writes passes its cells through here.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    public static Object[] safe(Object[] row) {
        Object[] out = new Object[row.length];
        for (int i = 0; i < row.length; i++) {
            out[i] = row[i] instanceof String s ? safe(s) : row[i];
        }
        return out;
    }
}

package org.techmarket.stats;

import java.time.LocalDate;
import org.techmarket.common.InvalidInputException;

/**
 * The period a funnel covers: a year, a quarter of a year, or all time (no year). Read from the
 * request's {@code year} and {@code quarter} as typed, so that a bad value is a 400 naming its field.
 */
public record FunnelPeriod(Integer year, Integer quarter) {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2099;
    /** All time, as bounds every query can compare with. */
    private static final LocalDate BEGINNING = LocalDate.of(1970, 1, 1);
    private static final LocalDate END = LocalDate.of(9999, 12, 31);

    public static final FunnelPeriod ALL_TIME = new FunnelPeriod(null, null);

    /** The period of {@code year} and {@code quarter} (blank is absent): 400 for anything else. */
    public static FunnelPeriod parse(String year, String quarter) {
        Integer y = number("year", year, FIRST_YEAR, LAST_YEAR);
        Integer q = number("quarter", quarter, 1, 4);
        if (q != null && y == null) {
            throw InvalidInputException.of("quarter", "a quarter needs a year");
        }
        return new FunnelPeriod(y, q);
    }

    private static Integer number(String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "a whole number from " + min + " to " + max);
        }
        if (n < min || n > max) {
            throw InvalidInputException.of(field, "a whole number from " + min + " to " + max);
        }
        return n;
    }

    public boolean isAllTime() {
        return year == null;
    }

    /** The first day of the period. */
    public LocalDate from() {
        if (year == null) {
            return BEGINNING;
        }
        return LocalDate.of(year, quarter == null ? 1 : (quarter - 1) * 3 + 1, 1);
    }

    /** The day after the period. */
    public LocalDate until() {
        if (year == null) {
            return END;
        }
        return quarter == null ? from().plusYears(1) : from().plusMonths(3);
    }
}

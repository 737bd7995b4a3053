package org.techmarket.stats;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.techmarket.common.InvalidInputException;

/**
 * The stretch of time a figure covers: a year, a quarter of a year, or all time. Boundaries are
 * midnight in China time (the market's own calendar), half-open: {@code from <= t < to}.
 */
public record Period(Integer year, Integer quarter, OffsetDateTime from, OffsetDateTime to) {

    public static final ZoneId MARKET_ZONE = ZoneId.of("Asia/Shanghai");
    /** The first year the market could hold a record of. */
    public static final int FIRST_YEAR = 2000;

    public static Period allTime() {
        return new Period(null, null, null, null);
    }

    /**
     * {@code year} (2000 up to this year) and optional {@code quarter} (1–4, only with a year);
     * blank means all time. Anything else is a 400 naming the parameter.
     */
    public static Period parse(String year, String quarter, LocalDate today) {
        boolean noYear = year == null || year.isBlank();
        boolean noQuarter = quarter == null || quarter.isBlank();
        if (noYear) {
            if (!noQuarter) {
                throw InvalidInputException.of("quarter", "a quarter needs a year");
            }
            return allTime();
        }
        int y = number("year", year);
        if (y < FIRST_YEAR || y > today.getYear()) {
            throw InvalidInputException.of("year", "must be between " + FIRST_YEAR + " and " + today.getYear());
        }
        if (noQuarter) {
            LocalDate start = LocalDate.of(y, 1, 1);
            return new Period(y, null, at(start), at(start.plusYears(1)));
        }
        int q = number("quarter", quarter);
        if (q < 1 || q > 4) {
            throw InvalidInputException.of("quarter", "must be 1, 2, 3 or 4");
        }
        LocalDate start = LocalDate.of(y, (q - 1) * 3 + 1, 1);
        return new Period(y, q, at(start), at(start.plusMonths(3)));
    }

    /** The first day of the period (a day before any record for all time). */
    public LocalDate fromDay() {
        return from == null ? LocalDate.of(1970, 1, 1) : from.toLocalDate();
    }

    /** The day after the period (a day after any record for all time). */
    public LocalDate untilDay() {
        return to == null ? LocalDate.of(9999, 12, 31) : to.toLocalDate();
    }

    public boolean isAllTime() {
        return year == null;
    }

    /** First day of the period's first month, for the monthly rollups; null for all time. */
    public LocalDate firstMonth() {
        return from == null ? null : from.toLocalDate();
    }

    public LocalDate endMonth() {
        return to == null ? null : to.toLocalDate();
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atStartOfDay(MARKET_ZONE).toOffsetDateTime();
    }

    private static int number(String field, String value) {
        String v = value.strip();
        if (!v.matches("[0-9]{1,4}")) {
            throw InvalidInputException.of(field, "not a number: " + (v.length() > 20 ? v.substring(0, 20) : v));
        }
        return Integer.parseInt(v);
    }
}

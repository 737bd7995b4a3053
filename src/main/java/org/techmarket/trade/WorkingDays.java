package org.techmarket.trade;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days (工作日) for notice periods: Monday to Friday, less the public holidays, plus the
 * weekend days worked in exchange (调休上班). 2026 follows the State Council's holiday notice;
 * 2027 is provisional (its notice comes late in 2026) and must be replaced when published.
 */
public final class WorkingDays {

    private static final Set<LocalDate> HOLIDAYS = Set.of(
            // 2026: 元旦, 春节, 清明, 劳动节, 端午, 中秋, 国庆
            d(2026, 1, 1), d(2026, 1, 2), d(2026, 1, 3),
            d(2026, 2, 15), d(2026, 2, 16), d(2026, 2, 17), d(2026, 2, 18), d(2026, 2, 19), d(2026, 2, 20),
            d(2026, 2, 21), d(2026, 2, 22), d(2026, 2, 23),
            d(2026, 4, 4), d(2026, 4, 5), d(2026, 4, 6),
            d(2026, 5, 1), d(2026, 5, 2), d(2026, 5, 3), d(2026, 5, 4), d(2026, 5, 5),
            d(2026, 6, 19), d(2026, 6, 20), d(2026, 6, 21),
            d(2026, 9, 25), d(2026, 9, 26), d(2026, 9, 27),
            d(2026, 10, 1), d(2026, 10, 2), d(2026, 10, 3), d(2026, 10, 4), d(2026, 10, 5), d(2026, 10, 6),
            d(2026, 10, 7),
            // 2027 (provisional)
            d(2027, 1, 1),
            d(2027, 2, 5), d(2027, 2, 6), d(2027, 2, 7), d(2027, 2, 8), d(2027, 2, 9), d(2027, 2, 10), d(2027, 2, 11),
            d(2027, 4, 5),
            d(2027, 5, 1), d(2027, 5, 2), d(2027, 5, 3), d(2027, 5, 4), d(2027, 5, 5),
            d(2027, 6, 9),
            d(2027, 9, 15),
            d(2027, 10, 1), d(2027, 10, 2), d(2027, 10, 3), d(2027, 10, 4), d(2027, 10, 5), d(2027, 10, 6),
            d(2027, 10, 7));

    private static final Set<LocalDate> WORKED_WEEKENDS = Set.of(
            d(2026, 1, 4), d(2026, 2, 14), d(2026, 2, 28), d(2026, 5, 9), d(2026, 9, 20), d(2026, 10, 10),
            d(2027, 2, 20), d(2027, 10, 9));

    private WorkingDays() {
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    public static boolean isWorkingDay(LocalDate day) {
        if (WORKED_WEEKENDS.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !HOLIDAYS.contains(day);
    }

    /** The first working day on or after the given day. */
    public static LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The last day of a period of {@code days} working days starting on {@code first} (a working day). */
    public static LocalDate lastOf(LocalDate first, int days) {
        LocalDate d = onOrAfter(first);
        for (int counted = 1; counted < days; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }
}

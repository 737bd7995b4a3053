package org.techmarket.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void shouldSkipWeekendsAndTheNationalDayHolidaysButCountAWorkedSaturday() {
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 10, 5)));
        assertTrue(WorkingDays.isWorkingDay(LocalDate.of(2026, 10, 10)));
        // Sep 28, 29, 30, Oct 8, 9, 10 (worked Saturday), 12, 13, 14, 15
        assertEquals(LocalDate.of(2026, 10, 15), WorkingDays.lastOf(LocalDate.of(2026, 9, 28), 10));
    }

    @Test
    void shouldStartAPeriodOnTheNextWorkingDay() {
        assertEquals(LocalDate.of(2026, 11, 30), WorkingDays.onOrAfter(LocalDate.of(2026, 11, 28)));
        assertEquals(LocalDate.of(2026, 12, 11), WorkingDays.lastOf(LocalDate.of(2026, 11, 28), 10));
    }
}

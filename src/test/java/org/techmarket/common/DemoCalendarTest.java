package org.techmarket.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The demo story's calendar: its days as written on 29 November, squeezed into the year before that. */
class DemoCalendarTest {

    private static DemoCalendar on(int year, int month, int day, int hour) {
        return new DemoCalendar(ZonedDateTime.of(year, month, day, hour, 30, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void shouldKeepTheStoryDaysWhenToldOnTheTwentyNinthOfNovember() {
        DemoCalendar calendar = on(2026, 11, 29, 10);
        assertEquals(OffsetDateTime.of(2026, 10, 20, 14, 0, 0, 0, ZoneOffset.UTC), calendar.at(40, 14, 0));
        assertEquals(OffsetDateTime.of(2026, 1, 2, 12, 0, 0, 0, ZoneOffset.UTC), calendar.at(DemoCalendar.STORY_DAYS - 1, 12, 0));
        assertEquals(LocalDate.of(2026, 11, 24), calendar.day(5));
    }

    @Test
    void shouldSqueezeTheStoryIntoTheYearWhenLoadedInFebruary() {
        DemoCalendar calendar = on(2027, 2, 10, 9);
        OffsetDateTime now = OffsetDateTime.of(2027, 2, 10, 9, 30, 0, 0, ZoneOffset.UTC);
        OffsetDateTime previous = calendar.at(DemoCalendar.STORY_DAYS, 9, 0);
        assertEquals(2027, previous.getYear());
        for (int daysAgo = DemoCalendar.STORY_DAYS - 1; daysAgo >= 1; daysAgo--) {
            OffsetDateTime at = calendar.at(daysAgo, 9, 0);
            assertTrue(at.isAfter(previous), () -> "the story keeps its order: " + at + " after " + previous);
            assertFalse(at.isAfter(now), "nothing in the future");
        }
    }

    @Test
    void shouldPutNothingInTheFutureOrTheLastYearOnNewYearsMorning() {
        DemoCalendar calendar = on(2027, 1, 1, 7);
        OffsetDateTime now = OffsetDateTime.of(2027, 1, 1, 7, 30, 0, 0, ZoneOffset.UTC);
        assertEquals(now, calendar.at(DemoCalendar.STORY_DAYS, 9, 0));
        assertEquals(now, calendar.at(0, 17, 0));
        assertEquals(LocalDate.of(2027, 1, 1), calendar.day(200));
    }

    @Test
    void shouldNameOneArrayPerColumnForAnUpdateOverManyRows() {
        DemoCalendar.Rows rows = new DemoCalendar.Rows("id bigint", "decided_at timestamptz").add(1L, null).add(2L, "x");
        assertEquals(2, rows.size());
        assertEquals("unnest(CAST(string_to_array(:id, ',', '') AS bigint[]), CAST(string_to_array(:decided_at, ',', '')"
                + " AS timestamptz[])) AS s (id, decided_at)", rows.source());
    }
}

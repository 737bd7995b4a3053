package org.techmarket.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LocalDatesTest {

    @Test
    void shouldWriteDatesAsChineseAndEnglishReadersDo() {
        LocalDate date = LocalDate.of(2026, 11, 29);
        assertEquals("2026年11月29日", LocalDates.local(date, false));
        assertEquals("29 Nov 2026", LocalDates.local(date, true));
        assertEquals("2026年3月5日", LocalDates.local(LocalDate.of(2026, 3, 5), false));
        assertEquals("", LocalDates.local(null, true));
    }

    @Test
    void shouldShowAMomentOnTheDayItWasInLanzhou() {
        OffsetDateTime lateEveningUtc = OffsetDateTime.of(2026, 11, 28, 20, 0, 0, 0, ZoneOffset.UTC);
        assertEquals("2026年11月29日", LocalDates.local(lateEveningUtc, false));
        assertEquals("29 Nov 2026", LocalDates.local(lateEveningUtc.toInstant(), true));
    }

    @Test
    void shouldShowAMomentToTheMinuteAsTheClockInLanzhouShowedIt() {
        OffsetDateTime lateEveningUtc = OffsetDateTime.of(2026, 11, 28, 20, 5, 30, 0, ZoneOffset.UTC);
        assertEquals("2026-11-29 04:05", LocalDates.minute(lateEveningUtc));
        assertEquals("2026-11-29 04:05", LocalDates.minute(lateEveningUtc.toInstant()));
        assertEquals("", LocalDates.minute(null));
    }
}

package org.techmarket.common;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the page's reader writes them: {@code {date:local(x, inject:web.english)}} is "2026年11月29日" or "29 Nov 2026". */
@TemplateExtension(namespace = "date")
public final class LocalDates {

    /** The market's own time zone: an instant is shown on the day it was in Lanzhou. */
    static final ZoneId MARKET_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.CHINA);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private LocalDates() {
    }

    /** A LocalDate, LocalDateTime, OffsetDateTime, ZonedDateTime or Instant; empty for null. */
    public static String local(Object value, boolean english) {
        LocalDate date = toDate(value);
        return date == null ? "" : date.format(english ? ENGLISH : CHINESE);
    }

    /** {@code {date:minute(x)}}: an instant to the minute, as the clock showed it in Lanzhou ("2026-11-29 22:25"). */
    public static String minute(Object value) {
        ZonedDateTime at = value instanceof OffsetDateTime t ? t.atZoneSameInstant(MARKET_ZONE)
                : value instanceof Instant i ? i.atZone(MARKET_ZONE)
                : value instanceof ZonedDateTime z ? z.withZoneSameInstant(MARKET_ZONE) : null;
        return at == null ? "" : at.format(MINUTE);
    }

    static LocalDate toDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        if (value instanceof OffsetDateTime t) {
            return t.atZoneSameInstant(MARKET_ZONE).toLocalDate();
        }
        if (value instanceof ZonedDateTime t) {
            return t.withZoneSameInstant(MARKET_ZONE).toLocalDate();
        }
        if (value instanceof Instant i) {
            return i.atZone(MARKET_ZONE).toLocalDate();
        }
        if (value instanceof CharSequence text && !text.isEmpty()) {
            return LocalDate.parse(text.toString().substring(0, Math.min(10, text.length())));
        }
        return null;
    }
}

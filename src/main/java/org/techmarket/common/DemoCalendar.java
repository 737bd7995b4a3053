package org.techmarket.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar of the demo data's story (demo only): its events are written as "N days ago at hh:mm",
 * told on 29 November and reaching back to 1 January. Loaded on that day or later in a year, the
 * story keeps its days; loaded earlier, it is squeezed toward today, so that every date stays in the
 * current year (registration numbers carry it), none lies in the future, and their order holds.
 */
public final class DemoCalendar {

    /** How far back the story reaches: 1 January seen from 29 November. */
    public static final int STORY_DAYS = 332;

    private final ZonedDateTime now;
    private final ZonedDateTime yearStart;
    private final double squeeze;

    public DemoCalendar(ZonedDateTime now) {
        this.now = now;
        // Noon (or now, if earlier), so that no story date turns into the last year in a zone further west.
        ZonedDateTime noon = now.toLocalDate().withDayOfYear(1).atTime(12, 0).atZone(now.getZone());
        this.yearStart = noon.isAfter(now) ? now : noon;
        ZonedDateTime storyStart = now.toLocalDate().minusDays(STORY_DAYS).atTime(12, 0).atZone(now.getZone());
        double elapsed = Math.max(0, Duration.between(yearStart, now).toNanos());
        this.squeeze = Math.min(1.0, elapsed / Duration.between(storyStart, now).toNanos());
    }

    /** The calendar as of now, in the zone the platform reads its dates in. */
    public static DemoCalendar now() {
        return new DemoCalendar(ZonedDateTime.now(ZoneId.systemDefault()));
    }

    /** The moment of a story event: {@code daysAgo} days before today at {@code hour:minute}. */
    public OffsetDateTime at(int daysAgo, int hour, int minute) {
        ZonedDateTime told = now.toLocalDate().minusDays(daysAgo).atTime(hour, minute).atZone(now.getZone());
        long back = Math.max(0, Duration.between(told, now).toNanos());
        ZonedDateTime moment = squeeze == 1.0 ? now.minusNanos(back) : now.minusNanos(Math.round(back * squeeze));
        return (moment.isBefore(yearStart) ? yearStart : moment).toOffsetDateTime();
    }

    /** The day of a story event. */
    public LocalDate day(int daysAgo) {
        return at(daysAgo, 12, 0).atZoneSameInstant(now.getZone()).toLocalDate();
    }

    public LocalDate today() {
        return now.toLocalDate();
    }

    /**
     * Story values of many rows, bound as one array per column, so that one UPDATE moves them all:
     * {@code UPDATE t SET created_at = s.created_at FROM } {@link #source()} {@code WHERE t.id = s.id}.
     * Columns are given as "name type" ({@code "id bigint", "created_at timestamptz"}); no value holds a comma.
     */
    public static final class Rows {

        private final String[] names;
        private final String[] types;
        private final List<List<String>> values = new ArrayList<>();

        public Rows(String... columns) {
            names = new String[columns.length];
            types = new String[columns.length];
            for (int i = 0; i < columns.length; i++) {
                String[] nameType = columns[i].split(" ", 2);
                names[i] = nameType[0];
                types[i] = nameType[1];
                values.add(new ArrayList<>());
            }
        }

        /** One row, a value per column (null for none). */
        public Rows add(Object... row) {
            if (row.length != names.length) {
                throw new IllegalArgumentException("expected " + names.length + " values, got " + row.length);
            }
            for (int i = 0; i < row.length; i++) {
                values.get(i).add(row[i] == null ? "" : row[i].toString());
            }
            return this;
        }

        public int size() {
            return values.get(0).size();
        }

        public boolean isEmpty() {
            return size() == 0;
        }

        /** The rows as a table {@code s} with the named columns. */
        public String source() {
            StringBuilder sql = new StringBuilder("unnest(");
            for (int i = 0; i < names.length; i++) {
                sql.append(i == 0 ? "" : ", ").append("CAST(string_to_array(:").append(names[i])
                        .append(", ',', '') AS ").append(types[i]).append("[])");
            }
            return sql.append(") AS s (").append(String.join(", ", names)).append(")").toString();
        }

        /** Runs an UPDATE that reads {@link #source()}; returns the rows it changed. */
        public int update(EntityManager em, String sql) {
            Query query = em.createNativeQuery(sql);
            for (int i = 0; i < names.length; i++) {
                query.setParameter(names[i], String.join(",", values.get(i)));
            }
            return query.executeUpdate();
        }
    }
}

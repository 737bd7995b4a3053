package org.techmarket.expo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** 路演: a pitch session of an expo, in a room, at a time of the market's own clock. */
@Entity
@Table(name = "expo_session")
public class ExpoSession {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "expo_id", nullable = false)
    public long expoId;
    @Column(nullable = false)
    public String title;
    @Column(name = "presenter_id", nullable = false)
    public long presenterId;
    @Column(name = "presenter_name", nullable = false)
    public String presenterName;
    @Column(name = "result_id")
    public Long resultId;
    @Column(name = "starts_at", nullable = false)
    public LocalDateTime startsAt;
    @Column(name = "ends_at", nullable = false)
    public LocalDateTime endsAt;
    @Column(nullable = false)
    public String room;

    public LocalDate day() {
        return startsAt.toLocalDate();
    }

    /** "09:30–10:00" */
    public String hours() {
        return startsAt.format(CLOCK) + "–" + endsAt.format(CLOCK);
    }
}

package org.techmarket.expo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** 成果博览会: an expo of technology results, held by an organiser at a venue over some days. */
@Entity
@Table(name = "expo")
public class Expo {

    public static final String ENTITY = "Expo";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;
    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;
    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;
    @Column(nullable = false)
    public String venue;
    @Column(nullable = false)
    public String organiser;
    public String description;

    @Column(name = "created_by", nullable = false)
    public long createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    @Version
    public long version;

    public boolean isOn(LocalDate day) {
        return day != null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public boolean isUpcoming(LocalDate today) {
        return startsOn.isAfter(today);
    }
}

package org.techmarket.expo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** 展出成果: a published technology result shown at an expo by its organisation. */
@Entity
@Table(name = "expo_result")
public class ExpoResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "expo_id", nullable = false)
    public long expoId;
    @Column(name = "result_id", nullable = false)
    public long resultId;
    @Column(name = "organisation_id", nullable = false)
    public long organisationId;
    @Column(nullable = false)
    public String title;
    @Column(name = "added_at", nullable = false)
    public OffsetDateTime addedAt = OffsetDateTime.now();
}

package org.techmarket.expo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** 参展单位: an organisation exhibiting at an expo, with its booth. */
@Entity
@Table(name = "expo_exhibitor")
public class ExpoExhibitor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "expo_id", nullable = false)
    public long expoId;
    @Column(name = "organisation_id", nullable = false)
    public long organisationId;
    @Column(name = "organisation_name", nullable = false)
    public String organisationName;
    public String booth;
    @Column(name = "added_at", nullable = false)
    public OffsetDateTime addedAt = OffsetDateTime.now();
}

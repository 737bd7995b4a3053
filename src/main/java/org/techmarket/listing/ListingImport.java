package org.techmarket.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One staff upload of collected listings (征集) and its row-by-row report. */
@Entity
@Table(name = "listing_import")
public class ListingImport {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "imported_by", nullable = false)
    public long importedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "total_rows", nullable = false)
    public int totalRows;

    @Column(nullable = false)
    public int imported;

    @Column(nullable = false)
    public int duplicates;

    @Column(nullable = false)
    public int failed;

    @Column(name = "report_csv", nullable = false)
    public String reportCsv;

    /** The background job that imports the file. */
    @Column(name = "job_id")
    public Long jobId;
}

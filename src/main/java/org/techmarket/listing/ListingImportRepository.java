package org.techmarket.listing;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ListingImportRepository implements PanacheRepository<ListingImport> {
    public List<ListingImport> listRecent(int limit) {
        return find("order by createdAt desc").page(0, limit).list();
    }

    /** Adds a batch of rows to an import's counts and appends their lines to its report. */
    public void addRows(long id, int totalRows, int imported, int duplicates, int failed, String reportLines) {
        getEntityManager().createNativeQuery("""
                UPDATE listing_import SET total_rows = :total, imported = imported + :imported,
                       duplicates = duplicates + :duplicates, failed = failed + :failed,
                       report_csv = report_csv || :lines WHERE id = :id""")
                .setParameter("total", totalRows).setParameter("imported", imported)
                .setParameter("duplicates", duplicates).setParameter("failed", failed)
                .setParameter("lines", reportLines).setParameter("id", id).executeUpdate();
    }
}

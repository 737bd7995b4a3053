package org.techmarket.listing;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ListingImportRepository implements PanacheRepository<ListingImport> {
    public List<ListingImport> listRecent(int limit) {
        return find("order by createdAt desc").page(0, limit).list();
    }
}

package org.techmarket.listing;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ListingRevisionRepository implements PanacheRepository<ListingRevision> {

    public Optional<ListingRevision> pendingOf(long listingId) {
        return find("listingId = ?1 and status = ?2", listingId, ListingRevision.Status.PENDING).firstResultOptional();
    }

    public List<ListingRevision> queue(int limit) {
        return find("status = ?1 order by createdAt", ListingRevision.Status.PENDING).page(0, limit).list();
    }

    public List<ListingRevision> ofListing(long listingId) {
        return list("listingId = ?1 order by id desc", listingId);
    }
}

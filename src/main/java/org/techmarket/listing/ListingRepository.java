package org.techmarket.listing;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ListingRepository implements PanacheRepository<Listing> {

    public Optional<Listing> findForUpdate(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<Listing> listByOrganisation(long organisationId, ListingKind kind) {
        return list("organisationId = ?1 and kind = ?2 order by updatedAt desc", organisationId, kind);
    }

    public List<Listing> listAwaitingReview() {
        return list("status = ?1 order by submittedAt", ListingStatus.SUBMITTED);
    }

    public List<Listing> listPublishedLapsedBefore(LocalDate today, int limit) {
        return find("status = ?1 and validUntil < ?2 order by validUntil", ListingStatus.PUBLISHED, today)
                .page(0, limit).list();
    }

    public List<Listing> listPublishedLapsingUnnoticed(LocalDate until, int limit) {
        return find("status = ?1 and validUntil <= ?2 and expiryNoticeAt is null order by validUntil",
                ListingStatus.PUBLISHED, until).page(0, limit).list();
    }

    public boolean existsBySourceKey(String sourceKey) {
        return count("sourceKey", sourceKey) > 0;
    }
}

package org.techmarket.trade;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TradeRepository implements PanacheRepository<Trade> {

    public Optional<Trade> findForUpdate(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Trades whose notice period ended before the given day, oldest first. */
    public List<Trade> listNoticeEndedBefore(LocalDate day, int limit) {
        return find("status = ?1 and noticeUntil < ?2 order by noticeUntil, id", TradeStatus.NOTICE, day)
                .page(0, limit).list();
    }

    public List<Trade> listByStatus(TradeStatus status) {
        return list("status = ?1 order by updatedAt desc", status);
    }

    public List<Trade> listPublic(int limit) {
        return find("status in ?1 order by updatedAt desc",
                List.of(TradeStatus.NOTICE, TradeStatus.AUCTION, TradeStatus.DEAL)).page(0, limit).list();
    }

    public List<Trade> listOfSeller(long organisationId) {
        return list("sellerOrganisationId = ?1 order by updatedAt desc", organisationId);
    }
}

package org.techmarket.trade;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TradeDealRepository implements PanacheRepository<TradeDeal> {

    public Optional<TradeDeal> findByTrade(long tradeId) {
        return find("tradeId", tradeId).firstResultOptional();
    }

    public Optional<TradeDeal> findByTradeForUpdate(long tradeId) {
        return find("tradeId", tradeId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<TradeDeal> listLatest(int limit) {
        return find("order by concludedAt desc").page(0, limit).list();
    }

    /** The next confirmation number: CJ, the year, six digits. */
    public String nextNumber(int year) {
        Object n = getEntityManager().createNativeQuery("SELECT nextval('trade_deal_number_seq')").getSingleResult();
        return String.format("CJ%d%06d", year, ((Number) n).longValue());
    }
}

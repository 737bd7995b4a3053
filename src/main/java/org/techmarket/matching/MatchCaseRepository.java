package org.techmarket.matching;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class MatchCaseRepository implements PanacheRepository<MatchCase> {

    public boolean existsOpen(long needId, long resultId) {
        return count("needId = ?1 and resultId = ?2 and status not in (?3, ?4)", needId, resultId,
                CaseStatus.AGREED, CaseStatus.DECLINED) > 0;
    }

    public List<MatchCase> listInvolving(Collection<Long> listingIds) {
        return list("needId in ?1 or resultId in ?1 order by updatedAt desc", listingIds);
    }

    public List<MatchCase> listOpen(int limit) {
        return find("status not in (?1, ?2) order by updatedAt desc", CaseStatus.AGREED, CaseStatus.DECLINED)
                .page(0, limit).list();
    }
}

package org.techmarket.matching;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class StoredMatchRepository implements PanacheRepositoryBase<StoredMatch, StoredMatch.Pair> {

    public List<StoredMatch> listForNeed(long needId) {
        return list("pair.needId = ?1 order by score desc", needId);
    }

    public List<StoredMatch> listForResult(long resultId) {
        return list("pair.resultId = ?1 order by score desc", resultId);
    }

    public long deleteForListing(long listingId) {
        return delete("pair.needId = ?1 or pair.resultId = ?1", listingId);
    }
}

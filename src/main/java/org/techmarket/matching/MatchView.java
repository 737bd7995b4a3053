package org.techmarket.matching;

import java.util.List;
import java.util.Map;
import org.techmarket.listing.IndexedListing;
import org.techmarket.listing.ListingKind;
import org.techmarket.listing.TechField;

/** A match as the API shows it: the other listing in brief, the score and why. */
public record MatchView(long needId, long resultId, double score, Other listing, MatchExplanation explanation) {

    public record Other(long id, String kind, String title, TechField field, int maturity, String regionCode,
            Long priceFen, Long budgetMaxFen, String url) {
    }

    static List<MatchView> of(List<Match> matches, Map<Long, IndexedListing> others, ListingKind otherKind) {
        return matches.stream().map(m -> {
            IndexedListing o = others.get(otherKind == ListingKind.RESULT ? m.resultId() : m.needId());
            Other other = o == null ? null : new Other(o.id(), o.kind().name(), o.title(), o.field(), o.maturity(),
                    o.regionCode(), o.priceFen(), o.budgetMaxFen(), "/" + o.kind().path + "/" + o.id());
            return new MatchView(m.needId(), m.resultId(), m.score(), other, m.explanation());
        }).toList();
    }
}

package org.techmarket.matching;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.techmarket.listing.IndexedListing;
import org.techmarket.listing.ListingKind;
import org.techmarket.listing.TechField;

/**
 * The matching API's records: what it reads ({@code …Request}) and what it answers ({@code …View}).
 * One holder per feature ({@code <Feature>Api}): what the API reads ends in Request, what it answers in View.
 */
public final class MatchingApi {

    private MatchingApi() {
    }

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

    public record OpenRequest(Long needId, Long resultId) {
    }

    public record TransitionRequest(CaseStatus status, DeclineReason reasonCode, String comment) {
    }

    public record MessageRequest(String body) {
    }

    public record CaseView(long id, long needId, long resultId, CaseStatus status, DeclineReason declineReason,
            String comment, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        static CaseView of(MatchCase c) {
            return new CaseView(c.id, c.needId, c.resultId, c.status, c.declineReason, c.comment, c.createdAt,
                    c.updatedAt);
        }
    }

    public record CaseDetailView(CaseView matchCase, String needTitle, String resultTitle,
            List<CaseService.TimelineEntry> timeline) {
    }
}

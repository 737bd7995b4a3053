package org.techmarket.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.techmarket.account.OrganisationService;
import org.techmarket.common.NotFoundException;
import org.techmarket.listing.IndexedListing;
import org.techmarket.listing.ListingKind;
import org.techmarket.listing.SearchPage;
import org.techmarket.listing.SearchQuery;
import org.techmarket.listing.ListingService;
import org.techmarket.matching.Match;
import org.techmarket.matching.MatchingService;
import org.techmarket.notification.Notifications;

/**
 * Suggested teams: the results that match a challenge. From a need, the matching engine's matches of that need,
 * best-scoring first; for a government problem, the search ranked by relevance on the problem's title. When the
 * challenge opens, the members of the few organisations whose results match strongly (the engine's own threshold)
 * are told; a text search has no absolute score, so it tells nobody.
 */
@ApplicationScoped
public class ChallengeSuggestions {

    static final int SHOWN = 10;
    static final int TOLD = 3;

    @Inject
    MatchingService matching;

    @Inject
    ListingService listings;

    @Inject
    OrganisationService organisations;

    @Inject
    Notifications notifications;

    public List<ChallengeApi.SuggestionView> suggest(Challenge c) {
        List<ChallengeApi.SuggestionView> found = new ArrayList<>();
        if (c.source == ChallengeSource.ENTERPRISE_NEED && c.needId != null) {
            List<Match> matches = needMatches(c.needId);
            Map<Long, IndexedListing> results = matching.listingsOf(matches, ListingKind.RESULT);
            Map<Long, String> names = organisations.namesOf(results.values().stream().map(IndexedListing::organisationId)
                    .distinct().toList());
            for (Match m : matches) {
                IndexedListing r = results.get(m.resultId());
                if (r != null) {
                    found.add(new ChallengeApi.SuggestionView(r.id(), r.title(), r.organisationId(),
                            names.getOrDefault(r.organisationId(), ""), m.score()));
                }
            }
        } else {
            SearchPage page = listings.search(new SearchQuery(ListingKind.RESULT, cut(c.title, 200), null, null, null,
                    null, null, SearchQuery.Sort.RELEVANCE, 0, SHOWN));
            Map<Long, String> names = organisations.namesOf(page.items().stream().map(l -> l.organisationId)
                    .distinct().toList());
            page.items().stream().filter(l -> l.organisationId != c.ownerOrganisationId).forEach(l -> found.add(
                    new ChallengeApi.SuggestionView(l.id, l.title, l.organisationId,
                            names.getOrDefault(l.organisationId, ""), null)));
        }
        return found;
    }

    /** Tells the members of the top few organisations with a strong match ("您的成果与揭榜挂帅项目匹配"). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int tellStrongMatches(Challenge c) {
        if (c.source != ChallengeSource.ENTERPRISE_NEED || c.needId == null) {
            return 0;
        }
        List<Match> matches = needMatches(c.needId);
        Map<Long, IndexedListing> results = matching.listingsOf(matches, ListingKind.RESULT);
        Set<Long> organisationsTold = new LinkedHashSet<>();
        for (Match m : matches) {
            IndexedListing r = results.get(m.resultId());
            if (r == null || !MatchingService.worthTelling(m) || organisationsTold.contains(r.organisationId())) {
                continue;
            }
            organisationsTold.add(r.organisationId());
            notifications.notifyMembers(r.organisationId(), null, "CHALLENGE", "challenge:" + c.id + ":match",
                    "/challenges/" + c.id, "challenge.match", c.title, r.title());
            if (organisationsTold.size() >= TOLD) {
                break;
            }
        }
        return organisationsTold.size();
    }

    private List<Match> needMatches(long needId) {
        try {
            return matching.matchesFor(needId, ListingKind.NEED, SHOWN);
        } catch (NotFoundException e) {
            return List.of(); // the need is no longer published: nothing matches it
        }
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}

package org.techmarket.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techmarket.account.AccountService;
import org.techmarket.common.BackgroundJob;
import org.techmarket.common.BackgroundJobs;
import org.techmarket.common.Caller;
import org.techmarket.common.ForbiddenActionException;
import org.techmarket.common.JobState;
import org.techmarket.common.NotFoundException;
import org.techmarket.common.Roles;
import org.techmarket.listing.IndexedListing;
import org.techmarket.listing.ListingKind;
import org.techmarket.listing.ListingService;
import org.techmarket.notification.Notifications;

/**
 * Matches between needs and results: ranked on request for any published listing, and kept
 * fresh in the background (see {@link MatchRefreshQueue}) so that owners hear of new strong ones.
 */
@ApplicationScoped
public class MatchingService {

    public static final int SHOWN = 10;
    /** Matches kept per listing by the background refresh. */
    static final int STORED = 20;
    /** A new match at least this strong, with evidence ({@link #worthTelling}), is worth telling the owners about. */
    static final double STRONG = 0.65;

    @Inject
    MatchingEngine engine;

    @Inject
    ListingService listings;

    @Inject
    StoredMatchRepository stored;

    @Inject
    Notifications notifications;

    @Inject
    AccountService accounts;

    @Inject
    ObjectMapper json;

    @Inject
    BackgroundJobs jobs;

    /** A recomputation of all matches as the API tells it: its job, needs done of all, matches stored. */
    public record Recomputation(long jobId, JobState state, boolean running, int needs, int needsDone,
            int matchesStored, int errors, Instant startedAt, Long durationMs) {
        static Recomputation of(BackgroundJob job) {
            Instant started = job.startedAt == null ? null : job.startedAt.toInstant();
            Long duration = started == null || job.finishedAt == null ? null
                    : Duration.between(started, job.finishedAt.toInstant()).toMillis();
            return new Recomputation(job.id, job.state, job.state.open(), job.total, job.done, job.produced,
                    job.errors, started, duration);
        }
    }

    /** The best matches of a published listing of the given kind; anything else is not found. */
    public List<Match> matchesFor(long listingId, ListingKind kind, int limit) {
        return matchesFor(listingId, kind, limit, MatchingEngine.Mode.BOTH);
    }

    /** The same, ranked by the given evidence only (to compare words and meaning). */
    public List<Match> matchesFor(long listingId, ListingKind kind, int limit, MatchingEngine.Mode evidence) {
        IndexedListing subject = published(listingId, kind);
        return engine.rank(subject, Math.min(Math.max(limit, 1), 50), evidence);
    }

    public Map<Long, IndexedListing> listingsOf(List<Match> matches, ListingKind otherKind) {
        List<Long> ids = matches.stream().map(m -> otherKind == ListingKind.RESULT ? m.resultId() : m.needId()).toList();
        Map<Long, IndexedListing> byId = new HashMap<>();
        listings.indexed(ids).forEach(l -> byId.put(l.id(), l));
        return byId;
    }

    /**
     * Recomputes and stores the matches of one listing; tells owners of new strong matches. A
     * listing no longer published loses its stored matches.
     */
    @Transactional
    public int refresh(long listingId) {
        return refreshInTransaction(listingId);
    }

    private int refreshInTransaction(long listingId) {
        List<IndexedListing> found = listings.indexed(List.of(listingId));
        if (found.isEmpty()) {
            stored.deleteForListing(listingId);
            return 0;
        }
        IndexedListing subject = found.get(0);
        boolean isNeed = subject.kind() == ListingKind.NEED;
        List<Match> matches = engine.rank(subject, STORED);
        List<StoredMatch> before = isNeed ? stored.listForNeed(listingId) : stored.listForResult(listingId);
        before.forEach(stored::delete);
        stored.flush();
        Map<Long, IndexedListing> others = listingsOf(matches, isNeed ? ListingKind.RESULT : ListingKind.NEED);
        int told = 0;
        for (Match m : matches) {
            StoredMatch s = new StoredMatch();
            s.pair = new StoredMatch.Pair(m.needId(), m.resultId());
            s.score = (float) m.score();
            s.explanation = toJson(m.explanation());
            stored.persist(s);
            // Each pair is told once, ever (the notification's key): a pair found again is not news, a pair
            // that becomes strong later (its vectors computed, a listing edited) is.
            if (worthTelling(m) && told < TOLD_PER_REFRESH) {
                IndexedListing other = others.get(isNeed ? m.resultId() : m.needId());
                if (other != null && tell(subject, other) | tell(other, subject)) {
                    told++;
                }
            }
        }
        return matches.size();
    }

    /**
     * Staff: recompute every published need's matches (and the word statistics) as a background job
     * ({@link MatchRecomputationJob}); while one is queued or running, that one is answered.
     */
    public Recomputation startRecomputation(Caller caller) {
        if (!caller.isStaff()) {
            throw new ForbiddenActionException("Only market staff recompute matches");
        }
        long id = jobs.enqueueExclusive(MatchRecomputationJob.KIND, caller.userId());
        return Recomputation.of(jobs.get(caller, id));
    }

    /** The last recomputation, on any instance. */
    public Optional<Recomputation> lastRecomputation(Caller caller) {
        return jobs.latestOfKind(caller, MatchRecomputationJob.KIND).map(Recomputation::of);
    }

    /** Tells the owner of a listing about a match; whether a new notification was written. */
    private boolean tell(IndexedListing owner, IndexedListing about) {
        // Listings collected by staff (imports) are owned by a staff account: the market does not notify itself.
        boolean staffOwned = accounts.findById(owner.ownerId())
                .map(u -> Roles.STAFF.equals(u.role) || Roles.ADMIN.equals(u.role)).orElse(true);
        if (staffOwned) {
            return false;
        }
        // Once per pair of listings: a match found again on the next recomputation is not news.
        return notifications.notify(owner.ownerId(), "MATCH", "match:" + owner.id() + ":" + about.id(),
                "/" + about.kind().path + "/" + about.id(), owner.kind() == ListingKind.NEED ? "match.need" : "match.result",
                owner.title(), about.title());
    }

    /**
     * A match told to the owners needs real evidence, not only a high score: meanings close (similarity at
     * least {@link MatchScorer#CLOSE}, above 99 % of same-discipline pairs of the dev split) and either a
     * meaningful shared word or the same field. A pair whose vectors are not computed yet is not told
     * (it will be, once they are: the pair is still new then).
     */
    public static boolean worthTelling(Match m) {
        MatchExplanation e = m.explanation();
        return m.score() >= STRONG && e.similarity() != null && e.similarity() >= MatchScorer.CLOSE
                && (!e.sharedTerms().isEmpty() || e.sameField());
    }

    /** New strong matches told per listing and refresh, best first: the rest are on its matches page. */
    static final int TOLD_PER_REFRESH = 3;

    private IndexedListing published(long id, ListingKind kind) {
        return listings.indexed(List.of(id)).stream().filter(l -> l.kind() == kind).findFirst()
                .orElseThrow(() -> new NotFoundException("Listing", id));
    }

    private String toJson(MatchExplanation explanation) {
        try {
            return json.writeValueAsString(explanation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

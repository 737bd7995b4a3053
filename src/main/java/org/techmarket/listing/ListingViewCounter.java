package org.techmarket.listing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.techmarket.common.Caller;

/**
 * Views of listings (the top of the conversion funnel), counted in memory per listing and day and added
 * to {@code listing_view_day} every {@code techmarket.listings.view-flush-every} (10 s) and at shutdown
 * in one additive upsert: a view costs a request one in-memory increment, never a write. Each instance
 * adds only what it counted itself, so replicas need no lock between them.
 * <p>
 * What can be lost: the views an instance counted since its last flush when it crashes (at most the
 * last 10 s); views a flush could not write are kept and tried again at the next one, so those are lost
 * only if the instance stops while the database refuses them. Views a shared cache in front answers from
 * its copy (ListingPageCaching lets it keep a page 10 s) never reach an instance and are not counted.
 * <p>
 * A view is one request for a published listing's page or its API read, answered 200 or 304 alike: the
 * pages are revalidated on every visit, so a 304 is a visitor seeing the page again from their copy, and
 * each request is counted once either way. Not counted: staff, members of the listing's organisation,
 * HEAD requests, and clients whose User-Agent is missing or names a bot, crawler or spider.
 */
@ApplicationScoped
public class ListingViewCounter {

    private static final Logger LOG = Logger.getLogger(ListingViewCounter.class);
    private static final Pattern CRAWLER = Pattern.compile("bot|crawl|spider|slurp", Pattern.CASE_INSENSITIVE);
    /** The order rows are written in, so that two replicas flushing the same rows lock them in one order. */
    private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::listingId).thenComparing(Key::day);

    record Key(long listingId, LocalDate day) {
    }

    /**
     * A counter found idle by a flush is marked retired and taken out of the map; a request that still holds
     * it sees the mark and counts on a fresh one, so no view lands where no flush will read it.
     */
    private static final long RETIRED = Long.MIN_VALUE;

    private final ConcurrentHashMap<Key, AtomicLong> pending = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;

    @Inject
    CurrentVertxRequest current;

    /** The caller of the current request saw the listing (its page or its API read). */
    public void viewed(Listing listing, Optional<Caller> caller) {
        if (!listing.isPublished() || caller.map(c -> c.isStaff() || c.isMemberOf(listing.organisationId)).orElse(false)
                || fromCrawler()) {
            return;
        }
        // The market keeps China time: a view at 07:00 there is counted on that day, whatever the server zone.
        count(listing.id, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
    }

    void count(long listingId, LocalDate day) {
        Key key = new Key(listingId, day);
        while (true) {
            AtomicLong views = pending.get(key);
            if (views == null) {
                views = pending.computeIfAbsent(key, k -> new AtomicLong());
            }
            long n = views.get();
            if (n == RETIRED) {
                pending.remove(key, views);
            } else if (views.compareAndSet(n, n + 1)) {
                return;
            }
        }
    }

    private boolean fromCrawler() {
        RoutingContext routing = current.getCurrent();
        if (routing == null) {
            return false;
        }
        HttpServerRequest request = routing.request();
        String agent = request.getHeader("User-Agent");
        return request.method() == HttpMethod.HEAD || agent == null || agent.isBlank() || CRAWLER.matcher(agent).find();
    }

    @Scheduled(every = "{techmarket.listings.view-flush-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        flush();
    }

    void onStop(@Observes ShutdownEvent event) {
        flush();
    }

    /** Adds the views counted since the last flush to the database; the number of (listing, day) rows it added to. */
    public synchronized int flush() {
        Map<Key, Long> batch = new TreeMap<>(ORDER);
        for (Map.Entry<Key, AtomicLong> e : pending.entrySet()) {
            AtomicLong counter = e.getValue();
            long views = counter.getAndSet(0);
            if (views > 0) {
                add(batch, e.getKey(), views);
            } else if (counter.compareAndSet(0, RETIRED)) {
                pending.remove(e.getKey(), counter);
            }
        }
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> write(batch));
            return batch.size();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Listing views not saved (%d rows), kept for the next flush", batch.size());
            batch.forEach((key, views) -> pending.computeIfAbsent(key, k -> new AtomicLong()).addAndGet(views));
            return 0;
        }
    }

    private static void add(Map<Key, Long> batch, Key key, long views) {
        if (views > 0) {
            batch.merge(key, views, Long::sum);
        }
    }

    private void write(Map<Key, Long> batch) {
        // Rows of a listing gone meanwhile are skipped rather than failing the whole batch.
        em.createNativeQuery("""
                INSERT INTO listing_view_day (listing_id, day, views)
                SELECT v.listing_id, v.day, v.views
                  FROM unnest(CAST(:ids AS bigint[]), CAST(:days AS date[]), CAST(:views AS bigint[])) AS v (listing_id, day, views)
                 WHERE EXISTS (SELECT 1 FROM listing l WHERE l.id = v.listing_id)
                 ORDER BY v.listing_id, v.day
                ON CONFLICT (listing_id, day) DO UPDATE SET views = listing_view_day.views + EXCLUDED.views""")
                .setParameter("ids", array(batch, k -> String.valueOf(k.listingId())))
                .setParameter("days", array(batch, k -> k.day().toString()))
                .setParameter("views", batch.values().stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .executeUpdate();
    }

    private static String array(Map<Key, Long> batch, java.util.function.Function<Key, String> part) {
        return batch.keySet().stream().map(part).collect(Collectors.joining(",", "{", "}"));
    }
}

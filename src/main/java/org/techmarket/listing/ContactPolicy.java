package org.techmarket.listing;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.techmarket.common.Caller;
import org.techmarket.common.TooManyRequestsException;

/**
 * 联系方式: who sees a listing's contact name, phone and e-mail. Only a logged-in member of a verified
 * organisation ({@link Caller#optional} is empty for anyone else), on the listing's own page,
 * never in lists, search answers or exports; at most {@code techmarket.listings.contact-views-per-hour}
 * other organisations' contacts per person and hour (per replica), so that harvesting them in bulk
 * is answered 429. Members of the owning organisation and staff are not counted.
 */
@ApplicationScoped
public class ContactPolicy {

    @Inject
    ListingConfig config;

    private LoadingCache<Long, Bucket> viewsByUser;

    @PostConstruct
    void init() {
        int perHour = config.contactViewsPerHour();
        Bandwidth limit = Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build();
        viewsByUser = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(2))
                .build(user -> Bucket.builder().addLimit(limit).build());
    }

    /** On the listing's page: over the limit, the page is shown without the contact details. */
    public boolean mayViewOnPage(Listing listing, Optional<Caller> caller) {
        try {
            return mayView(listing, caller);
        } catch (TooManyRequestsException e) {
            return false;
        }
    }

    /** Whether the caller sees the listing's contact details; 429 when they have opened too many. */
    public boolean mayView(Listing listing, Optional<Caller> caller) {
        if (caller.isEmpty()) {
            return false;
        }
        Caller c = caller.get();
        if (c.isStaff() || c.isMemberOf(listing.organisationId)) {
            return true;
        }
        if (!viewsByUser.get(c.userId()).tryConsume(1)) {
            throw new TooManyRequestsException("Too many contact details opened in the last hour", Duration.ofMinutes(5));
        }
        return true;
    }
}

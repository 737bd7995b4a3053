package org.techmarket.listing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.Caller;
import org.techmarket.common.ConflictException;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.NotFoundException;

/** Inquiries about published listings and the owners' answers: each side's inbox. */
@ApplicationScoped
public class InquiryService {

    @jakarta.inject.Inject
    org.techmarket.notification.Notifications notifications;

    public static final String ENTITY = "Inquiry";
    static final int MAX_LENGTH = 2000;
    static final int INBOX_SIZE = 200;

    @Inject
    InquiryRepository inquiries;

    @Inject
    ListingRepository listings;

    @Inject
    AuditTrail audit;

    public record Inbox(List<Inquiry> received, List<Inquiry> sent, Map<Long, Listing> listings) {
    }

    @Transactional
    public Inquiry send(Caller caller, long listingId, String message) {
        String text = checkText("message", message);
        Listing listing = listings.findByIdOptional(listingId).filter(Listing::isPublished)
                .orElseThrow(() -> new NotFoundException(Listing.ENTITY, listingId));
        if (caller.isMemberOf(listing.organisationId)) {
            throw new ConflictException("You cannot send an inquiry about your own organisation's listing");
        }
        Inquiry inquiry = new Inquiry();
        inquiry.listingId = listing.id;
        inquiry.senderId = caller.userId();
        inquiry.senderOrganisationId = caller.organisationId();
        inquiry.message = text;
        inquiries.persist(inquiry);
        audit.record(ENTITY, inquiry.id, "send", null, "OPEN", org.techmarket.common.AuditTrail.reason("listing", listing.id));
        inquiries.flush();
        notifications.notify(listing.ownerId, "INQUIRY", "inquiry:" + inquiry.id, "/inbox", "inquiry.received", listing.title);
        return inquiry;
    }

    /** A member of the listing's organisation answers. Others do not learn the inquiry exists. */
    @Transactional
    public Inquiry reply(Caller caller, long inquiryId, String reply) {
        Inquiry inquiry = inquiries.findByIdOptional(inquiryId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException(ENTITY, inquiryId));
        Listing listing = listings.findById(inquiry.listingId);
        if (listing == null || !caller.isMemberOf(listing.organisationId)) {
            throw new NotFoundException(ENTITY, inquiryId);
        }
        String text = checkText("reply", reply);
        inquiry.answer(text, caller.userId());
        audit.record(ENTITY, inquiry.id, "reply", "OPEN", "ANSWERED", null);
        notifications.notify(inquiry.senderId, "INQUIRY", "inquiry:" + inquiry.id + ":reply:" + Integer.toHexString(text.hashCode()), "/inbox",
                "inquiry.replied", listing.title);
        return inquiry;
    }

    public Inbox inbox(Caller caller) {
        List<Inquiry> received = inquiries.listReceivedBy(caller.organisationId(), INBOX_SIZE);
        List<Inquiry> sent = inquiries.listSentBy(caller.userId(), INBOX_SIZE);
        Set<Long> ids = Stream.concat(received.stream(), sent.stream()).map(i -> i.listingId)
                .collect(Collectors.toSet());
        Map<Long, Listing> byId = ids.isEmpty() ? Map.of()
                : listings.list("id in ?1", ids).stream().collect(Collectors.toMap(l -> l.id, Function.identity()));
        return new Inbox(received, sent, byId);
    }

    private static String checkText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(field, "must not be blank");
        }
        if (text.length() > MAX_LENGTH) {
            throw InvalidInputException.of(field, "at most " + MAX_LENGTH + " characters");
        }
        return text.strip();
    }
}

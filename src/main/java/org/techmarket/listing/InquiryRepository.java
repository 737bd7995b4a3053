package org.techmarket.listing;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class InquiryRepository implements PanacheRepository<Inquiry> {

    /** Inquiries about any listing of the organisation, newest first. */
    public List<Inquiry> listReceivedBy(long organisationId, int limit) {
        return find("listingId in (select l.id from Listing l where l.organisationId = ?1) order by createdAt desc",
                organisationId).page(0, limit).list();
    }

    public List<Inquiry> listSentBy(long userId, int limit) {
        return find("senderId = ?1 order by createdAt desc", userId).page(0, limit).list();
    }
}

package org.techmarket.listing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.techmarket.account.OrganisationService;
import org.techmarket.common.RegionDirectory;

/** JSON shapes of results and needs, with the organisation and region names a reader needs. */
@ApplicationScoped
public class ListingViews {

    @Inject
    OrganisationService organisations;

    @Inject
    RegionDirectory regions;

    public record ResultView(long id, String title, String summary, String description, TechField field,
            List<String> keywords, int maturity, IpType ipType, IpStatus ipStatus, String patentNumbers,
            List<TransferMode> transferModes, Long priceFen, boolean negotiable, String regionCode,
            String regionName, long organisationId, String organisationName, String contactName,
            String contactPhone, String contactEmail, LocalDate validUntil, ListingStatus status,
            String statusReason, OffsetDateTime publishedAt, OffsetDateTime updatedAt) {
    }

    public record NeedView(long id, String title, String description, TechField field, List<String> keywords,
            int requiredMaturity, Long budgetMinFen, Long budgetMaxFen, LocalDate deadline,
            List<TransferMode> cooperationModes, String regionCode, String regionName, long organisationId,
            String organisationName, String contactName, String contactPhone, String contactEmail,
            ListingStatus status, String statusReason, OffsetDateTime publishedAt, OffsetDateTime updatedAt) {
    }

    public record Page<T>(List<T> items, long total, boolean totalIsLowerBound, int page, int size) {
    }

    /** One listing with its contact details: for its owner and staff (see {@link ContactPolicy} for others). */
    public Object of(Listing l) {
        return of(l, true);
    }

    public Object of(Listing l, boolean withContact) {
        return of(l, organisations.namesOf(List.of(l.organisationId)), withContact);
    }

    /** Lists and search answers never carry contact details: they are read one listing at a time. */
    public List<Object> of(List<Listing> listings) {
        Map<Long, String> names = organisations.namesOf(
                listings.stream().map(l -> l.organisationId).collect(Collectors.toSet()));
        return listings.stream().map(l -> of(l, names, false)).toList();
    }

    public Page<Object> of(SearchPage page) {
        return new Page<>(of(page.items()), page.total(), page.totalIsLowerBound(), page.page(), page.size());
    }

    private Object of(Listing l, Map<Long, String> names, boolean withContact) {
        String organisation = names.get(l.organisationId);
        String contactName = withContact ? l.contact.name : null;
        String contactPhone = withContact ? l.contact.phone : null;
        String contactEmail = withContact ? l.contact.email : null;
        if (l.kind == ListingKind.RESULT) {
            return new ResultView(l.id, l.title, l.summary, l.description, l.field, l.keywordList(), l.maturity,
                    l.ipType, l.ipStatus, l.patentNumbers, l.transferModes(), l.priceFen, l.isNegotiable(),
                    l.regionCode, regions.fullName(l.regionCode), l.organisationId, organisation, contactName,
                    contactPhone, contactEmail, l.validUntil, l.status, l.statusReason, l.publishedAt,
                    l.updatedAt);
        }
        return new NeedView(l.id, l.title, l.description, l.field, l.keywordList(), l.maturity, l.budgetMinFen,
                l.budgetMaxFen, l.validUntil, l.transferModes(), l.regionCode, regions.fullName(l.regionCode),
                l.organisationId, organisation, contactName, contactPhone, contactEmail, l.status,
                l.statusReason, l.publishedAt, l.updatedAt);
    }
}

package org.techmarket.listing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.techmarket.account.OrganisationService;
import org.techmarket.common.KnownRegion;
import org.techmarket.common.RegionDirectory;

/**
 * The listing API's records (Request in, View out), and the views of results and needs built with the
 * organisation and region names a reader needs.
 */
@ApplicationScoped
public class ListingApi {

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

    public record PageView<T>(List<T> items, long total, boolean totalIsLowerBound, int page, int size) {
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

    public PageView<Object> of(SearchPage page) {
        return new PageView<>(of(page.items()), page.total(), page.totalIsLowerBound(), page.page(), page.size());
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

    public record ReviewRequest(ListingService.Decision decision, String reason) {
    }

    public record ReplyRequest(String reply) {
    }

    public record InquiryView(long id, long listingId, String listingTitle, String message, String reply,
            OffsetDateTime createdAt, OffsetDateTime repliedAt) {
        static InquiryView of(Inquiry i, Listing l) {
            return new InquiryView(i.id, i.listingId, l == null ? null : l.title, i.message, i.reply, i.createdAt,
                    i.repliedAt);
        }
    }

    public record InboxView(List<InquiryView> received, List<InquiryView> sent) {
    }

    /** A view of a revision waiting for (or decided by) staff. */
    public record RevisionView(long id, long listingId, ListingKind kind, ListingRevision.Status status, List<String> changes,
            String reason, java.time.OffsetDateTime createdAt, java.time.OffsetDateTime decidedAt) {
        static RevisionView of(ListingRevision r) {
            return new RevisionView(r.id, r.listingId, r.kind, r.status, List.of(r.changes.split("\n")), r.reason,
                    r.createdAt, r.decidedAt);
        }
    }

    /** The body of a new inquiry. */
    public record InquiryRequest(String message) {
    }

    /** What an owner writes about a technology result (科技成果). */
    public record ResultRequest(
            @NotBlank @Size(max = 100) String title,
            @NotBlank @Size(max = 500) String summary,
            @NotBlank @Size(max = 10_000) String description,
            @NotNull TechField field,
            @Size(max = 10) List<@NotBlank @Size(max = 20) String> keywords,
            @NotNull @Min(1) @Max(9) Integer maturity,
            IpType ipType,
            IpStatus ipStatus,
            @Size(max = 500) String patentNumbers,
            @NotEmpty List<@NotNull TransferMode> transferModes,
            /** Asking price in fen; null for 面议. */
            @Positive @Max(ListingInputs.MAX_FEN) Long priceFen,
            @NotBlank @Pattern(regexp = "[0-9]{6}", message = "{techmarket.region.format}") @KnownRegion String regionCode,
            @NotBlank @Size(max = 50) String contactName,
            @NotBlank @Size(max = 30) @Pattern(regexp = "[0-9+\\- ]*", message = "{techmarket.phone.chars}")
            String contactPhone,
            @Email @Size(max = 120) String contactEmail,
            @NotNull @Future LocalDate validUntil) {
    }

    /** What an enterprise writes about a technology need (技术需求). */
    public record NeedRequest(
            @NotBlank @Size(max = 100) String title,
            @NotBlank @Size(max = 10_000) String description,
            @NotNull TechField field,
            @Size(max = 10) List<@NotBlank @Size(max = 20) String> keywords,
            @NotNull @Min(1) @Max(9) Integer requiredMaturity,
            @PositiveOrZero @Max(ListingInputs.MAX_FEN) Long budgetMinFen,
            @PositiveOrZero @Max(ListingInputs.MAX_FEN) Long budgetMaxFen,
            @NotNull @Future LocalDate deadline,
            @NotBlank @Pattern(regexp = "[0-9]{6}", message = "{techmarket.region.format}") @KnownRegion String regionCode,
            @NotEmpty List<@NotNull TransferMode> cooperationModes,
            @NotBlank @Size(max = 50) String contactName,
            @NotBlank @Size(max = 30) @Pattern(regexp = "[0-9+\\- ]*", message = "{techmarket.phone.chars}")
            String contactPhone,
            @Email @Size(max = 120) String contactEmail) {
    }
}

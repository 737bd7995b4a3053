package org.techmarket.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.techmarket.account.AccountService;
import org.techmarket.account.Organisation;
import org.techmarket.account.OrganisationService;
import org.techmarket.account.OrganisationStatus;
import org.techmarket.account.UserAccount;
import org.techmarket.common.Caller;
import org.techmarket.common.ConflictException;
import org.techmarket.common.ForbiddenActionException;
import org.techmarket.common.NotFoundException;
import org.techmarket.contract.Contract;
import org.techmarket.contract.ContractService;
import org.techmarket.listing.Listing;
import org.techmarket.listing.ListingRevision;
import org.techmarket.listing.ListingService;
import org.techmarket.listing.ListingText;
import org.techmarket.voucher.ProviderRegistration;
import org.techmarket.voucher.ProviderService;
import org.techmarket.voucher.Redemption;
import org.techmarket.voucher.RedemptionService;
import org.techmarket.voucher.VoucherApplication;
import org.techmarket.voucher.VoucherOversight;
import org.techmarket.voucher.VoucherProgram;
import org.techmarket.voucher.VoucherProgramService;

/**
 * The staff workbench (工作台): every queue staff decide on, read through the owning features' services,
 * each oldest first (contracts: overdue first, then by due date), with who holds each item. A page
 * sends a fixed number of statements whatever the queues hold: one per queue, one for the organisations
 * named, one for the holders. Taking and releasing items is decided by the database ({@link WorkClaims}).
 */
@ApplicationScoped
public class StaffWorkbench {

    /** Rows shown per queue; the count is of every waiting item (the feature's own page lists them all). */
    public static final int SHOWN = 100;

    private static final ZoneId ZONE = Period.MARKET_ZONE;

    /** The terms of a listing a revision names (labelled {@code wbfield_*} on the page). */
    private static final Set<String> KNOWN_FIELDS = Set.of("title", "summary", "description", "field", "keywords",
            "maturity", "ipType", "ipStatus", "patentNumbers", "transferModes", "priceFen", "budgetMinFen", "budgetMaxFen",
            "regionCode", "contactName", "contactPhone", "contactEmail", "validUntil");

    @Inject
    ListingService listings;

    @Inject
    OrganisationService organisations;

    @Inject
    AccountService accounts;

    @Inject
    ContractService contracts;

    @Inject
    VoucherProgramService programs;

    @Inject
    ProviderService providers;

    @Inject
    RedemptionService redemptions;

    @Inject
    VoucherOversight oversight;

    @Inject
    WorkClaims claims;

    /** A take: the claim, and whether this call took it (false: the caller already held it). */
    public record Taking(WorkClaim claim, boolean fresh) {
    }

    /** Every queue in a fixed order with its count; with {@code onlyMine}, the rows the caller holds. */
    public List<WorkQueue> queues(Caller caller, boolean onlyMine) {
        requireStaff(caller);
        Map<WorkKind, List<WorkItem>> rows = rows(caller, EnumSet.allOf(WorkKind.class));
        Map<String, WorkClaim> held = claims.onItems(rows.values().stream().flatMap(List::stream).map(WorkItem::id)
                .collect(Collectors.toSet()), caller.userId()).stream()
                .collect(Collectors.toMap(c -> key(c.kind(), c.itemId()), c -> c));
        List<WorkQueue> queues = new ArrayList<>();
        rows.forEach((kind, items) -> {
            List<WorkItem> shown = items.stream().map(i -> {
                WorkClaim c = held.get(key(kind, i.id()));
                // A claim older than the item's arrival in the queue belongs to an earlier round: not shown.
                return c == null || c.claimedAt().isBefore(i.since()) ? i : i.withClaim(c);
            }).filter(i -> !onlyMine || i.mine()).limit(SHOWN).toList();
            queues.add(new WorkQueue(kind, items.size(), shown));
        });
        return queues;
    }

    /** The caller takes an item of a queue: 404 if it is not waiting there, 409 if another staff member holds it. */
    @Transactional
    public Taking take(Caller caller, WorkKind kind, long id) {
        requireStaff(caller);
        WorkItem item = rows(caller, EnumSet.of(kind)).get(kind).stream().filter(i -> i.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("Waiting " + kind.name().toLowerCase(), id));
        for (int attempt = 0; attempt < 2; attempt++) {
            if (claims.tryTake(kind, id, caller.userId(), item.since())) {
                return new Taking(claims.holder(kind, id, caller.userId()).orElseThrow(), true);
            }
            Optional<WorkClaim> holder = claims.holder(kind, id, caller.userId());
            if (holder.isPresent()) {
                if (holder.get().mine()) {
                    return new Taking(holder.get(), false);
                }
                throw new ClaimRefusedException(holder.get());
            }
            // Released between the two statements: try once more.
        }
        throw new ConflictException("The item changed hands while it was being taken; try again");
    }

    /** The caller gives an item back: 404 if nobody holds it, 409 if another staff member does. */
    @Transactional
    public void release(Caller caller, WorkKind kind, long id) {
        requireStaff(caller);
        if (!claims.release(kind, id, caller.userId())) {
            throw new ClaimRefusedException(claims.holder(kind, id, caller.userId())
                    .orElseThrow(() -> new NotFoundException("Claim on " + kind.name().toLowerCase(), id)));
        }
    }

    private static void requireStaff(Caller caller) {
        if (!caller.isStaff()) {
            throw new ForbiddenActionException("Only market staff use the workbench");
        }
    }

    private static String key(WorkKind kind, long id) {
        return kind.name() + ":" + id;
    }

    /** The rows of the asked queues, each in its order; the organisations they name are read at once. */
    private Map<WorkKind, List<WorkItem>> rows(Caller caller, Set<WorkKind> kinds) {
        LocalDate today = LocalDate.now(ZONE);
        List<Listing> submitted = kinds.contains(WorkKind.LISTING) ? listings.reviewQueue(caller) : List.of();
        List<ListingRevision> revised = kinds.contains(WorkKind.REVISION) ? listings.revisionQueue(caller) : List.of();
        List<Organisation> pending = kinds.contains(WorkKind.ORGANISATION)
                ? organisations.listByStatus(OrganisationStatus.PENDING) : List.of();
        List<UserAccount> joiners = kinds.contains(WorkKind.MEMBER) ? accounts.joinersAwaitingApproval(caller) : List.of();
        List<Contract> due = kinds.contains(WorkKind.CONTRACT) ? contracts.queue(caller) : List.of();
        List<VoucherApplication> applied = kinds.contains(WorkKind.APPLICATION) ? programs.waitingApplications(caller)
                : List.of();
        List<ProviderRegistration> registering = kinds.contains(WorkKind.PROVIDER) ? providers.waitingRegistrations(caller)
                : List.of();
        boolean claimsAsked = kinds.contains(WorkKind.REDEMPTION) || kinds.contains(WorkKind.ANOMALY);
        List<Redemption> claimed = claimsAsked ? redemptions.waitingRedemptions(caller) : List.of();
        Set<Long> proven = redemptions.withProof(claimed.stream().map(r -> r.id).toList());
        Map<Long, List<VoucherOversight.Flag>> flags = kinds.contains(WorkKind.ANOMALY) && !claimed.isEmpty()
                ? oversight.anomalies().stream().collect(Collectors.groupingBy(VoucherOversight.Flag::redemptionId))
                : Map.of();

        Set<Long> organisationIds = new HashSet<>();
        submitted.forEach(l -> organisationIds.add(l.organisationId));
        joiners.forEach(u -> organisationIds.add(u.organisationId));
        applied.forEach(a -> organisationIds.add(a.organisationId));
        registering.forEach(p -> organisationIds.add(p.organisationId));
        claimed.forEach(r -> organisationIds.add(r.providerOrganisationId));
        Map<Long, Organisation> named = organisations.byIds(organisationIds);
        Function<Long, String> name = id -> Optional.ofNullable(named.get(id)).map(o -> o.name).orElse("#" + id);
        Map<Long, String> titles = revised.isEmpty() ? Map.of()
                : listings.texts(revised.stream().map(r -> r.listingId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(ListingText::id, ListingText::title));
        Map<Long, String> programNames = applied.isEmpty() ? Map.of()
                : programs.programs(true).stream().collect(Collectors.toMap(p -> p.id, (VoucherProgram p) -> p.name));

        Map<WorkKind, List<WorkItem>> rows = new EnumMap<>(WorkKind.class);
        for (WorkKind kind : WorkKind.values()) {
            if (!kinds.contains(kind)) {
                continue;
            }
            List<WorkItem> items = switch (kind) {
                case LISTING -> submitted.stream().map(l -> WorkItem.of(kind, l.id, l.title,
                        l.submittedAt != null ? l.submittedAt : l.updatedAt, "/" + l.kind.path + "/" + l.id)
                        .detail(name.apply(l.organisationId)).listingKind(l.kind.name())
                        .decidable(named.containsKey(l.organisationId) && named.get(l.organisationId).isVerified())
                        .action("/staff/listings/" + l.id + "/review").build(today, ZONE)).toList();
                case REVISION -> revised.stream().map(r -> WorkItem.of(kind, r.id,
                        titles.getOrDefault(r.listingId, "#" + r.listingId), r.createdAt, "/" + r.kind.path + "/" + r.listingId)
                        .listingKind(r.kind.name()).lines(changedFields(r.changes))
                        .action("/staff/listings/revisions/" + r.id + "/review").build(today, ZONE)).toList();
                case ORGANISATION -> pending.stream().map(o -> WorkItem.of(kind, o.id, o.name, o.createdAt,
                        "/staff/organisations/" + o.id).detail(o.creditCode).build(today, ZONE)).toList();
                case MEMBER -> joiners.stream().map(u -> WorkItem.of(kind, u.id, u.displayName + " (" + u.username + ")",
                        u.createdAt, "/staff/organisations/" + u.organisationId).detail(name.apply(u.organisationId))
                        .action("/staff/users/" + u.id + "/membership-approval").build(today, ZONE)).toList();
                case CONTRACT -> due.stream().map(c -> WorkItem.of(kind, c.id, c.projectName,
                        c.submittedAt != null ? c.submittedAt : c.updatedAt, "/contracts/" + c.id)
                        .detail(c.seller.name + " → " + c.buyer.name).due(c.dueDate).amount(c.transactionAmountFen)
                        .build(today, ZONE)).toList();
                case APPLICATION -> applied.stream().map(a -> WorkItem.of(kind, a.id, name.apply(a.organisationId),
                        a.createdAt, "/vouchers/programs/" + a.programId)
                        .detail(programNames.getOrDefault(a.programId, "#" + a.programId)).lines(List.of(a.purpose))
                        .action("/vouchers/programs/" + a.programId + "/applications/" + a.id + "/decision")
                        .build(today, ZONE)).toList();
                case PROVIDER -> registering.stream().map(p -> WorkItem.of(kind, p.id, name.apply(p.organisationId),
                        p.createdAt, "/staff/vouchers").lines(List.of(p.categories))
                        .action("/staff/vouchers/providers/" + p.id + "/decision").build(today, ZONE)).toList();
                case REDEMPTION, ANOMALY -> claimed.stream()
                        .filter(r -> kind == WorkKind.REDEMPTION || flags.containsKey(r.id))
                        .map(r -> WorkItem.of(kind, r.id, name.apply(r.providerOrganisationId), r.createdAt, "/staff/vouchers")
                                .detail(r.invoiceNumber).amount(r.amountFen).decidable(proven.contains(r.id))
                                .flags(flags.getOrDefault(r.id, List.of()))
                                .action("/staff/vouchers/redemptions/" + r.id + "/decision").build(today, ZONE))
                        .toList();
            };
            rows.put(kind, sorted(kind, items));
        }
        return rows;
    }

    /** The terms a revision changes, by name ({@code field: old → new} per line); values stay on the listing's pages. */
    static List<String> changedFields(String changes) {
        return changes.lines().map(line -> line.split(":", 2)[0].strip())
                .map(field -> KNOWN_FIELDS.contains(field) ? field : "other").distinct().toList();
    }

    /** Oldest first; contracts overdue first, then by due date. */
    private static List<WorkItem> sorted(WorkKind kind, List<WorkItem> items) {
        Comparator<WorkItem> oldest = Comparator.comparing(WorkItem::since).thenComparingLong(WorkItem::id);
        Comparator<WorkItem> order = kind != WorkKind.CONTRACT ? oldest
                : Comparator.comparing((WorkItem i) -> !i.overdue())
                        .thenComparing(WorkItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(oldest);
        List<WorkItem> out = new ArrayList<>(items);
        out.sort(order);
        return out;
    }
}

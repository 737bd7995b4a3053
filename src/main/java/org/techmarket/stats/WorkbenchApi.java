package org.techmarket.stats;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.techmarket.common.InvalidInputException;
import org.techmarket.voucher.VoucherOversight;

/** The JSON shapes of the staff workbench, and the reading of its inputs (a bad one is a 400 naming the field). */
public final class WorkbenchApi {

    private WorkbenchApi() {
    }

    @Schema(description = "Every queue of the staff workbench, in a fixed order")
    public record QueuesView(LocalDate today, boolean onlyMine, List<QueueView> queues) {
        static QueuesView of(List<WorkQueue> queues, boolean onlyMine) {
            return new QueuesView(LocalDate.now(), onlyMine, queues.stream().map(QueueView::of).toList());
        }
    }

    @Schema(description = "One queue: how many items wait in it, and its rows (oldest first; contracts overdue first, "
            + "then by due date), at most " + StaffWorkbench.SHOWN + "; with onlyMine, those assigned to the caller")
    public record QueueView(WorkKind kind, int count, List<ItemView> items) {
        static QueueView of(WorkQueue q) {
            return new QueueView(q.kind(), q.count(), q.items().stream().map(ItemView::of).toList());
        }
    }

    @Schema(description = "One waiting item. since: when it entered the queue; ageDays: whole days since; dueDate and "
            + "overdue for contracts; href: the page where its decision is made; claim: who works on it, if anyone")
    public record ItemView(WorkKind kind, long id, String title, String detail, OffsetDateTime since, long ageDays,
            LocalDate dueDate, boolean overdue, Long amountFen, String href, List<VoucherOversight.Flag> flags,
            ClaimView claim) {
        static ItemView of(WorkItem i) {
            return new ItemView(i.kind(), i.id(), i.title(), i.detail(), i.since(), i.ageDays(), i.dueDate(), i.overdue(),
                    i.amountFen(), i.href(), i.flags(), i.claim() == null ? null : ClaimView.of(i.claim()));
        }
    }

    @Schema(description = "A claim: the staff member working on an item, since when, and whether it is the caller")
    public record ClaimView(WorkKind kind, long id, long userId, String holder, OffsetDateTime claimedAt, boolean mine) {
        static ClaimView of(WorkClaim c) {
            return new ClaimView(c.kind(), c.itemId(), c.userId(), c.holderName(), c.claimedAt(), c.mine());
        }
    }

    @Schema(description = "The item to take: its queue kind and id (as listed by GET /api/v1/staff/queues)")
    public record ClaimRequest(@Schema(required = true) WorkKind kind, @Schema(required = true) Long id) {
    }

    /** A queue kind from a form field or path segment. */
    static WorkKind kind(String value) {
        WorkKind kind = InvalidInputException.parseEnum(WorkKind.class, "kind", value);
        if (kind == null) {
            throw InvalidInputException.of("kind", "required: one of " + java.util.Arrays.toString(WorkKind.values()));
        }
        return kind;
    }

    /** An item id from a form field. */
    static long id(String value) {
        try {
            long id = Long.parseLong(value == null ? "" : value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.of("id", "required: the item's id, a positive whole number");
    }

    /** The "only mine" filter: absent, true or false. */
    static boolean onlyMine(String value) {
        if (value == null || value.isBlank() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw InvalidInputException.of("mine", "true or false");
    }
}

package org.techmarket.stats;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.techmarket.voucher.VoucherOversight;

/**
 * One row of a workbench queue: what it is, since when it waits ({@code since}: when it entered the
 * queue), where its decision is made ({@code href}) or the endpoint an inline decision form posts to
 * ({@code action}), and who holds it. {@code decidable} is false where approval cannot succeed yet
 * (a listing of an unverified organisation, a redemption without its proof). {@code lines}: a
 * revision's changes or a provider's category codes; {@code flags}: an anomaly's oversight flags.
 */
public record WorkItem(WorkKind kind, long id, String title, String detail, OffsetDateTime since, long ageDays,
        LocalDate dueDate, Long dueInDays, boolean overdue, Long amountFen, String href, String action, String listingKind,
        boolean decidable, List<String> lines, List<VoucherOversight.Flag> flags, WorkClaim claim) {

    public boolean claimed() {
        return claim != null;
    }

    public boolean mine() {
        return claim != null && claim.mine();
    }

    /** Approval cannot succeed yet (the decision form offers only the refusal). */
    public boolean blocked() {
        return !decidable;
    }

    /** Days past the due date (overdue contracts). */
    public long overdueDays() {
        return dueInDays == null ? 0 : -dueInDays;
    }

    /** The anchor of the row on the page. */
    public String anchor() {
        return kind.name().toLowerCase() + "-" + id;
    }

    WorkItem withClaim(WorkClaim holder) {
        return new WorkItem(kind, id, title, detail, since, ageDays, dueDate, dueInDays, overdue, amountFen, href, action,
                listingKind, decidable, lines, flags, holder);
    }

    static Builder of(WorkKind kind, long id, String title, OffsetDateTime since, String href) {
        return new Builder(kind, id, title, since, href);
    }

    /** Builds a row; the age counts calendar days in the market's time zone. */
    static final class Builder {
        private final WorkKind kind;
        private final long id;
        private final String title;
        private final OffsetDateTime since;
        private final String href;
        private String detail;
        private LocalDate dueDate;
        private Long amountFen;
        private String action;
        private String listingKind;
        private boolean decidable = true;
        private List<String> lines = List.of();
        private List<VoucherOversight.Flag> flags = List.of();

        private Builder(WorkKind kind, long id, String title, OffsetDateTime since, String href) {
            this.kind = kind;
            this.id = id;
            this.title = title;
            this.since = since;
            this.href = href;
        }

        Builder detail(String value) {
            detail = value;
            return this;
        }

        Builder due(LocalDate value) {
            dueDate = value;
            return this;
        }

        Builder amount(long fen) {
            amountFen = fen;
            return this;
        }

        Builder action(String endpoint) {
            action = endpoint;
            return this;
        }

        Builder listingKind(String value) {
            listingKind = value;
            return this;
        }

        Builder decidable(boolean value) {
            decidable = value;
            return this;
        }

        Builder lines(List<String> value) {
            lines = List.copyOf(value);
            return this;
        }

        Builder flags(List<VoucherOversight.Flag> value) {
            flags = List.copyOf(value);
            return this;
        }

        WorkItem build(LocalDate today, ZoneId zone) {
            long age = Math.max(0, ChronoUnit.DAYS.between(since.atZoneSameInstant(zone).toLocalDate(), today));
            Long dueIn = dueDate == null ? null : ChronoUnit.DAYS.between(today, dueDate);
            boolean overdue = dueDate != null && today.isAfter(dueDate);
            return new WorkItem(kind, id, title, detail, since, age, dueDate, dueIn, overdue, amountFen, href, action, listingKind,
                    decidable, lines, flags, null);
        }
    }
}

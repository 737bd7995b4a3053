package org.techmarket.stats;

import java.util.List;

/** One queue of the workbench: its kind, how many items wait in it, and the rows shown (all, or only the reader's). */
public record WorkQueue(WorkKind kind, int count, List<WorkItem> items) {

    /** The feature's own page of this queue, which lists every item. */
    public String page() {
        return switch (kind) {
            case LISTING, REVISION -> "/staff/listings";
            case ORGANISATION, MEMBER -> "/staff/organisations";
            case CONTRACT -> "/staff/contracts";
            case APPLICATION -> "/vouchers";
            case PROVIDER, REDEMPTION, ANOMALY -> "/staff/vouchers";
        };
    }

    /** The anchor of the queue on the page. */
    public String anchor() {
        return "q-" + kind.name().toLowerCase();
    }
}

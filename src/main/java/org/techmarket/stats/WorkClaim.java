package org.techmarket.stats;

import java.time.OffsetDateTime;

/** Who holds a workbench item ("由我处理" when it is the reader), and since when. */
public record WorkClaim(WorkKind kind, long itemId, long userId, String holderName, OffsetDateTime claimedAt, boolean mine) {
}

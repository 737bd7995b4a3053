package org.techmarket.trade;

import org.techmarket.common.LabelKeys;

/** 竞价: OPEN (bids taken between its opening and closing time) → SOLD | UNSOLD (no bid, or below the reserve). */
@LabelKeys("auction_status")
public enum AuctionStatus {
    OPEN, SOLD, UNSOLD
}

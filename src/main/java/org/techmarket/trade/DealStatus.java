package org.techmarket.trade;

import org.techmarket.common.LabelKeys;

/** A concluded deal: CONCLUDED (confirmation issued) → SETTLED (paid) | DEFAULTED (the buyer walked away). */
@LabelKeys("trade_deal")
public enum DealStatus {
    CONCLUDED, SETTLED, DEFAULTED
}

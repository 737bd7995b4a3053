package org.techmarket.trade;

import java.util.Map;
import java.util.Set;
import org.techmarket.common.LabelKeys;

/**
 * 挂牌: REQUESTED → NOTICE (公示) | REFUSED; at the notice period's end NOTICE → DEAL (one intended
 * buyer) | AUCTION (several) | UNSOLD (none); AUCTION → DEAL | UNSOLD; UNSOLD → NOTICE (relisted) |
 * WITHDRAWN; a request not yet listed may be withdrawn too.
 */
@LabelKeys("trade_status")
public enum TradeStatus {
    REQUESTED, NOTICE, AUCTION, DEAL, UNSOLD, REFUSED, WITHDRAWN;

    private static final Map<TradeStatus, Set<TradeStatus>> NEXT = Map.of(
            REQUESTED, Set.of(NOTICE, REFUSED, WITHDRAWN),
            NOTICE, Set.of(DEAL, AUCTION, UNSOLD),
            AUCTION, Set.of(DEAL, UNSOLD),
            UNSOLD, Set.of(NOTICE, WITHDRAWN),
            DEAL, Set.of(),
            REFUSED, Set.of(),
            WITHDRAWN, Set.of());

    public boolean canMoveTo(TradeStatus target) {
        return NEXT.get(this).contains(target);
    }
}

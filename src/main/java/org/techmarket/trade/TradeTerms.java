package org.techmarket.trade;

import org.techmarket.common.LabelKeys;

/** What the buyer gets: the result's rights transferred (转让) or a licence to use it (许可). */
@LabelKeys("trade_terms")
public enum TradeTerms {
    TRANSFER, LICENCE
}

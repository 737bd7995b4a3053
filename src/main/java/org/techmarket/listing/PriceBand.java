package org.techmarket.listing;

import org.techmarket.common.LabelKeys;

/** Price bands for the search facet: the asking price of a result, the top of a need's budget. In fen. */
@LabelKeys("band")
public enum PriceBand {
    NEGOTIABLE(-1, -1),
    UNDER_100K(0, 10_000_000L),
    FROM_100K_TO_500K(10_000_000L, 50_000_000L),
    FROM_500K_TO_1M(50_000_000L, 100_000_000L),
    FROM_1M_TO_5M(100_000_000L, 500_000_000L),
    OVER_5M(500_000_000L, Long.MAX_VALUE);

    public final long fromFen;
    public final long belowFen;

    PriceBand(long fromFen, long belowFen) {
        this.fromFen = fromFen;
        this.belowFen = belowFen;
    }

    /** The SQL expression giving a listing row's band, kept next to the bands it names. */
    static final String SQL = "CASE WHEN coalesce(price_fen, budget_max_fen) IS NULL THEN 'NEGOTIABLE'"
            + " WHEN coalesce(price_fen, budget_max_fen) < 10000000 THEN 'UNDER_100K'"
            + " WHEN coalesce(price_fen, budget_max_fen) < 50000000 THEN 'FROM_100K_TO_500K'"
            + " WHEN coalesce(price_fen, budget_max_fen) < 100000000 THEN 'FROM_500K_TO_1M'"
            + " WHEN coalesce(price_fen, budget_max_fen) < 500000000 THEN 'FROM_1M_TO_5M'"
            + " ELSE 'OVER_5M' END";
}

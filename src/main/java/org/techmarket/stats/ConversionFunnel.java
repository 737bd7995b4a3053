package org.techmarket.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.techmarket.listing.TechField;
import org.techmarket.matching.DeclineReason;

/**
 * 转化漏斗 — where the market loses its deals: listing views → inquiries → match cases opened → cases
 * agreed (or declined, and why) → technology contracts registered from a case → their technology
 * transaction amount; in total, by technology field and by month.
 * <p>
 * Each stage counts what happened in the period (a flow, not a cohort): views on their day, inquiries
 * and cases when made, agreed and declined cases when they closed, contracts when staff registered
 * them, deals on the trading floor (挂牌/竞价) when concluded — a deal step beside the agreed cases, with
 * the contracts registered from them — so the months of a year add up to the year; a step rate is one stage over the one before it in
 * the same period. A case and its contracts belong to the field of the case's result (the technology);
 * a contract's own field wins where it has one. The amount is the approved one, else the declared one,
 * as in the deal funnel ({@code DealService.funnel}, an all-time cohort of cases followed to vouchers).
 * <p>
 * A read model: one native query over the listing, matching and contract tables, which is what
 * {@code stats} may do; it changes nothing.
 */
@ApplicationScoped
public class ConversionFunnel {

    @Inject
    EntityManager em;

    /** The counts and money of the funnel's stages. */
    public record Stages(long views, long inquiries, long casesOpened, long casesAgreed, long casesDeclined,
            long contractsRegistered, long transactionAmountFen, long tradeDeals) {

        static final Stages NONE = new Stages(0, 0, 0, 0, 0, 0, 0, 0);

        public boolean hasData() {
            return views + inquiries + casesOpened + casesAgreed + casesDeclined + contractsRegistered + tradeDeals > 0;
        }

        Stages plus(Stages o) {
            return new Stages(views + o.views, inquiries + o.inquiries, casesOpened + o.casesOpened,
                    casesAgreed + o.casesAgreed, casesDeclined + o.casesDeclined,
                    contractsRegistered + o.contractsRegistered, transactionAmountFen + o.transactionAmountFen,
                    tradeDeals + o.tradeDeals);
        }

        /** Each step as a percentage of the step before it (one decimal); null where the step before is zero. */
        public Rates rates() {
            return new Rates(percent(inquiries, views), percent(casesOpened, inquiries), percent(casesAgreed, casesOpened),
                    percent(casesDeclined, casesOpened), percent(contractsRegistered, casesAgreed + tradeDeals));
        }
    }

    /**
     * Step rates in percent: inquiries per view, cases per inquiry, agreed and declined per case, contracts per
     * deal (an agreed case or a deal on the trading floor).
     */
    public record Rates(Double inquiriesPerView, Double casesPerInquiry, Double agreedPerCase, Double declinedPerCase,
            Double contractsPerAgreed) {
    }

    public record FieldRow(TechField field, Stages stages) {
    }

    public record MonthRow(YearMonth month, Stages stages) {
    }

    public record ReasonRow(DeclineReason reason, long cases, Double sharePercent) {
    }

    /** The funnel of a period: the totals, every field (with zeros), every month of the period, the decline reasons. */
    public record Figures(Period period, Stages totals, List<FieldRow> byField, List<MonthRow> byMonth,
            List<ReasonRow> declineReasons) {
    }

    public Figures of(Period period) {
        ZoneId zone = Period.MARKET_ZONE;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT 'VIEWS', to_char(v.day, 'YYYY-MM'), l.field, NULL, sum(v.views), 0
                  FROM listing_view_day v JOIN listing l ON l.id = v.listing_id
                 WHERE v.day >= :fromDay AND v.day < :untilDay
                 GROUP BY 2, 3
                UNION ALL
                SELECT 'INQUIRIES', to_char(i.created_at AT TIME ZONE :zone, 'YYYY-MM'), l.field, NULL, count(*), 0
                  FROM inquiry i JOIN listing l ON l.id = i.listing_id
                 WHERE i.created_at >= :from AND i.created_at < :until
                 GROUP BY 2, 3
                UNION ALL
                SELECT 'OPENED', to_char(c.created_at AT TIME ZONE :zone, 'YYYY-MM'), r.field, NULL, count(*), 0
                  FROM match_case c JOIN listing r ON r.id = c.result_id
                 WHERE c.created_at >= :from AND c.created_at < :until
                 GROUP BY 2, 3
                UNION ALL
                SELECT c.status, to_char(c.updated_at AT TIME ZONE :zone, 'YYYY-MM'), r.field, c.decline_reason, count(*), 0
                  FROM match_case c JOIN listing r ON r.id = c.result_id
                 WHERE c.status IN ('AGREED', 'DECLINED') AND c.updated_at >= :from AND c.updated_at < :until
                 GROUP BY 1, 2, 3, 4
                UNION ALL
                SELECT 'REGISTERED', to_char(k.decided_at AT TIME ZONE :zone, 'YYYY-MM'), coalesce(k.field, r.field), NULL,
                       count(*), sum(coalesce(k.approved_amount_fen, k.transaction_amount_fen))
                  FROM contract k JOIN match_case c ON c.id = k.case_id JOIN listing r ON r.id = c.result_id
                 WHERE k.status = 'REGISTERED' AND k.decided_at >= :from AND k.decided_at < :until
                 GROUP BY 2, 3
                UNION ALL
                SELECT 'TRADED', to_char(d.concluded_at AT TIME ZONE :zone, 'YYYY-MM'), r.field, NULL, count(*), 0
                  FROM trade_deal d JOIN listing r ON r.id = d.result_id
                 WHERE d.concluded_at >= :from AND d.concluded_at < :until
                 GROUP BY 2, 3
                UNION ALL
                SELECT 'REGISTERED', to_char(k.decided_at AT TIME ZONE :zone, 'YYYY-MM'), coalesce(k.field, r.field), NULL,
                       count(*), sum(coalesce(k.approved_amount_fen, k.transaction_amount_fen))
                  FROM contract k JOIN trade_deal d ON d.contract_id = k.id JOIN listing r ON r.id = d.result_id
                 WHERE k.case_id IS NULL AND k.status = 'REGISTERED' AND k.decided_at >= :from AND k.decided_at < :until
                 GROUP BY 2, 3""")
                .setParameter("fromDay", period.fromDay())
                .setParameter("untilDay", period.untilDay())
                .setParameter("from", period.fromDay().atStartOfDay(zone).toOffsetDateTime())
                .setParameter("until", period.untilDay().atStartOfDay(zone).toOffsetDateTime())
                .setParameter("zone", zone.getId())
                .getResultList();

        Stages totals = Stages.NONE;
        Map<TechField, Stages> byField = new EnumMap<>(TechField.class);
        for (TechField f : TechField.values()) {
            byField.put(f, Stages.NONE);
        }
        Stages unclassified = Stages.NONE;
        TreeMap<YearMonth, Stages> byMonth = new TreeMap<>();
        Map<DeclineReason, Long> reasons = new EnumMap<>(DeclineReason.class);
        for (DeclineReason r : DeclineReason.values()) {
            reasons.put(r, 0L);
        }
        for (Object[] r : rows) {
            String stage = (String) r[0];
            Stages s = stage(stage, num(r[4]), num(r[5]));
            totals = totals.plus(s);
            TechField field = field((String) r[2]);
            if (field == null) {
                unclassified = unclassified.plus(s);
            } else {
                byField.merge(field, s, Stages::plus);
            }
            byMonth.merge(YearMonth.parse((String) r[1]), s, Stages::plus);
            if ("DECLINED".equals(stage)) {
                DeclineReason reason = reason((String) r[3]);
                reasons.merge(reason, num(r[4]), Long::sum);
            }
        }

        List<FieldRow> fields = new ArrayList<>();
        byField.forEach((f, s) -> fields.add(new FieldRow(f, s)));
        if (unclassified.hasData()) {
            fields.add(new FieldRow(null, unclassified));
        }
        long declined = totals.casesDeclined();
        List<ReasonRow> reasonRows = reasons.entrySet().stream()
                .map(e -> new ReasonRow(e.getKey(), e.getValue(), percent(e.getValue(), declined))).toList();
        return new Figures(period, totals, fields, months(period, byMonth), reasonRows);
    }

    /** Every month of a year or quarter; for all time, every month from the first with data to the last. */
    private static List<MonthRow> months(Period period, TreeMap<YearMonth, Stages> byMonth) {
        YearMonth first;
        YearMonth last;
        if (period.isAllTime()) {
            if (byMonth.isEmpty()) {
                return List.of();
            }
            first = byMonth.firstKey();
            last = byMonth.lastKey();
        } else {
            first = YearMonth.from(period.fromDay());
            last = YearMonth.from(period.untilDay().minusDays(1));
        }
        List<MonthRow> rows = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            rows.add(new MonthRow(m, byMonth.getOrDefault(m, Stages.NONE)));
        }
        return rows;
    }

    private static Stages stage(String stage, long n, long fen) {
        return switch (stage) {
            case "VIEWS" -> new Stages(n, 0, 0, 0, 0, 0, 0, 0);
            case "INQUIRIES" -> new Stages(0, n, 0, 0, 0, 0, 0, 0);
            case "OPENED" -> new Stages(0, 0, n, 0, 0, 0, 0, 0);
            case "AGREED" -> new Stages(0, 0, 0, n, 0, 0, 0, 0);
            case "DECLINED" -> new Stages(0, 0, 0, 0, n, 0, 0, 0);
            case "REGISTERED" -> new Stages(0, 0, 0, 0, 0, n, fen, 0);
            case "TRADED" -> new Stages(0, 0, 0, 0, 0, 0, 0, n);
            default -> throw new IllegalStateException("unknown funnel stage " + stage);
        };
    }

    private static TechField field(String code) {
        try {
            return code == null ? null : TechField.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A decline without a known reason code (none is stored without one) counts as "other". */
    private static DeclineReason reason(String code) {
        try {
            return code == null ? DeclineReason.OTHER : DeclineReason.valueOf(code);
        } catch (IllegalArgumentException e) {
            return DeclineReason.OTHER;
        }
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}

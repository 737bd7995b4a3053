package org.techmarket.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.techmarket.common.RegionDirectory;
import org.techmarket.contract.ContractType;
import org.techmarket.listing.TechField;

/**
 * The market in figures (市场数据): listings collected, match cases, transfers brokered,
 * registered technology contracts and their amounts, voucher money, for a period and an optional
 * field or region, with the series by month, field, region and contract type.
 *
 * <p>A read model: it aggregates the other features' tables with SQL (no feature's state is
 * changed here). Every figure is exact at the moment of the request: listings, registered
 * contracts and ledger movements come from monthly rollups kept by triggers in the transaction
 * that changes a listing, a contract or the ledger ({@code listing_month_count} V19,
 * {@code contract_month_total} and {@code ledger_month_total} V22, {@code contract_month_dim} V23 for
 * the unfiltered views), so none is ever stale; match
 * cases (a few per listing) are grouped live.
 */
@ApplicationScoped
public class MarketFigures {


    @Inject
    EntityManager em;

    @Inject
    RegionDirectory regions;

    @Inject
    org.techmarket.expo.ExpoService expos;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Figures figures(Period period, StatsFilter filter) {
        Map<String, MonthRow> months = new TreeMap<>();
        Map<String, FieldRow> fields = new TreeMap<>();
        Map<String, RegionRow> byRegion = new TreeMap<>();
        ListingTotals[] listings = listings(period, filter, months, fields, byRegion);
        CaseTotals cases = cases(period, filter, months);
        List<TypeRow> types = new ArrayList<>();
        ContractTotals contracts = contracts(period, filter, months, fields, byRegion, types);
        VoucherTotals vouchers = filter.field() == null ? vouchers(period, filter, months) : null;
        TradeTotals trades = trades(period, filter);
        return new Figures(period.year(), period.quarter(), filter.field() == null ? null : filter.field().name(),
                filter.regionCode(), listings[0], listings[1], cases, contracts, vouchers, trades,
                List.copyOf(months.values()), List.copyOf(fields.values()), List.copyOf(byRegion.values()),
                List.copyOf(types), filter.field() == null && filter.regionCode() == null
                        ? expos.totals(period.fromDay(), period.untilDay()) : null);
    }

    /** The all-time totals without the series: the home page's headline (one short statement each). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Figures headline() {
        Map<String, Map<String, Long>> byStatus = Map.of("RESULT", new TreeMap<>(), "NEED", new TreeMap<>());
        for (Object[] r : rows(em.createNativeQuery("""
                SELECT kind, status, sum(listings) FROM listing_month_count WHERE status <> 'DRAFT'
                 GROUP BY kind, status"""))) {
            byStatus.get((String) r[0]).merge((String) r[1], number(r[2]), Long::sum);
        }
        Object[] c = (Object[]) em.createNativeQuery("""
                SELECT count(*), count(*) FILTER (WHERE status = 'AGREED'), count(*) FILTER (WHERE status = 'DECLINED')
                  FROM match_case""").getSingleResult();
        Object[] k = (Object[]) em.createNativeQuery("""
                SELECT sum(contracts), sum(contract_amount_fen), sum(approved_amount_fen), sum(brokered),
                       sum(brokered_amount_fen) FROM contract_month_dim WHERE dim = 'type'""").getSingleResult();
        Map<String, Long> money = new TreeMap<>();
        long issued = 0;
        for (Object[] r : rows(em.createNativeQuery("""
                SELECT kind, sum(transactions), sum(amount_fen) FROM ledger_month_total
                 WHERE kind IN ('ISSUE', 'REDEEM', 'EXPIRE') GROUP BY kind"""))) {
            money.put((String) r[0], number(r[2]));
            if ("ISSUE".equals(r[0])) {
                issued = number(r[1]);
            }
        }
        long issuedFen = money.getOrDefault("ISSUE", 0L);
        long redeemedFen = money.getOrDefault("REDEEM", 0L);
        long expiredFen = money.getOrDefault("EXPIRE", 0L);
        return new Figures(null, null, null, null, ListingTotals.of(byStatus.get("RESULT")),
                ListingTotals.of(byStatus.get("NEED")), new CaseTotals(number(c[0]), number(c[1]), number(c[2])),
                new ContractTotals(number(k[0]), number(k[1]), number(k[2]), number(k[3]), number(k[4])),
                new VoucherTotals(issued, issuedFen, redeemedFen, expiredFen, issuedFen - redeemedFen - expiredFen), null,
                List.of(), List.of(), List.of(), List.of(), null);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private ListingTotals[] listings(Period period, StatsFilter filter, Map<String, MonthRow> months,
            Map<String, FieldRow> fields, Map<String, RegionRow> byRegion) {
        Where where = new Where("status <> 'DRAFT'");
        if (!period.isAllTime()) {
            where.add("month >= :firstMonth AND month < :endMonth");
            where.bind("firstMonth", period.firstMonth()).bind("endMonth", period.endMonth());
        }
        filter(where, filter, "field", "region_code");
        int regionLength = filter.breakdownLength();
        Query query = em.createNativeQuery("""
                SELECT GROUPING(status), GROUPING(month), GROUPING(field), kind, status, to_char(month, 'YYYY-MM'), field,
                       substr(region_code, 1, %d), sum(listings)
                  FROM listing_month_count WHERE %s
                 GROUP BY GROUPING SETS ((kind, status), (kind, month), (kind, field), (kind, substr(region_code, 1, %d)))"""
                .formatted(regionLength, where.sql(), regionLength));
        Map<String, Map<String, Long>> byStatus = Map.of("RESULT", new TreeMap<>(), "NEED", new TreeMap<>());
        for (Object[] r : where.rows(query)) {
            boolean isResult = "RESULT".equals(r[3]);
            long n = ((Number) r[8]).longValue();
            if (number(r[0]) == 0) {
                byStatus.get((String) r[3]).merge((String) r[4], n, Long::sum);
            } else if (number(r[1]) == 0) {
                MonthRow m = months.computeIfAbsent((String) r[5], MonthRow::new);
                if (isResult) m.results += n; else m.needs += n;
            } else if (number(r[2]) == 0) {
                FieldRow f = fields.computeIfAbsent((String) r[6], FieldRow::new);
                if (isResult) f.results += n; else f.needs += n;
            } else {
                RegionRow g = region(byRegion, (String) r[7]);
                if (isResult) g.results += n; else g.needs += n;
            }
        }
        return new ListingTotals[] {ListingTotals.of(byStatus.get("RESULT")), ListingTotals.of(byStatus.get("NEED"))};
    }

    private CaseTotals cases(Period period, StatsFilter filter, Map<String, MonthRow> months) {
        Where where = new Where("true");
        period(where, period, "c.created_at");
        String join = "";
        if (filter.field() != null || filter.regionCode() != null) {
            join = "JOIN listing n ON n.id = c.need_id";
            filter(where, filter, "n.field", "n.region_code");
        }
        String month = "date_trunc('month', c.created_at AT TIME ZONE 'Asia/Shanghai')";
        Query query = em.createNativeQuery("""
                SELECT GROUPING(%1$s), to_char(%1$s, 'YYYY-MM'), count(*), count(*) FILTER (WHERE c.status = 'AGREED'),
                       count(*) FILTER (WHERE c.status = 'DECLINED')
                  FROM match_case c %2$s WHERE %3$s GROUP BY ROLLUP (%1$s)""".formatted(month, join, where.sql()));
        CaseTotals totals = new CaseTotals(0, 0, 0);
        for (Object[] r : where.rows(query)) {
            long opened = number(r[2]);
            long agreed = number(r[3]);
            long declined = number(r[4]);
            if (number(r[0]) == 1) {
                totals = new CaseTotals(opened, agreed, declined);
            } else {
                MonthRow m = months.computeIfAbsent((String) r[1], MonthRow::new);
                m.casesOpened += opened;
                m.casesAgreed += agreed;
            }
        }
        return totals;
    }

    private ContractTotals contracts(Period period, StatsFilter filter, Map<String, MonthRow> months,
            Map<String, FieldRow> fields, Map<String, RegionRow> byRegion, List<TypeRow> types) {
        if (filter.field() == null && filter.regionCode() == null) {
            return unfilteredContracts(period, months, fields, byRegion, types);
        }
        Where where = months(period);
        filter(where, filter, "field", "region_code");
        int regionLength = filter.breakdownLength();
        Query query = em.createNativeQuery("""
                SELECT GROUPING(month), GROUPING(type), GROUPING(field), GROUPING(substr(region_code, 1, %1$d)),
                       to_char(month, 'YYYY-MM'), type, field, substr(region_code, 1, %1$d),
                       sum(contracts), sum(contract_amount_fen), sum(approved_amount_fen), sum(brokered),
                       sum(brokered_amount_fen)
                  FROM contract_month_total WHERE %2$s
                 GROUP BY GROUPING SETS ((), (month), (type), (field), (substr(region_code, 1, %1$d)))
                 ORDER BY 6"""
                .formatted(regionLength, where.sql()));
        ContractTotals totals = new ContractTotals(0, 0, 0, 0, 0);
        for (Object[] r : where.rows(query)) {
            long count = number(r[8]);
            long contractAmount = number(r[9]);
            long approved = number(r[10]);
            if (number(r[0]) == 0) {
                MonthRow m = months.computeIfAbsent((String) r[4], MonthRow::new);
                m.contracts += count;
                m.contractAmountFen += approved;
            } else if (number(r[1]) == 0) {
                if (count != 0) {
                    types.add(new TypeRow(ContractType.valueOf((String) r[5]), count, contractAmount, approved));
                }
            } else if (number(r[2]) == 0) {
                if (!"".equals(r[6]) && count != 0) {
                    FieldRow f = fields.computeIfAbsent((String) r[6], FieldRow::new);
                    f.contracts += count;
                    f.contractAmountFen += approved;
                }
            } else if (number(r[3]) == 0) {
                RegionRow g = region(byRegion, (String) r[7]);
                g.contracts += count;
                g.contractAmountFen += approved;
            } else {
                totals = new ContractTotals(count, contractAmount, approved, number(r[11]), number(r[12]));
            }
        }
        return totals;
    }

    /** The same from the per-dimension rollup (V23): each contract once per type, field and province. */
    private ContractTotals unfilteredContracts(Period period, Map<String, MonthRow> months, Map<String, FieldRow> fields,
            Map<String, RegionRow> byRegion, List<TypeRow> types) {
        Where where = months(period);
        Query query = em.createNativeQuery("""
                SELECT GROUPING(month), dim, value, to_char(month, 'YYYY-MM'), sum(contracts), sum(contract_amount_fen),
                       sum(approved_amount_fen), sum(brokered), sum(brokered_amount_fen)
                  FROM contract_month_dim WHERE %s
                 GROUP BY GROUPING SETS ((dim, value), (dim, month))
                 ORDER BY 2, 3""".formatted(where.sql()));
        long count = 0;
        long contractAmount = 0;
        long approved = 0;
        long brokered = 0;
        long brokeredAmount = 0;
        for (Object[] r : where.rows(query)) {
            String dim = (String) r[1];
            long n = number(r[4]);
            long amount = number(r[6]);
            if (n == 0 && amount == 0) {
                continue;
            }
            if (number(r[0]) == 0) {
                if ("type".equals(dim)) {
                    MonthRow m = months.computeIfAbsent((String) r[3], MonthRow::new);
                    m.contracts += n;
                    m.contractAmountFen += amount;
                }
            } else if ("type".equals(dim)) {
                types.add(new TypeRow(ContractType.valueOf((String) r[2]), n, number(r[5]), amount));
                count += n;
                contractAmount += number(r[5]);
                approved += amount;
                brokered += number(r[7]);
                brokeredAmount += number(r[8]);
            } else if ("field".equals(dim)) {
                if (!"".equals(r[2])) {
                    FieldRow f = fields.computeIfAbsent((String) r[2], FieldRow::new);
                    f.contracts += n;
                    f.contractAmountFen += amount;
                }
            } else {
                RegionRow g = region(byRegion, (String) r[2]);
                g.contracts += n;
                g.contractAmountFen += amount;
            }
        }
        return new ContractTotals(count, contractAmount, approved, brokered, brokeredAmount);
    }

    /**
     * Voucher money from one grouping of the ledger rollup by month and movement (a few rows per month):
     * the period's sums and months, and what vouchers hold now (available or reserved), which is what was
     * ever issued and neither redeemed nor expired (the ledger's rule issued = available + reserved +
     * redeemed + expired).
     */
    private VoucherTotals vouchers(Period period, StatsFilter filter, Map<String, MonthRow> months) {
        Where where = new Where("kind IN ('ISSUE', 'REDEEM', 'EXPIRE')");
        filter(where, filter, null, "region_code");
        Query query = em.createNativeQuery("""
                SELECT month, kind, sum(transactions), sum(amount_fen)
                  FROM ledger_month_total WHERE %s GROUP BY month, kind""".formatted(where.sql()));
        long issuedCount = 0;
        long outstanding = 0;
        Map<String, Long> totals = new LinkedHashMap<>();
        for (Object[] r : where.rows(query)) {
            java.time.LocalDate month = date(r[0]);
            String kind = (String) r[1];
            long amount = number(r[3]);
            outstanding += "ISSUE".equals(kind) ? amount : -amount;
            if (!period.isAllTime() && (month.isBefore(period.firstMonth()) || !month.isBefore(period.endMonth()))) {
                continue;
            }
            totals.merge(kind, amount, Long::sum);
            if ("ISSUE".equals(kind)) {
                issuedCount += number(r[2]);
            }
            MonthRow m = months.computeIfAbsent(month.toString().substring(0, 7), MonthRow::new);
            if ("ISSUE".equals(kind)) m.voucherIssuedFen += amount;
            if ("REDEEM".equals(kind)) m.voucherRedeemedFen += amount;
        }
        return new VoucherTotals(issuedCount, totals.getOrDefault("ISSUE", 0L), totals.getOrDefault("REDEEM", 0L),
                totals.getOrDefault("EXPIRE", 0L), outstanding);
    }

    /**
     * Deals on the trading floor (挂牌/竞价) concluded in the period and not defaulted since, by the result's
     * field and region; the auctions' premium over their starting prices; and the deposits held in escrow
     * now (one statement, the trading tables of V29).
     */
    private TradeTotals trades(Period period, StatsFilter filter) {
        Where where = new Where("d.status <> 'DEFAULTED'");
        period(where, period, "d.concluded_at");
        filter(where, filter, "l.field", "l.region_code");
        Where held = new Where("b.deposit = 'HELD'");
        filter(held, filter, "l.field", "l.region_code");
        Object[] r = (Object[]) where.single(em.createNativeQuery("""
                SELECT count(*), sum(d.price_fen), count(d.auction_id), sum(d.price_fen) FILTER (WHERE d.auction_id IS NOT NULL),
                       sum(a.starting_price_fen),
                       (SELECT sum(h.deposit_fen) FROM auction_bidder b JOIN auction h ON h.id = b.auction_id
                          JOIN trade t ON t.id = h.trade_id JOIN listing l ON l.id = t.result_id WHERE %s)
                  FROM trade_deal d LEFT JOIN auction a ON a.id = d.auction_id JOIN listing l ON l.id = d.result_id
                 WHERE %s""".formatted(held.sql(), where.sql())));
        long auctioned = number(r[3]);
        long starting = number(r[4]);
        Double premium = starting == 0 ? null : Math.round((auctioned * 1000.0 / starting) - 1000.0) / 10.0;
        return new TradeTotals(number(r[0]), number(r[1]), number(r[2]), auctioned, starting, premium, number(r[5]));
    }

    private static java.time.LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) value;
    }

    private RegionRow region(Map<String, RegionRow> byRegion, String prefix) {
        String code = (prefix + "000000").substring(0, 6);
        return byRegion.computeIfAbsent(code, c -> new RegionRow(c, regions.find(c).map(r -> r.name).orElse(c)));
    }

    /** The rollups' months of the period (periods are whole months). */
    private static Where months(Period period) {
        Where where = new Where("true");
        if (!period.isAllTime()) {
            where.add("month >= :firstMonth AND month < :endMonth");
            where.bind("firstMonth", period.firstMonth()).bind("endMonth", period.endMonth());
        }
        return where;
    }

    private static void period(Where where, Period period, String column) {
        if (!period.isAllTime()) {
            where.add(column + " >= :from AND " + column + " < :to");
            where.bind("from", period.from()).bind("to", period.to());
        }
    }

    private static void filter(Where where, StatsFilter filter, String fieldColumn, String regionColumn) {
        if (filter.field() != null && fieldColumn != null) {
            where.add(fieldColumn + " = :field").bind("field", filter.field().name());
        }
        if (filter.regionCode() != null) {
            where.add(regionColumn + " LIKE :region").bind("region", filter.regionPrefix() + "%");
        }
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A WHERE clause and its parameters, built up from the filters that apply. */
    private static final class Where {
        private final StringBuilder sql;
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Where(String first) {
            sql = new StringBuilder(first);
        }

        Where add(String condition) {
            sql.append(" AND ").append(condition);
            return this;
        }

        Where bind(String name, Object value) {
            parameters.put(name, value);
            return this;
        }

        String sql() {
            return sql.toString();
        }

        @SuppressWarnings("unchecked")
        List<Object[]> rows(Query query) {
            parameters.forEach(query::setParameter);
            return query.getResultList();
        }

        Object single(Query query) {
            parameters.forEach(query::setParameter);
            return query.getSingleResult();
        }
    }

    /** Listings collected (submitted at least once) in the period, by their status now. */
    public record ListingTotals(long collected, long published, Map<String, Long> byStatus) {
        static ListingTotals of(Map<String, Long> byStatus) {
            long all = byStatus.values().stream().mapToLong(Long::longValue).sum();
            return new ListingTotals(all, byStatus.getOrDefault("PUBLISHED", 0L),
                    java.util.Collections.unmodifiableMap(new TreeMap<>(byStatus)));
        }
    }

    /** Match cases (供需对接) opened in the period, and how many of them are agreed or declined now. */
    public record CaseTotals(long opened, long agreed, long declined) {
    }

    /**
     * Contracts registered in the period: contract amount, approved technology transaction amount
     * (技术交易额), and the transfers brokered (registered contracts that came out of a match case).
     */
    public record ContractTotals(long registered, long contractAmountFen, long transactionAmountFen,
            long brokered, long brokeredTransactionAmountFen) {
    }

    /** Ledger movements in the period, and what vouchers hold now (available or reserved). */
    public record VoucherTotals(long vouchersIssued, long issuedFen, long redeemedFen, long expiredFen,
            long outstandingFen) {
    }

    /**
     * Deals concluded on the trading floor in the period (not defaulted), their amount, how many by auction
     * with the sums of their final and starting prices, the auctions' premium over their starting prices in
     * percent (one decimal; null without an auction), and the bidders' deposits held in escrow now.
     */
    public record TradeTotals(long concluded, long amountFen, long byAuction, long auctionPricesFen,
            long startingPricesFen, Double auctionPremiumPercent, long depositsHeldFen) {
    }

    public record TypeRow(ContractType type, long contracts, long contractAmountFen, long transactionAmountFen) {
    }

    /** One month: listings collected, cases opened and agreed, contracts registered, voucher money. */
    public static final class MonthRow {
        public final String month;
        public long results;
        public long needs;
        public long casesOpened;
        public long casesAgreed;
        public long contracts;
        public long contractAmountFen;
        public long voucherIssuedFen;
        public long voucherRedeemedFen;

        MonthRow(String month) {
            this.month = month;
        }
    }

    public static final class FieldRow {
        public final TechField field;
        public long results;
        public long needs;
        public long contracts;
        public long contractAmountFen;

        FieldRow(String field) {
            this.field = TechField.valueOf(field);
        }
    }

    public static final class RegionRow {
        public final String code;
        public final String name;
        public long results;
        public long needs;
        public long contracts;
        public long contractAmountFen;

        RegionRow(String code, String name) {
            this.code = code;
            this.name = name;
        }
    }

    /**
     * The figures of one period and filter. {@code vouchers} is null under a field filter (vouchers
     * belong to firms, not to a technology field); {@code trades} is null in the home page's headline; {@code expos}
     * (expos whose first day is in the period, their deals signed on site and those registered since) is null under a
     * field or region filter and on the home page.
     */
    public record Figures(Integer year, Integer quarter, String field, String region, ListingTotals results,
            ListingTotals needs, CaseTotals cases, ContractTotals contracts, VoucherTotals vouchers, TradeTotals trades,
            List<MonthRow> months, List<FieldRow> fields, List<RegionRow> regions, List<TypeRow> contractTypes,
            org.techmarket.expo.ExpoApi.Totals expos) {
    }
}

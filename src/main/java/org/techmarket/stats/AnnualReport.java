package org.techmarket.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.RegionDirectory;
import org.techmarket.contract.ContractType;
import org.techmarket.contract.EntityType;
import org.techmarket.listing.ListingKind;
import org.techmarket.listing.ListingStatus;
import org.techmarket.listing.TechField;

/**
 * 年度统计报告: the figures of one calendar year, as the annual report workbook shows them —
 * registered technology contracts by type, field, seller entity type and seller region; voucher
 * money by program and by month (from the ledger); results and needs collected, by status and
 * field. A read model: it reads the contract, ledger and listing tables with native aggregate
 * queries (GROUP BY), not through those features' services, in one read-only transaction so that
 * every sheet sees the same moment. A year runs from 1 January, 00:00, in the server's time zone —
 * the zone in which registration numbers take their year.
 */
@ApplicationScoped
public class AnnualReport {

    /** The first year a report may be asked for (voucher programs start there too). */
    static final int FIRST_YEAR = 2000;

    @Inject
    EntityManager em;

    @Inject
    RegionDirectory regions;

    /** A count with the contract amount and the approved technology transaction amount. */
    public record ContractLine(long contracts, long contractAmountFen, long approvedAmountFen) {
        static final ContractLine NONE = new ContractLine(0, 0, 0);
    }

    /**
     * One region row: a province's subtotal ({@code prefectureName} null) or one of its prefectures
     * ({@code prefectureName} null too when the seller is registered at province level, see {@code provinceLevel}).
     */
    public record RegionLine(String code, String provinceName, String prefectureName, boolean provinceLevel,
            ContractLine figures) {
        public boolean subtotal() {
            return prefectureName == null && !provinceLevel;
        }
    }

    public record Contracts(ContractLine total, Map<ContractType, ContractLine> byType, Map<TechField, ContractLine> byField,
            ContractLine unclassified, Map<EntityType, ContractLine> byEntityType, List<RegionLine> byRegion) {
    }

    /** A program's money in the year, and what its vouchers still owed at the end of it. */
    public record ProgramLine(long programId, String name, int year, long budgetFen, long issuedFen, long redeemedFen,
            long expiredFen, long outstandingFen) {
    }

    public record MonthLine(int month, long issuedFen, long redeemedFen, long expiredFen) {
    }

    /** The programs funded for the year or moving money in it; the months January to December. */
    public record Vouchers(List<ProgramLine> programs, List<MonthLine> months) {
    }

    public record KindCounts(long results, long needs) {
        static final KindCounts NONE = new KindCounts(0, 0);

        public long total() {
            return results + needs;
        }
    }

    public record Listings(KindCounts total, Map<ListingStatus, KindCounts> byStatus, Map<TechField, KindCounts> byField) {
    }

    public record Figures(int year, Contracts contracts, Vouchers vouchers, Listings listings) {
    }

    /** The figures of the year named by the request parameter {@code year} (400 naming it unless 2000…this year). */
    @Transactional
    public Figures of(String year) {
        int y = checkedYear(year, LocalDate.now(Period.MARKET_ZONE));
        // Every statement of the report sees one snapshot, and none of them writes. Over JDBC: a native
        // executeUpdate would make Hibernate empty the whole second-level cache.
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
        });
        ZoneId zone = Period.MARKET_ZONE;
        OffsetDateTime from = LocalDate.of(y, 1, 1).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = LocalDate.of(y + 1, 1, 1).atStartOfDay(zone).toOffsetDateTime();
        String monthStarts = IntStream.rangeClosed(1, 12)
                .mapToObj(m -> LocalDate.of(y, m, 1).atStartOfDay(zone).toOffsetDateTime()
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .collect(Collectors.joining(","));
        return new Figures(y, contracts(from, to), vouchers(y, from, to, monthStarts), listings(from, to));
    }

    static int checkedYear(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("year", "required: the year of the report, e.g. " + today.getYear());
        }
        String year = text.strip();
        if (!year.matches("[0-9]{4}") || Integer.parseInt(year) < FIRST_YEAR || Integer.parseInt(year) > today.getYear()) {
            throw InvalidInputException.of("year", "a year from " + FIRST_YEAR + " to " + today.getYear());
        }
        return Integer.parseInt(year);
    }

    private Contracts contracts(OffsetDateTime from, OffsetDateTime to) {
        List<Object[]> rows = rows(em.createNativeQuery("""
                SELECT CASE WHEN GROUPING(type) = 0 THEN 'type' WHEN GROUPING(field) = 0 THEN 'field'
                            WHEN GROUPING(entity) = 0 THEN 'entity' WHEN GROUPING(prefecture) = 0 THEN 'prefecture'
                            WHEN GROUPING(province) = 0 THEN 'province' ELSE 'total' END,
                       coalesce(type, field, entity, prefecture, province),
                       count(*), coalesce(sum(contract_amount_fen), 0), coalesce(sum(approved_amount_fen), 0)
                  FROM (SELECT type, field, seller_entity_type AS entity,
                               substr(seller_region_code, 1, 2) || '0000' AS province,
                               substr(seller_region_code, 1, 4) || '00' AS prefecture,
                               contract_amount_fen, approved_amount_fen
                          FROM contract
                         WHERE status = 'REGISTERED' AND decided_at >= :from AND decided_at < :to) c
                 GROUP BY GROUPING SETS ((type), (field), (entity), (province), (province, prefecture), ())
                 ORDER BY 1, 2""").setParameter("from", from).setParameter("to", to));
        ContractLine total = ContractLine.NONE;
        ContractLine unclassified = ContractLine.NONE;
        Map<ContractType, ContractLine> byType = new EnumMap<>(ContractType.class);
        Map<TechField, ContractLine> byField = new EnumMap<>(TechField.class);
        Map<EntityType, ContractLine> byEntity = new EnumMap<>(EntityType.class);
        List<RegionLine> byRegion = new ArrayList<>();
        for (Object[] r : rows) {
            String value = (String) r[1];
            ContractLine line = new ContractLine(number(r[2]), number(r[3]), number(r[4]));
            switch ((String) r[0]) {
                case "total" -> total = line;
                case "type" -> byType.put(ContractType.valueOf(value), line);
                case "entity" -> byEntity.put(EntityType.valueOf(value), line);
                case "field" -> {
                    TechField field = known(value);
                    if (field == null) {
                        unclassified = plus(unclassified, line);
                    } else {
                        byField.put(field, line);
                    }
                }
                case "province" -> byRegion.add(new RegionLine(value, regionName(value), null, false, line));
                default -> {
                    String province = RegionDirectory.provinceOf(value);
                    boolean provinceLevel = value.equals(province);
                    byRegion.add(new RegionLine(value, regionName(province), provinceLevel ? null : regionName(value),
                            provinceLevel, line));
                }
            }
        }
        // A province's subtotal first, then its prefectures, in code order.
        byRegion.sort(java.util.Comparator.comparing((RegionLine l) -> l.code().substring(0, 2))
                .thenComparing(l -> !l.subtotal()).thenComparing(RegionLine::code));
        for (ContractType type : ContractType.values()) {
            byType.putIfAbsent(type, ContractLine.NONE);
        }
        for (TechField field : TechField.values()) {
            byField.putIfAbsent(field, ContractLine.NONE);
        }
        for (EntityType entity : EntityType.values()) {
            byEntity.putIfAbsent(entity, ContractLine.NONE);
        }
        return new Contracts(total, byType, byField, unclassified, byEntity, byRegion);
    }

    private Vouchers vouchers(int year, OffsetDateTime from, OffsetDateTime to, String monthStarts) {
        // Each movement has one positive entry (the account the money went to): that is its amount.
        List<Object[]> programs = rows(em.createNativeQuery("""
                SELECT p.id, p.name, p.year, p.budget_fen,
                       coalesce(sum(m.fen) FILTER (WHERE m.kind = 'ISSUE' AND m.at >= :from), 0),
                       coalesce(sum(m.fen) FILTER (WHERE m.kind = 'REDEEM' AND m.at >= :from), 0),
                       coalesce(sum(m.fen) FILTER (WHERE m.kind = 'EXPIRE' AND m.at >= :from), 0),
                       coalesce(sum(CASE WHEN m.kind = 'ISSUE' THEN m.fen ELSE -m.fen END), 0)
                  FROM voucher_program p
                  LEFT JOIN (SELECT t.program_id, t.kind, t.created_at AS at, e.amount_fen AS fen
                               FROM ledger_transaction t JOIN ledger_entry e ON e.transaction_id = t.id AND e.amount_fen > 0
                              WHERE t.kind IN ('ISSUE', 'REDEEM', 'EXPIRE') AND t.created_at < :to) m ON m.program_id = p.id
                 WHERE p.status <> 'DRAFT'
                 GROUP BY p.id
                HAVING p.year = :year OR count(m.at) FILTER (WHERE m.at >= :from) > 0
                 ORDER BY p.id""").setParameter("from", from).setParameter("to", to).setParameter("year", year));
        // width_bucket against the month starts (in the server's zone) gives the month of each movement.
        List<Object[]> months = rows(em.createNativeQuery("""
                SELECT width_bucket(t.created_at, cast(string_to_array(:months, ',') AS timestamptz[])), t.kind,
                       sum(e.amount_fen)
                  FROM ledger_transaction t JOIN ledger_entry e ON e.transaction_id = t.id AND e.amount_fen > 0
                 WHERE t.kind IN ('ISSUE', 'REDEEM', 'EXPIRE') AND t.program_id IS NOT NULL
                   AND t.created_at >= :from AND t.created_at < :to
                 GROUP BY 1, 2""").setParameter("months", monthStarts).setParameter("from", from).setParameter("to", to));
        long[][] byMonth = new long[12][3];
        for (Object[] r : months) {
            int kind = switch ((String) r[1]) {
                case "ISSUE" -> 0;
                case "REDEEM" -> 1;
                default -> 2;
            };
            byMonth[(int) number(r[0]) - 1][kind] = number(r[2]);
        }
        return new Vouchers(
                programs.stream().map(r -> new ProgramLine(number(r[0]), (String) r[1], (int) number(r[2]), number(r[3]),
                        number(r[4]), number(r[5]), number(r[6]), number(r[7]))).toList(),
                IntStream.rangeClosed(1, 12).mapToObj(m -> new MonthLine(m, byMonth[m - 1][0], byMonth[m - 1][1],
                        byMonth[m - 1][2])).toList());
    }

    private Listings listings(OffsetDateTime from, OffsetDateTime to) {
        List<Object[]> rows = rows(em.createNativeQuery("""
                SELECT CASE WHEN GROUPING(status) = 0 THEN 'status' WHEN GROUPING(field) = 0 THEN 'field' ELSE 'total' END,
                       kind, coalesce(status, field), count(*)
                  FROM listing WHERE created_at >= :from AND created_at < :to
                 GROUP BY GROUPING SETS ((kind, status), (kind, field), (kind))""")
                .setParameter("from", from).setParameter("to", to));
        Map<ListingStatus, KindCounts> byStatus = new EnumMap<>(ListingStatus.class);
        Map<TechField, KindCounts> byField = new EnumMap<>(TechField.class);
        KindCounts total = KindCounts.NONE;
        for (ListingStatus status : ListingStatus.values()) {
            byStatus.put(status, KindCounts.NONE);
        }
        for (TechField field : TechField.values()) {
            byField.put(field, KindCounts.NONE);
        }
        for (Object[] r : rows) {
            boolean result = ListingKind.valueOf((String) r[1]) == ListingKind.RESULT;
            KindCounts count = result ? new KindCounts(number(r[3]), 0) : new KindCounts(0, number(r[3]));
            switch ((String) r[0]) {
                case "status" -> byStatus.merge(ListingStatus.valueOf((String) r[2]), count, AnnualReport::plus);
                case "field" -> byField.merge(TechField.valueOf((String) r[2]), count, AnnualReport::plus);
                default -> total = plus(total, count);
            }
        }
        return new Listings(total, byStatus, byField);
    }

    private String regionName(String code) {
        return regions.find(code).map(r -> r.name).orElse(code);
    }

    /** A contract's field as its listing gave it; none (or one no longer known) is unclassified. */
    private static TechField known(String field) {
        try {
            return field == null ? null : TechField.valueOf(field);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ContractLine plus(ContractLine a, ContractLine b) {
        return new ContractLine(a.contracts() + b.contracts(), a.contractAmountFen() + b.contractAmountFen(),
                a.approvedAmountFen() + b.approvedAmountFen());
    }

    private static KindCounts plus(KindCounts a, KindCounts b) {
        return new KindCounts(a.results() + b.results(), a.needs() + b.needs());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(jakarta.persistence.Query query) {
        return query.getResultList();
    }
}

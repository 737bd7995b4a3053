package org.techmarket.stats;

import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.techmarket.common.EnumLabels;
import org.techmarket.common.Language;
import org.techmarket.stats.AnnualReport.ContractLine;
import org.techmarket.stats.AnnualReport.Figures;
import org.techmarket.stats.AnnualReport.KindCounts;

/**
 * Writes the {@link AnnualReport} figures as an .xlsx workbook in the reader's language: one sheet
 * each for contracts, vouchers, and results and needs; each table a title, a header, its rows and
 * a total row, or one row "无数据" / "no data". Amounts are numeric cells in 元 (fen / 100, exact),
 * formatted {@code #,##0.00}. Enum values are shown by the labels their own features give them
 * ({@code ctype_…} of the contract bundle, {@code field_…} of the listing bundle).
 */
@ApplicationScoped
public class AnnualReportWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The bundles holding the labels of the enums the report shows (see {@code EnumLabelsTest}). */
    private static final List<String> LABEL_BUNDLES = List.of("messages.ct", "messages.ls");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Inject
    ReportMessages zh;

    @Inject
    @Localized("en")
    ReportMessages en;

    /** What a numeric column holds: a count, an amount in fen shown in 元, or a year. */
    private enum Kind {
        COUNT, AMOUNT, YEAR
    }

    /** One row: its label and values (null: an empty cell). */
    private record Line(String label, Long... values) {
    }

    private record Table(String title, List<String> header, List<Kind> kinds, List<Line> lines, Line total) {
    }

    public static String fileName(int year) {
        return "techmarket-report-" + year + ".xlsx";
    }

    public void write(Figures figures, Language language, OutputStream out) throws IOException {
        ReportMessages m = language == Language.EN ? en : zh;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            sheet(workbook, styles, m, m.sheet_contracts(), m.report_title(figures.year()), m.contracts_note(),
                    contractTables(figures.contracts(), m, language));
            sheet(workbook, styles, m, m.sheet_vouchers(), m.report_title(figures.year()), m.vouchers_note(),
                    voucherTables(figures, m, language));
            sheet(workbook, styles, m, m.sheet_listings(), m.report_title(figures.year()), m.listings_note(),
                    listingTables(figures.listings(), m, language));
            workbook.write(out);
        }
    }

    private List<Table> contractTables(AnnualReport.Contracts c, ReportMessages m, Language language) {
        boolean none = c.total().contracts() == 0;
        List<String> figures = List.of(m.col_contracts(), m.col_contract_amount(), m.col_approved_amount());
        List<Kind> kinds = List.of(Kind.COUNT, Kind.AMOUNT, Kind.AMOUNT);
        Line total = contractLine(m.total(), c.total());
        List<Line> types = new ArrayList<>();
        c.byType().forEach((type, line) -> types.add(contractLine(label(type, language), line)));
        List<Line> fields = new ArrayList<>();
        c.byField().forEach((field, line) -> fields.add(contractLine(label(field, language), line)));
        if (c.unclassified().contracts() > 0) {
            fields.add(contractLine(m.field_unclassified(), c.unclassified()));
        }
        List<Line> entities = new ArrayList<>();
        c.byEntityType().forEach((entity, line) -> entities.add(contractLine(label(entity, language), line)));
        List<Line> regions = c.byRegion().stream().map(r -> contractLine(r.subtotal() ? r.provinceName()
                : r.provinceName() + " " + (r.provinceLevel() ? m.region_province_level() : r.prefectureName()),
                r.figures())).toList();
        return List.of(
                new Table(m.contracts_by_type(), with(m.col_type(), figures), kinds, none ? List.of() : types, total),
                new Table(m.contracts_by_field(), with(m.col_field(), figures), kinds, none ? List.of() : fields, total),
                new Table(m.contracts_by_entity(), with(m.col_entity(), figures), kinds, none ? List.of() : entities, total),
                new Table(m.contracts_by_region(), with(m.col_region(), figures), kinds, none ? List.of() : regions, total));
    }

    private List<Table> voucherTables(Figures f, ReportMessages m, Language language) {
        AnnualReport.Vouchers v = f.vouchers();
        boolean none = v.programs().isEmpty();
        List<Line> programs = v.programs().stream().map(p -> new Line(p.name(), (long) p.year(), p.budgetFen(),
                p.issuedFen(), p.redeemedFen(), p.expiredFen(), p.outstandingFen())).toList();
        Line programTotal = new Line(m.total(), null, sum(v.programs(), AnnualReport.ProgramLine::budgetFen),
                sum(v.programs(), AnnualReport.ProgramLine::issuedFen), sum(v.programs(), AnnualReport.ProgramLine::redeemedFen),
                sum(v.programs(), AnnualReport.ProgramLine::expiredFen), sum(v.programs(), AnnualReport.ProgramLine::outstandingFen));
        List<Line> months = v.months().stream().map(mo -> new Line(m.month(f.year(), mo.month(),
                Month.of(mo.month()).getDisplayName(TextStyle.FULL, language.locale)), mo.issuedFen(), mo.redeemedFen(),
                mo.expiredFen())).toList();
        Line monthTotal = new Line(m.total(), sum(v.months(), AnnualReport.MonthLine::issuedFen),
                sum(v.months(), AnnualReport.MonthLine::redeemedFen), sum(v.months(), AnnualReport.MonthLine::expiredFen));
        return List.of(
                new Table(m.vouchers_by_program(), List.of(m.col_program(), m.col_program_year(), m.col_budget(),
                        m.col_issued(), m.col_redeemed(), m.col_expired(), m.col_outstanding()),
                        List.of(Kind.YEAR, Kind.AMOUNT, Kind.AMOUNT, Kind.AMOUNT, Kind.AMOUNT, Kind.AMOUNT),
                        programs, programTotal),
                new Table(m.vouchers_by_month(), List.of(m.col_month(), m.col_issued(), m.col_redeemed(), m.col_expired()),
                        List.of(Kind.AMOUNT, Kind.AMOUNT, Kind.AMOUNT), none ? List.of() : months, monthTotal));
    }

    private List<Table> listingTables(AnnualReport.Listings l, ReportMessages m, Language language) {
        boolean none = l.total().total() == 0;
        List<String> counts = List.of(m.col_results(), m.col_needs(), m.col_listings_total());
        List<Kind> kinds = List.of(Kind.COUNT, Kind.COUNT, Kind.COUNT);
        List<Line> statuses = new ArrayList<>();
        l.byStatus().forEach((status, k) -> statuses.add(kindLine(label(status, language), k)));
        List<Line> fields = new ArrayList<>();
        l.byField().forEach((field, k) -> fields.add(kindLine(label(field, language), k)));
        Line total = kindLine(m.total(), l.total());
        return List.of(
                new Table(m.listings_by_status(), with(m.col_status(), counts), kinds, none ? List.of() : statuses, total),
                new Table(m.listings_by_field(), with(m.col_field(), counts), kinds, none ? List.of() : fields, total));
    }

    private static void sheet(Workbook workbook, Styles styles, ReportMessages m, String name, String title, String note, List<Table> tables) {
        Sheet sheet = workbook.createSheet(name);
        sheet.setColumnWidth(0, 36 * 256);
        for (int c = 1; c < 8; c++) {
            sheet.setColumnWidth(c, 22 * 256);
        }
        int r = 0;
        text(sheet.createRow(r++), 0, title, styles.title);
        text(sheet.createRow(r++), 0, note, null);
        for (Table table : tables) {
            r++;
            text(sheet.createRow(r++), 0, table.title(), styles.bold);
            Row header = sheet.createRow(r++);
            for (int c = 0; c < table.header().size(); c++) {
                text(header, c, table.header().get(c), styles.header);
            }
            if (table.lines().isEmpty()) {
                text(sheet.createRow(r++), 0, m.no_data(), null);
                continue;
            }
            for (Line line : table.lines()) {
                line(sheet.createRow(r++), line, table.kinds(), styles, false);
            }
            line(sheet.createRow(r++), table.total(), table.kinds(), styles, true);
        }
    }

    private static void line(Row row, Line line, List<Kind> kinds, Styles styles, boolean total) {
        text(row, 0, line.label(), total ? styles.bold : null);
        for (int i = 0; i < line.values().length; i++) {
            Long value = line.values()[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i + 1);
            Kind kind = kinds.get(i);
            // fen / 100 exactly; a double holds every amount of fewer than 16 digits exactly enough to print it back.
            cell.setCellValue(kind == Kind.AMOUNT ? BigDecimal.valueOf(value, 2).doubleValue() : value);
            cell.setCellStyle(switch (kind) {
                case AMOUNT -> total ? styles.amountTotal : styles.amount;
                case COUNT -> total ? styles.countTotal : styles.count;
                case YEAR -> styles.year;
            });
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static Line contractLine(String label, ContractLine line) {
        return new Line(label, line.contracts(), line.contractAmountFen(), line.approvedAmountFen());
    }

    private static Line kindLine(String label, KindCounts counts) {
        return new Line(label, counts.results(), counts.needs(), counts.total());
    }

    private static List<String> with(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static <T> long sum(List<T> items, java.util.function.ToLongFunction<T> value) {
        return items.stream().mapToLong(value).sum();
    }

    /** The label an enum value carries in its own feature's bundle ({@code ctype_TRANSFER} → 技术转让). */
    static String label(Enum<?> value, Language language) {
        String key = EnumLabels.key(value);
        Locale locale = language == Language.EN ? Locale.ENGLISH : Locale.ROOT;
        for (String bundle : LABEL_BUNDLES) {
            try {
                return ResourceBundle.getBundle(bundle, locale, NO_FALLBACK).getString(key);
            } catch (MissingResourceException e) {
                // not in this bundle
            }
        }
        throw new IllegalStateException("no label " + key + " in " + LABEL_BUNDLES + " for " + language);
    }

    /** The cell styles of one workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle bold;
        final CellStyle header;
        final CellStyle amount;
        final CellStyle amountTotal;
        final CellStyle count;
        final CellStyle countTotal;
        final CellStyle year;

        Styles(Workbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            short amountFormat = workbook.createDataFormat().getFormat("#,##0.00");
            short countFormat = workbook.createDataFormat().getFormat("#,##0");
            amount = workbook.createCellStyle();
            amount.setDataFormat(amountFormat);
            amountTotal = workbook.createCellStyle();
            amountTotal.setDataFormat(amountFormat);
            amountTotal.setFont(boldFont);
            count = workbook.createCellStyle();
            count.setDataFormat(countFormat);
            countTotal = workbook.createCellStyle();
            countTotal.setDataFormat(countFormat);
            countTotal.setFont(boldFont);
            year = workbook.createCellStyle();
            year.setDataFormat(workbook.createDataFormat().getFormat("0"));
        }
    }
}

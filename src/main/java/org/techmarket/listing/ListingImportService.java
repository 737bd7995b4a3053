package org.techmarket.listing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.techmarket.account.Organisation;
import org.techmarket.account.OrganisationService;
import org.techmarket.common.Bundles;
import org.techmarket.common.BackgroundJobs;
import org.techmarket.common.Caller;
import org.techmarket.common.CsvCells;
import org.techmarket.common.ForbiddenActionException;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.Language;
import org.techmarket.common.MoneyInput;
import org.techmarket.common.NotFoundException;
import org.techmarket.common.ProblemText;
import org.techmarket.common.Validation;

/**
 * Staff import of collected results and needs (征集) from .xlsx (Apache POI) or .csv (Commons
 * CSV). Each row is checked like a posted listing; good rows are published for their
 * organisation, bad rows reported with their row number and reason. A row already imported
 * (same kind, organisation and title) is skipped, so re-uploading a file adds nothing. An upload is
 * stored and imported in the background ({@link ListingImportJob}), a batch of rows per transaction.
 */
@ApplicationScoped
public class ListingImportService {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;

    @Inject
    ListingService listingService;

    @Inject
    ListingRepository listings;

    @Inject
    ListingImportRepository imports;

    @Inject
    OrganisationService organisations;

    @Inject
    Validation validation;

    @Inject
    BackgroundJobs jobs;

    /** Column names, Chinese first, then the English key a CSV may use. */
    enum Column {
        TITLE("成果名称", "需求名称", "title"), SUMMARY("成果简介", "summary"), DESCRIPTION("详细描述", "需求描述",
                "description"), FIELD("技术领域", "field"), KEYWORDS("关键词", "keywords"), MATURITY("成熟度", "要求成熟度",
                "maturity"), IP_TYPE("知识产权类型", "ipType"), IP_STATUS("知识产权状态", "ipStatus"), PATENTS("专利号",
                "patentNumbers"), MODES("转化方式", "合作方式", "modes"), PRICE("价格（万元）", "价格(万元)", "price"),
        BUDGET_MIN("预算下限（万元）", "预算下限(万元)", "budgetMin"), BUDGET_MAX("预算上限（万元）", "预算上限(万元)", "budgetMax"),
        REGION("行政区划代码", "regionCode"), CREDIT_CODE("统一社会信用代码", "creditCode"), CONTACT("联系人",
                "contactName"), PHONE("联系电话", "contactPhone"), EMAIL("联系邮箱", "contactEmail"), DATE("有效期至",
                "截止日期", "validUntil", "deadline");

        final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }

        static Optional<Column> of(String header) {
            String h = header == null ? "" : header.strip().replace('\uFEFF', ' ').strip();
            return Arrays.stream(values()).filter(c -> c.names.stream().anyMatch(n -> n.equalsIgnoreCase(h)))
                    .findFirst();
        }
    }

    /** An import queued as a background job: its report's id and the job's. */
    public record Queued(long importId, long jobId) {
    }

    /**
     * Stores an uploaded file and queues its import as a background job; returns at once. A file that
     * is plainly no spreadsheet is refused here; one that cannot be read fails its job.
     */
    @Transactional
    public Queued enqueue(Caller caller, ListingKind kind, String fileName, byte[] content) {
        if (!caller.isStaff()) {
            throw new ForbiddenActionException("Only market staff import listings");
        }
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "choose an .xlsx or .csv file");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "the file is larger than 10 MB");
        }
        if (!isXlsx(fileName, content)) {
            readCsvHeader(content);
        }
        Language language = ProblemText.currentLanguage();
        ListingImport record = new ListingImport();
        record.fileName = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        if (record.fileName.length() > 200) {
            record.fileName = record.fileName.substring(0, 200);
        }
        record.importedBy = caller.userId();
        record.reportCsv = csv(List.of(), language, true);
        imports.persist(record);
        record.jobId = jobs.enqueue(ListingImportJob.KIND, record.fileName, ListingImportJob.parameter(kind, language),
                record.id, content,
                caller.userId());
        return new Queued(record.id, record.jobId);
    }

    /** What one row came to: imported, a duplicate, or failed with a reason. */
    record RowOutcome(int row, String result, String detail) {
    }

    /**
     * Imports some rows in the caller's transaction: checked like a posted listing, good ones published,
     * duplicates (already imported, or twice in these rows) skipped, bad ones reported; and adds them to
     * the import's counts and row report.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<RowOutcome> importRows(long importId, long importedBy, ListingKind kind, Language language,
            List<Map<Column, String>> rows, int firstIndex, int totalRows) {
        List<RowOutcome> outcomes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            int rowNumber = firstIndex + i + 2; // the header is row 1
            try {
                Listing listing = toListing(kind, rows.get(i));
                listing.ownerId = importedBy;
                if (!seen.add(listing.sourceKey) || listings.existsBySourceKey(listing.sourceKey)) {
                    outcomes.add(new RowOutcome(rowNumber, "DUPLICATE", listing.title));
                    continue;
                }
                listingService.importPublished(listing, org.techmarket.common.AuditTrail.reason("imported_by_staff"));
                outcomes.add(new RowOutcome(rowNumber, "IMPORTED", listing.title));
            } catch (InvalidInputException e) {
                outcomes.add(new RowOutcome(rowNumber, "FAILED", rowReason(e, language)));
            }
        }
        imports.addRows(importId, totalRows, count(outcomes, "IMPORTED"), count(outcomes, "DUPLICATE"),
                count(outcomes, "FAILED"), csv(outcomes.stream()
                        .map(o -> new String[] {String.valueOf(o.row()), status(o.result(), language), o.detail()}).toList(),
                        language, false));
        return outcomes;
    }

    private static int count(List<RowOutcome> outcomes, String result) {
        return (int) outcomes.stream().filter(o -> o.result().equals(result)).count();
    }

    public ListingImport getReport(Caller caller, long id) {
        if (!caller.isStaff()) {
            throw new ForbiddenActionException("Only market staff see import reports");
        }
        return imports.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Import", id));
    }

    public List<ListingImport> recent(Caller caller) {
        if (!caller.isStaff()) {
            throw new ForbiddenActionException("Only market staff see import reports");
        }
        return imports.listRecent(20);
    }

    private Listing toListing(ListingKind kind, Map<Column, String> row) {
        Map<String, String> errors = new LinkedHashMap<>();
        String creditCode = row.getOrDefault(Column.CREDIT_CODE, "").strip().toUpperCase(Locale.ROOT);
        Optional<Organisation> organisation = organisations.findByCreditCode(creditCode);
        if (organisation.isEmpty()) {
            errors.put("creditCode", "no registered organisation has this credit code");
        } else if (!organisation.get().isVerified()) {
            errors.put("creditCode", "the organisation is not verified");
        }
        TechField field = enumValue(ListingLabels.FIELDS, TechField.class, row.get(Column.FIELD), "field", errors);
        List<TransferMode> modes = new ArrayList<>();
        for (String m : split(row.get(Column.MODES))) {
            ListingLabels.parse(ListingLabels.MODES, TransferMode.class, m).ifPresentOrElse(modes::add,
                    () -> errors.put("modes", "unknown mode " + m));
        }
        Integer maturity = integer(row.get(Column.MATURITY), "maturity", errors);
        LocalDate date = date(row.get(Column.DATE), "validUntil", errors);
        Listing listing = new Listing();
        listing.kind = kind;
        if (kind == ListingKind.RESULT) {
            IpType ipType = enumValue(ListingLabels.IP_TYPES, IpType.class, row.get(Column.IP_TYPE), "ipType", null);
            IpStatus ipStatus = enumValue(ListingLabels.IP_STATUSES, IpStatus.class, row.get(Column.IP_STATUS),
                    "ipStatus", null);
            Long price = wan(row.get(Column.PRICE), "price", errors, true);
            ListingApi.ResultRequest input = new ListingApi.ResultRequest(row.get(Column.TITLE), row.get(Column.SUMMARY),
                    row.get(Column.DESCRIPTION), field, split(row.get(Column.KEYWORDS)), maturity, ipType, ipStatus,
                    row.get(Column.PATENTS), modes, price, row.get(Column.REGION), row.get(Column.CONTACT),
                    row.get(Column.PHONE), row.get(Column.EMAIL), date);
            check(input, errors);
            ListingInputs.apply(input, listing);
        } else {
            ListingApi.NeedRequest input = new ListingApi.NeedRequest(row.get(Column.TITLE), row.get(Column.DESCRIPTION), field,
                    split(row.get(Column.KEYWORDS)), maturity, wan(row.get(Column.BUDGET_MIN), "budgetMin", errors, false),
                    wan(row.get(Column.BUDGET_MAX), "budgetMax", errors, false), date, row.get(Column.REGION), modes,
                    row.get(Column.CONTACT), row.get(Column.PHONE), row.get(Column.EMAIL));
            check(input, errors);
            ListingInputs.checkBudget(input);
            ListingInputs.apply(input, listing);
        }
        listing.organisationId = organisation.get().id;
        listing.sourceKey = sourceKey(kind, creditCode, listing.title);
        return listing;
    }

    private void check(Object input, Map<String, String> errors) {
        try {
            validation.check(input);
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Whether the file is (meant as) an .xlsx workbook; else it must be CSV text. Refuses anything else. */
    private static boolean isXlsx(String fileName, byte[] content) {
        boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (zip || name.endsWith(".xlsx")) {
            if (!zip) {
                throw InvalidInputException.of("file", "this is not an .xlsx spreadsheet");
            }
            return true;
        }
        if (name.endsWith(".csv") || name.endsWith(".txt") || looksLikeText(content)) {
            return false;
        }
        throw InvalidInputException.of("file", "upload an .xlsx or .csv file");
    }

    /** The rows of an uploaded file, each column by name; an unreadable file is invalid input naming "file". */
    List<Map<Column, String>> read(String fileName, byte[] content) {
        boolean xlsx = isXlsx(fileName, content);
        try {
            return xlsx ? readXlsx(new ByteArrayInputStream(content)) : readCsv(content);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of("file", "the file could not be read as a spreadsheet");
        }
    }

    /** Checks a CSV file's first line names the columns, without reading the rows (the job does). */
    private static void readCsvHeader(byte[] content) {
        String text = new String(content, 0, Math.min(content.length, 64 * 1024), StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).replace("\uFEFF", "");
        try (CSVParser parser = CSVParser.parse(first, CSVFormat.DEFAULT.builder().setTrim(true).get())) {
            List<Column> columns = new ArrayList<>();
            for (CSVRecord record : parser) {
                record.forEach(h -> Column.of(h).ifPresent(columns::add));
            }
            requireTitleColumn(columns);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw InvalidInputException.of("file", "the file could not be read as a spreadsheet");
        }
    }

    private List<Map<Column, String>> readXlsx(InputStream in) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw InvalidInputException.of("file", "the sheet is empty");
            }
            Map<Integer, Column> columns = new LinkedHashMap<>();
            for (Cell cell : header) {
                Column.of(formatter.formatCellValue(cell)).ifPresent(c -> columns.put(cell.getColumnIndex(), c));
            }
            requireTitleColumn(columns.values());
            List<Map<Column, String>> rows = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<Column, String> values = new LinkedHashMap<>();
                if (row != null) {
                    for (Map.Entry<Integer, Column> c : columns.entrySet()) {
                        Cell cell = row.getCell(c.getKey());
                        if (cell != null) {
                            values.put(c.getValue(), cellText(cell, formatter));
                        }
                    }
                }
                if (values.values().stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    throw InvalidInputException.of("file", "at most " + MAX_ROWS + " rows per file");
                }
                rows.add(values);
            }
            return rows;
        }
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell).strip();
    }

    private List<Map<Column, String>> readCsv(byte[] content) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.contains("\uFFFD")) {
            throw InvalidInputException.of("file", "the CSV file must be UTF-8 text");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(
                text.replace("\uFEFF", "").getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8), format)) {
            Map<String, Column> columns = new LinkedHashMap<>();
            for (String h : parser.getHeaderNames()) {
                Column.of(h).ifPresent(c -> columns.put(h, c));
            }
            requireTitleColumn(columns.values());
            List<Map<Column, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw InvalidInputException.of("file", "at most " + MAX_ROWS + " rows per file");
                }
                Map<Column, String> values = new LinkedHashMap<>();
                columns.forEach((h, c) -> values.put(c, record.isMapped(h) && record.isSet(h) ? record.get(h) : ""));
                rows.add(values);
            }
            return rows;
        }
    }

    private static void requireTitleColumn(java.util.Collection<Column> columns) {
        if (!columns.contains(Column.TITLE)) {
            throw InvalidInputException.of("file", "the first row must name the columns (成果名称/需求名称, …)");
        }
    }

    private static boolean looksLikeText(byte[] content) {
        int n = Math.min(content.length, 4096);
        for (int i = 0; i < n; i++) {
            if (content[i] == 0) {
                return false;
            }
        }
        return true;
    }

    private static <E extends Enum<E>> E enumValue(Map<E, String> names, Class<E> type, String text, String field,
            Map<String, String> errors) {
        Optional<E> value = ListingLabels.parse(names, type, text);
        if (value.isEmpty() && errors != null && text != null && !text.isBlank()) {
            errors.put(field, "unknown value " + text.strip());
        }
        return value.orElse(null);
    }

    private static Integer integer(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip().replaceAll("\\.0+$", ""));
        } catch (NumberFormatException e) {
            errors.put(field, "not a whole number: " + text.strip());
            return null;
        }
    }

    private static LocalDate date(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip().replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            errors.put(field, "not a date (yyyy-mm-dd): " + text.strip());
            return null;
        }
    }

    /** An amount in 万元 (as spreadsheets give it) into fen. 面议 or empty is null. */
    private static Long wan(String text, String field, Map<String, String> errors, boolean negotiableAllowed) {
        if (negotiableAllowed && text != null && text.strip().equals("面议")) {
            return null;
        }
        return MoneyInput.parse(field, text, MoneyInput.Unit.WAN, errors);
    }

    private static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[;；,，、|/]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String sourceKey(ListingKind kind, String creditCode, String title) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String key = kind + "|" + creditCode + "|" + title.strip().replaceAll("\\s+", " ");
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A bad row's fields by their column names and its messages, in the importing person's language. */
    static String rowReason(InvalidInputException e, Language language) {
        boolean english = language == Language.EN;
        return e.fieldErrors(language).entrySet().stream()
                .map(en -> Bundles.text("ls", "import_col_" + en.getKey(), language).orElse(en.getKey())
                        + (english ? ": " : "：") + en.getValue())
                .reduce((a, b) -> a + (english ? "; " : "；") + b).orElse("");
    }

    private static String status(String result, Language language) {
        return Bundles.text("ls", "import_status_" + result, language).orElse(result);
    }

    /** Report lines as CSV in the importing person's language, with the header line or without (a batch's lines). */
    private static String csv(List<String[]> rows, Language language, boolean header) {
        StringWriter out = new StringWriter();
        CSVFormat.Builder format = CSVFormat.DEFAULT.builder();
        if (header) {
            format.setHeader(Stream.of("row", "result", "detail")
                    .map(h -> Bundles.text("ls", "import_csv_" + h, language).orElse(h)).toArray(String[]::new));
        }
        try (CSVPrinter printer = new CSVPrinter(out, format.get())) {
            for (String[] r : rows) {
                printer.printRecord(CsvCells.safe((Object[]) r));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}

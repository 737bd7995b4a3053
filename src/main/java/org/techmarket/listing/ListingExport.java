package org.techmarket.listing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.techmarket.account.OrganisationService;
import org.techmarket.common.Caller;
import org.techmarket.common.ForbiddenActionException;

/**
 * Writes the listings of a search to .xlsx, streaming (POI SXSSF) so that ten thousand rows
 * do not sit in memory. The columns are those the import reads, so an export can be edited and
 * imported elsewhere.
 */
@ApplicationScoped
public class ListingExport {

    static final int MAX_ROWS = 10_000;
    private static final int PAGE = 100;

    @Inject
    ListingSearch search;

    @Inject
    OrganisationService organisations;

    public void xlsx(Caller caller, SearchQuery query, OutputStream out) throws IOException {
        if (!caller.isStaff()) {
            throw new ForbiddenActionException("Only market staff export listings");
        }
        boolean results = query.kind() == ListingKind.RESULT;
        List<String> header = results
                ? List.of("成果名称", "成果简介", "详细描述", "技术领域", "关键词", "成熟度", "知识产权类型", "知识产权状态", "专利号",
                        "转化方式", "价格（万元）", "行政区划代码", "统一社会信用代码", "机构名称", "联系人", "联系电话", "联系邮箱", "有效期至")
                : List.of("需求名称", "需求描述", "技术领域", "关键词", "要求成熟度", "预算下限（万元）", "预算上限（万元）", "合作方式",
                        "行政区划代码", "统一社会信用代码", "机构名称", "联系人", "联系电话", "联系邮箱", "截止日期");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(results ? "科技成果" : "技术需求");
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
            }
            int rowNumber = 1;
            for (int page = 0; rowNumber <= MAX_ROWS; page++) {
                // Newest first: a relevance order covers only a window of the matches, an export all of them.
                List<Listing> items = search.search(query.newestFirst().withPage(page, PAGE)).items();
                if (items.isEmpty()) {
                    break;
                }
                Map<Long, org.techmarket.account.Organisation> orgs = organisations.byIds(
                        items.stream().map(l -> l.organisationId).collect(Collectors.toSet()));
                for (Listing l : items) {
                    var org = orgs.get(l.organisationId);
                    List<String> cells = results
                            ? List.of(l.title, nz(l.summary), l.description, ListingLabels.FIELDS.get(l.field),
                                    String.join("；", l.keywords), String.valueOf(l.maturity),
                                    l.ipType == null ? "" : ListingLabels.IP_TYPES.get(l.ipType),
                                    l.ipStatus == null ? "" : ListingLabels.IP_STATUSES.get(l.ipStatus),
                                    nz(l.patentNumbers), modes(l), l.priceFen == null ? "面议" : wan(l.priceFen),
                                    l.regionCode, org == null ? "" : org.creditCode, org == null ? "" : org.name,
                                    l.contact.name, l.contact.phone, nz(l.contact.email), l.validUntil.toString())
                            : List.of(l.title, l.description, ListingLabels.FIELDS.get(l.field),
                                    String.join("；", l.keywords), String.valueOf(l.maturity),
                                    l.budgetMinFen == null ? "" : wan(l.budgetMinFen),
                                    l.budgetMaxFen == null ? "" : wan(l.budgetMaxFen), modes(l), l.regionCode,
                                    org == null ? "" : org.creditCode, org == null ? "" : org.name, l.contact.name,
                                    l.contact.phone, nz(l.contact.email), l.validUntil.toString());
                    Row row = sheet.createRow(rowNumber++);
                    for (int i = 0; i < cells.size(); i++) {
                        row.createCell(i).setCellValue(cells.get(i));
                    }
                    if (rowNumber > MAX_ROWS) {
                        break;
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static String modes(Listing l) {
        return l.transferModes().stream().map(ListingLabels.MODES::get).collect(Collectors.joining("；"));
    }

    private static String wan(long fen) {
        return BigDecimal.valueOf(fen).movePointLeft(6).stripTrailingZeros().toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

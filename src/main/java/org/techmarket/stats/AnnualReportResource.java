package org.techmarket.stats;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techmarket.common.Language;
import org.techmarket.common.Problem;
import org.techmarket.common.Roles;

/** The annual report of the market as an Excel workbook, for staff. */
@Path("/api/v1/stats")
@Tag(name = "Statistics", description = "The market's figures: the annual report (年度统计报告) for staff.")
public class AnnualReportResource {

    @Inject
    AnnualReport report;

    @Inject
    AnnualReportWorkbook workbook;

    @GET
    @Path("/report")
    @Produces(AnnualReportWorkbook.MEDIA_TYPE)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Download the annual report as an Excel workbook",
            description = "The market's figures of one calendar year as .xlsx: technology contracts registered in the "
                    + "year (count, contract amount and approved technology transaction amount by contract type, "
                    + "technology field, seller entity type and seller region), innovation voucher money by program "
                    + "and by month (issued, redeemed, expired, outstanding at year end, from the ledger), and the "
                    + "results and needs collected in the year by status and by field. Amounts are numeric cells in "
                    + "yuan with two decimals. Sheet names, headers and labels are in Chinese, or in English when "
                    + "the language chosen on the site (or, without that choice, Accept-Language) is English. A "
                    + "year without data gives tables that say so. Staff only.")
    @APIResponse(responseCode = "200", description = "The workbook, as an attachment named techmarket-report-{year}.xlsx",
            content = @Content(mediaType = AnnualReportWorkbook.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "The year is missing, not a year, before 2000 or in the future",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response download(
            @Parameter(name = "year", in = ParameterIn.QUERY, required = true,
                    description = "The calendar year of the report, from 2000 to the current year",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "2000"))
            @QueryParam("year") String year,
            @Parameter(description = "English when it starts with `en`, Chinese otherwise; for a browser session the "
                    + "language chosen on the site takes its place")
            @HeaderParam("Accept-Language") String language) {
        AnnualReport.Figures figures = report.of(year);
        StreamingOutput body = out -> workbook.write(figures, Language.fromTag(language), out);
        return Response.ok(body, AnnualReportWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + AnnualReportWorkbook.fileName(figures.year()) + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}

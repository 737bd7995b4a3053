package org.techmarket.listing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.techmarket.common.BackgroundJob;
import org.techmarket.common.JobError;
import org.techmarket.common.JobHandler;
import org.techmarket.common.Language;

/**
 * Runs a staff import (征集导入) as a background job: the stored file is read once per run, and its
 * rows are imported a batch per transaction, so progress shows as it goes and no transaction holds
 * the listings' change version for long. A resumed run goes on after the last committed batch.
 */
@ApplicationScoped
public class ListingImportJob implements JobHandler {

    public static final String KIND = "LISTING_IMPORT";
    static final int BATCH = 100;

    @Inject
    ListingImportService imports;

    @Inject
    ListingImportRepository records;

    /** The job's parameter: what the rows are, and the language of their report (the importing person's). */
    static String parameter(ListingKind kind, Language language) {
        return kind.name() + "/" + language.tag;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public int batchSize() {
        return BATCH;
    }

    @Override
    public String resultLink(BackgroundJob job) {
        return job.subjectId == null ? null : "/api/v1/listing-imports/" + job.subjectId + "/report.csv";
    }

    @Override
    public Work open(Job job) {
        ListingImport record = QuarkusTransaction.requiringNew()
                .call(() -> records.findById(job.subjectId()));
        String fileName = record.fileName;
        long importId = record.id;
        long importedBy = record.importedBy;
        String[] parameter = job.parameter().split("/", 2);
        ListingKind kind = ListingKind.valueOf(parameter[0]);
        Language language = parameter.length > 1 && parameter[1].equals(Language.EN.tag) ? Language.EN : Language.ZH;
        List<Map<ListingImportService.Column, String>> rows = imports.read(fileName, job.input());
        return new Work() {
            @Override
            public int total() {
                return rows.size();
            }

            @Override
            public Batch process(int from, int count) {
                List<ListingImportService.RowOutcome> outcomes = imports.importRows(importId, importedBy, kind, language,
                        rows.subList(from, from + count), from, rows.size());
                return new Batch((int) outcomes.stream().filter(o -> o.result().equals("IMPORTED")).count(),
                        outcomes.stream().filter(o -> o.result().equals("FAILED"))
                                .map(o -> new JobError(o.row(), o.detail())).toList());
            }

            @Override
            public int itemNumber(int index) {
                return index + 2;
            }
        };
    }
}

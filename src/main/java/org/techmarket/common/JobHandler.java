package org.techmarket.common;

import java.util.List;

/**
 * A kind of background work that a feature plugs into the {@link JobRunner} (a CDI bean): it opens a
 * run of a job (reads its input, lists its items) and does the items batch by batch, each batch in
 * the transaction that also records the job's progress, so a resumed job neither repeats nor skips
 * an item.
 */
public interface JobHandler {

    /** The job kind this handler runs, e.g. {@code LISTING_IMPORT}. */
    String kind();

    /** Items per batch (one transaction each). */
    default int batchSize() {
        return 100;
    }

    /** The {@code jb} message key naming this kind of job. */
    default String labelKey() {
        return "kind_" + kind();
    }

    /** The {@code jb} message key of what the job produces (rows imported, matches stored). */
    default String producedKey() {
        return "produced_" + kind();
    }

    /** Where the job's own result can be downloaded or seen (an import's row report), or null. */
    default String resultLink(BackgroundJob job) {
        return null;
    }

    /**
     * Prepares a run of a job, outside any transaction; called again when a job is resumed. An
     * {@link InvalidInputException} (an unreadable file) fails the job with its message.
     */
    Work open(Job job);

    /** What a handler gets of its job. */
    record Job(long id, String parameter, Long subjectId, byte[] input, int done, long requestedBy) {
    }

    /** What a batch did: how many things it produced, and its failed items. */
    record Batch(int produced, List<JobError> errors) {
    }

    /** One run of a job. */
    interface Work extends AutoCloseable {
        int total();

        /** Does the items {@code [from, from + count)} in the caller's transaction. */
        Batch process(int from, int count);

        /** The number the user knows an item by (a spreadsheet row); its index + 1 by default. */
        default int itemNumber(int index) {
            return index + 1;
        }

        /** In the transaction that marks the job done. */
        default void finish() {
        }

        @Override
        default void close() {
        }
    }
}

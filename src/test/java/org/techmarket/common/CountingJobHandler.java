package org.techmarket.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * A job kind for tests: the parameter is "total" or "total,broken" (an item that throws); each item
 * done is counted per job, every tenth item from the fourth is an error, "unreadable" cannot be opened.
 */
@ApplicationScoped
public class CountingJobHandler implements JobHandler {

    static final String KIND = "TEST_COUNT";

    private final Map<Long, AtomicIntegerArray> processed = new ConcurrentHashMap<>();

    /** How many times each item of a job was done. */
    public AtomicIntegerArray processed(long jobId) {
        return processed.get(jobId);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public int batchSize() {
        return 5;
    }

    @Override
    public String labelKey() {
        return "kind_OTHER";
    }

    @Override
    public String producedKey() {
        return "produced_OTHER";
    }

    @Override
    public Work open(Job job) {
        if (job.parameter().equals("unreadable")) {
            throw InvalidInputException.of("file", "the file could not be read as a spreadsheet");
        }
        String[] p = job.parameter().split(",");
        int total = Integer.parseInt(p[0]);
        int broken = p.length > 1 ? Integer.parseInt(p[1]) : -1;
        AtomicIntegerArray counts = processed.computeIfAbsent(job.id(), id -> new AtomicIntegerArray(total));
        return new Work() {
            @Override
            public int total() {
                return total;
            }

            @Override
            public Batch process(int from, int count) {
                List<JobError> errors = new ArrayList<>();
                for (int i = from; i < from + count; i++) {
                    if (i == broken) {
                        throw new IllegalStateException("item " + i + " is broken");
                    }
                    counts.incrementAndGet(i);
                    if (i % 10 == 3) {
                        errors.add(new JobError(i + 1, "第" + (i + 1) + "项有误"));
                    }
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return new Batch(count - errors.size(), errors);
            }
        };
    }
}

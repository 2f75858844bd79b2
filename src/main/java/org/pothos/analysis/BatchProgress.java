package org.pothos.analysis;

import java.time.Duration;

/**
 * Where a batch of jobs stands: counts, throughput and the estimated time left (null until the
 * first job finished).
 */
public record BatchProgress(String batchId, int total, int succeeded, int failed, int cancelled,
                            double imagesPerMinute, Duration eta) {

    public int done() {
        return succeeded + failed + cancelled;
    }

    public int remaining() {
        return total - done();
    }

    public boolean finished() {
        return remaining() <= 0;
    }
}

package org.pothos.ui.jobs;

import java.time.Duration;
import java.util.Collection;

/**
 * The totals the panel shows, summed over the batches of the current run (see
 * {@link JobsViewModel}). A job that joined two batches (it was already queued when the second
 * came) counts in both; that is rare and only makes the totals a little high.
 *
 * @param imagesPerMinute summed over the batches still running, since they share the workers
 * @param eta             null until a throughput is known
 */
record BatchTotals(int total, int done, int failed, int remaining, double imagesPerMinute, Duration eta) {

    static final BatchTotals NONE = new BatchTotals(0, 0, 0, 0, 0, null);

    static BatchTotals sum(Collection<org.pothos.analysis.BatchProgress> batches) {
        int total = 0;
        int done = 0;
        int failed = 0;
        int remaining = 0;
        double runningRate = 0;
        double finishedRate = 0;
        for (var batch : batches) {
            total += batch.total();
            done += batch.done();
            failed += batch.failed();
            remaining += Math.max(0, batch.remaining());
            if (batch.finished()) {
                finishedRate += batch.imagesPerMinute();
            } else {
                runningRate += batch.imagesPerMinute();
            }
        }
        Duration eta = remaining > 0 && runningRate > 0
                ? Duration.ofMillis((long) (remaining / runningRate * 60_000))
                : null;
        return new BatchTotals(total, done, failed, remaining, remaining > 0 ? runningRate : finishedRate, eta);
    }

    /** Done over total; -1 when nothing is counted yet. */
    double fraction() {
        return total == 0 ? -1 : (double) done / total;
    }
}

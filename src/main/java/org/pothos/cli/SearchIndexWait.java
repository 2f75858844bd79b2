package org.pothos.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.pothos.search.IndexStatus;
import org.pothos.search.SearchIndex;

/** Brings the search index up to date before a command answers from it, with a progress line while it rebuilds. */
final class SearchIndexWait {

    private SearchIndexWait() {
    }

    static boolean awaitCurrent(SearchIndex index, PrintWriter err, Duration timeout) {
        ProgressLine progress = new ProgressLine(err);
        index.addStatusListener(status -> {
            if (status.state() == IndexStatus.State.REBUILDING) {
                progress.update(String.format("Building the search index (%s): %,d of %,d", status.reason(),
                        status.done(), status.total()));
            }
        });
        try {
            return index.awaitCurrent(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            progress.finish();
        }
    }
}

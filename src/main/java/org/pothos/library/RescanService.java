package org.pothos.library;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pothos.common.Cancellation;

/**
 * Checks every item's file. A file that is gone marks its item missing (its tags and text stay);
 * a file back at its path is indexed again, which marks it present and refreshes changed content.
 */
public final class RescanService {

    private final MediaStore store;
    private final ImportService importer;

    public RescanService(MediaStore store, ImportService importer) {
        this.store = store;
        this.importer = importer;
    }

    public RescanReport rescan(ImportListener listener, Cancellation cancellation) {
        List<Long> gone = new ArrayList<>();
        List<Path> back = new ArrayList<>();
        long[] checked = {0};
        store.forEachLocation(location -> {
            if (cancellation.isCancelled()) {
                return;
            }
            checked[0]++;
            boolean exists = Files.isRegularFile(location.path());
            if (!exists && location.availability() == Availability.PRESENT) {
                gone.add(location.id());
            } else if (exists) {
                back.add(location.path());
            }
        });
        store.setAvailability(gone, Availability.MISSING);
        // Present files go through the importer: unchanged stamps cost a lookup, changed ones a re-read.
        ImportReport reindexed = importer.importPaths(back, listener, cancellation);
        long foundAgain = reindexed.outcomes().stream()
                .filter(o -> ImportOutcome.FOUND_AGAIN.equals(o.detail()))
                .count();
        return new RescanReport(checked[0], gone.size(), foundAgain, reindexed);
    }
}

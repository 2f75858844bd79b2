package org.pothos.labelsync;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.pothos.library.LabelSnapshot;
import org.pothos.xmp.FileLabels;

/**
 * The library's record of how each item stands with its files, as the label writer sees it. The persistence
 * adapter implements it; every call is one unit of work. Calls block: never make them on the JavaFX thread.
 */
public interface LabelSyncStore {

    /** How one item stands: its labels and the labels its files held when last read or written (null: never read). */
    record State(long id, Path path, LabelSnapshot item, LabelSnapshot files, String writeError) {

        /** The item has labels its files do not hold (an item without labels agrees with files never read). */
        public boolean differs() {
            LabelSnapshot known = files != null ? files : LabelSnapshot.of(FileLabels.NONE);
            return !item.equals(known);
        }
    }

    Optional<SyncItem> find(long id);

    /** Every present item's state, in id order, a page at a time. */
    void forEachState(Consumer<State> visitor);

    /** Present items whose labels or files changed after {@code after} and no later than {@code until}, oldest first. */
    List<Long> changedBetween(Instant after, Instant until);

    /**
     * The files now hold {@code written}: remembered as the base of the next merge, with the sidecars' new
     * fingerprint, and, when the picture itself was rewritten, its new size, time and content hash. Leaves the
     * item's change time alone, so that a write is not taken for an edit.
     */
    void recordWritten(long id, FileLabels written, String sidecarStamp, PictureRewrite rewrite);

    /** Why writing failed, shown until a write succeeds. */
    void recordWriteError(long id, String reason);

    /** Labels read again from the files before a write (another program changed a sidecar): merged as an import does. */
    void applyFileLabels(long id, FileLabels theirs, String sidecarStamp);

    /** A picture file that was rewritten with its labels embedded. */
    record PictureRewrite(long sizeBytes, Instant modifiedAt, String contentHash) {
    }
}

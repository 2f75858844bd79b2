package org.pothos.library;

import java.nio.file.Path;

/** What happened to one file of an import. {@code mediaId} is 0 when no item was touched. */
public record ImportOutcome(Path path, Kind kind, long mediaId, String detail) {

    public enum Kind {
        /** A new item. */
        IMPORTED,
        /** Known content found at a new path, the old path being gone: the item follows the file. */
        MOVED,
        /** The file at a known path changed content: the item's facts were refreshed. */
        UPDATED,
        /** Already in the library, nothing changed (a missing item found again counts here). */
        UNCHANGED,
        /** The same content as an existing item at another path that still exists. */
        DUPLICATE,
        /** A RAW beside a JPEG of the same name: one picture, whose item is the JPEG's; {@code detail} names it. */
        PAIRED,
        /** Not imported; {@code detail} says why. */
        SKIPPED
    }

    /** Detail of an UNCHANGED outcome whose item had been marked missing. */
    public static final String FOUND_AGAIN = "found again";
    /** Detail of an UPDATED outcome whose picture is the same but whose files' labels changed (a sidecar edited). */
    public static final String LABELS_CHANGED = "labels changed in its files";

    public static ImportOutcome skipped(Path path, String reason) {
        return new ImportOutcome(path, Kind.SKIPPED, 0, reason);
    }
}

package org.pothos.library;

/** What the library knows about an item's cached thumbnail. */
public enum ThumbnailStatus {
    /** Not generated yet. */
    PENDING,
    READY,
    FAILED,
    /** Failed for a reason that can pass (memory, the cache, an unreadable file): the next run tries again. */
    RETRY,
    TOO_LARGE
}

package org.pothos.library;

/** What the library knows about an item's cached thumbnail. */
public enum ThumbnailStatus {
    /** Not generated yet. */
    PENDING,
    READY,
    FAILED,
    TOO_LARGE
}

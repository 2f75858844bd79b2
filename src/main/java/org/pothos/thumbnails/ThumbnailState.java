package org.pothos.thumbnails;

public enum ThumbnailState {
    /** Not generated (yet): the request was cancelled or the service closed. */
    MISSING,
    READY,
    /** The image cannot be decoded; the reason says why. */
    FAILED,
    /**
     * Not made now, for a reason that can pass (not enough memory, the cache could not be written, the file cannot be
     * read or is gone for now): the next try may succeed.
     */
    RETRY,
    /** The image has more pixels than the service is allowed to decode. */
    TOO_LARGE
}

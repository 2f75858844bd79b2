package org.pothos.thumbnails;

public enum ThumbnailState {
    /** Not generated (yet): the request was cancelled or the service closed. */
    MISSING,
    READY,
    /** The image cannot be decoded, or the thumbnail cannot be stored; the reason says which. */
    FAILED,
    /** The image has more pixels than the service is allowed to decode. */
    TOO_LARGE
}

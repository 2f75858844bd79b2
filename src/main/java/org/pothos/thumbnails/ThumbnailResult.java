package org.pothos.thumbnails;

import java.nio.file.Path;

/**
 * @param file   the cached thumbnail when READY, else null
 * @param reason why it is not READY, else null
 */
public record ThumbnailResult(ThumbnailState state, Path file, String reason) {

    static ThumbnailResult ready(Path file) {
        return new ThumbnailResult(ThumbnailState.READY, file, null);
    }

    static ThumbnailResult failed(String reason) {
        return new ThumbnailResult(ThumbnailState.FAILED, null, reason);
    }

    static ThumbnailResult retryLater(String reason) {
        return new ThumbnailResult(ThumbnailState.RETRY, null, reason);
    }

    static ThumbnailResult tooLarge(String reason) {
        return new ThumbnailResult(ThumbnailState.TOO_LARGE, null, reason);
    }

    static ThumbnailResult missing(String reason) {
        return new ThumbnailResult(ThumbnailState.MISSING, null, reason);
    }
}

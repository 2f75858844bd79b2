package org.pothos.library;

import java.time.Instant;
import org.pothos.common.StoredTimes;

/**
 * What the library recorded about a path: if size and modified time still match, the file is taken
 * as unchanged and is not hashed again, which makes re-importing a folder cheap. Its labels are read again when
 * its sidecars changed ({@code sidecarStamp}, see {@link org.pothos.xmp.Sidecars#fingerprint}) or were never read.
 */
public record FileStamp(long mediaId, String contentHash, long sizeBytes, Instant modifiedAt, Availability availability,
                        String sidecarStamp, boolean labelsRead) {

    public FileStamp(long mediaId, String contentHash, long sizeBytes, Instant modifiedAt, Availability availability) {
        this(mediaId, contentHash, sizeBytes, modifiedAt, availability, null, true);
    }

    /** The database keeps microseconds (rounded); file systems may report nanoseconds. */
    public boolean matches(long size, Instant modified) {
        return sizeBytes == size && StoredTimes.same(modifiedAt, modified);
    }
}

package org.pothos.labelsync;

import java.nio.file.Path;
import java.util.Map;
import org.pothos.library.MediaItem;
import org.pothos.xmp.FileLabels;

/**
 * What writing an item's labels needs to know beside the item itself.
 *
 * @param companion    the RAW file of a RAW+JPEG pair, null when there is none
 * @param sidecarStamp the sidecars' fingerprint when the files were last read or written, null when there were none
 * @param files        the labels the files held then; null when they were never read
 * @param hierarchy    the parents of the item's tags that have some ("Animals|Dog"), by folded tag name
 * @param writeError   why the last write failed, null when it did not
 */
public record SyncItem(MediaItem item, Path companion, String sidecarStamp, FileLabels files, Map<String, String> hierarchy,
                       String writeError) {

    public SyncItem {
        hierarchy = Map.copyOf(hierarchy);
    }
}

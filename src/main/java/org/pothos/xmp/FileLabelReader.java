package org.pothos.xmp;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pothos.imageio.EmbeddedMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what labels a picture's files hold. The XMP comes from the first sidecar there is, else from inside the
 * file; each field is taken from the first place that has it: that XMP, then IPTC (title, caption, keywords), then
 * the Windows EXIF fields (title, keywords, rating). A packet Pothos wrote is complete: a field it lacks is empty,
 * so a tag removed in Pothos does not come back from an older copy in the file.
 */
public final class FileLabelReader {

    private static final Logger LOG = LoggerFactory.getLogger(FileLabelReader.class);

    /**
     * @param embedded what the picture file itself holds
     * @param pictures the picture and its RAW companion, whose sidecars are read
     */
    public FileLabels read(EmbeddedMetadata embedded, List<Path> pictures) {
        XMPMeta xmp = sidecarXmp(pictures).orElse(embedded.xmp());
        FileLabels fromXmp = FileLabels.NONE;
        boolean complete = false;
        boolean xmpTags = false;
        boolean xmpRating = false;
        if (xmp != null) {
            try {
                fromXmp = XmpLabels.read(xmp);
                complete = XmpLabels.writtenByPothos(xmp);
                xmpTags = XmpLabels.hasTags(xmp);
                xmpRating = XmpLabels.hasRating(xmp);
            } catch (XMPException | RuntimeException e) {
                LOG.warn("Unreadable XMP labels for {}: {}", pictures.get(0), e.toString());
            }
        }
        if (complete) {
            return fromXmp;
        }
        String title = first(fromXmp.title(), embedded.iptcTitle(), embedded.windowsTitle());
        String description = first(fromXmp.description(), embedded.iptcCaption());
        List<FileLabels.Tag> tags = xmpTags ? fromXmp.tags()
                : flat(!embedded.iptcKeywords().isEmpty() ? embedded.iptcKeywords() : embedded.windowsKeywords());
        int rating = xmpRating ? fromXmp.rating()
                : embedded.exifRating() == null ? 0 : embedded.exifRating();
        return new FileLabels(title, description, tags, fromXmp.categories(), rating, fromXmp.sources());
    }

    /** The first readable sidecar's packet; empty when there is none. */
    public Optional<XMPMeta> sidecarXmp(List<Path> pictures) {
        for (Path sidecar : Sidecars.existing(pictures)) {
            try {
                return Optional.of(XmpFiles.readSidecar(sidecar));
            } catch (XmpFiles.XmpFileException e) {
                LOG.warn("Sidecar {} cannot be read, so it is passed over: {}", sidecar, e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static List<FileLabels.Tag> flat(List<String> names) {
        Map<String, FileLabels.Tag> tags = new LinkedHashMap<>();
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                tags.putIfAbsent(FileLabels.fold(name), new FileLabels.Tag(name.strip(), null));
            }
        }
        return new ArrayList<>(tags.values());
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}

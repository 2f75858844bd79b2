package org.pothos.imageio;

import com.adobe.internal.xmp.XMPMeta;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.util.Arrays;
import java.util.List;

/**
 * The labels other programs left inside a picture file, as found, before Pothos decides what they mean: the XMP
 * packet, the IPTC title, caption and keywords, and the Windows title, keywords and rating in EXIF. Every field may
 * be null (or empty) when the file has no such metadata.
 */
public record EmbeddedMetadata(XMPMeta xmp, String iptcTitle, String iptcCaption, List<String> iptcKeywords,
                               String windowsTitle, List<String> windowsKeywords, Integer exifRating) {

    public static final EmbeddedMetadata NONE = new EmbeddedMetadata(null, null, null, List.of(), null, List.of(), null);

    public EmbeddedMetadata {
        iptcKeywords = List.copyOf(iptcKeywords);
        windowsKeywords = List.copyOf(windowsKeywords);
    }

    static EmbeddedMetadata from(Metadata metadata) {
        XmpDirectory xmpDirectory = metadata.getFirstDirectoryOfType(XmpDirectory.class);
        IptcDirectory iptc = metadata.getFirstDirectoryOfType(IptcDirectory.class);
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        String[] keywords = iptc == null ? null : iptc.getStringArray(IptcDirectory.TAG_KEYWORDS);
        String windowsKeywords = ifd0 == null ? null : ifd0.getDescription(ExifDirectoryBase.TAG_WIN_KEYWORDS);
        return new EmbeddedMetadata(
                xmpDirectory == null ? null : xmpDirectory.getXMPMeta(),
                iptc == null ? null : iptc.getString(IptcDirectory.TAG_OBJECT_NAME),
                iptc == null ? null : iptc.getString(IptcDirectory.TAG_CAPTION),
                keywords == null ? List.of() : Arrays.asList(keywords),
                ifd0 == null ? null : ifd0.getDescription(ExifDirectoryBase.TAG_WIN_TITLE),
                windowsKeywords == null ? List.of() : Arrays.asList(windowsKeywords.split(";")),
                ifd0 == null ? null : ifd0.getInteger(ExifDirectoryBase.TAG_RATING));
    }
}

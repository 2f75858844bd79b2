package org.pothos.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pothos.imageio.ImageFormat;

/** The file name patterns a file chooser offers for pictures: every format's usual extensions, in both cases. */
final class PictureFiles {

    private PictureFiles() {
    }

    static List<String> patterns() {
        List<String> patterns = new ArrayList<>();
        for (ImageFormat format : ImageFormat.values()) {
            for (String extension : format.extensions()) {
                patterns.add("*." + extension);
                patterns.add("*." + extension.toUpperCase(Locale.ROOT));
            }
        }
        return patterns;
    }
}

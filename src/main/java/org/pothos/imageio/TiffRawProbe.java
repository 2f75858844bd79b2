package org.pothos.imageio;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a plain TIFF from the camera RAWs that share its header (DNG, NEF, ARW, PEF): a DNG names its version in
 * IFD0; the others keep sensor data (colour-filter-array or linear raw pixels) in one of their directories and are
 * told apart by the camera's make.
 */
final class TiffRawProbe {

    private TiffRawProbe() {
    }

    static ImageFormat refine(RandomAccessFile file) throws IOException {
        Optional<TiffStructure> read;
        try {
            read = TiffStructure.read(file, 0);
        } catch (RuntimeException e) {
            return ImageFormat.TIFF; // the inspector reports the damage
        }
        if (read.isEmpty() || read.get().ifd0().isEmpty()) {
            return ImageFormat.TIFF;
        }
        TiffStructure structure = read.get();
        TiffStructure.Ifd ifd0 = structure.ifd0().get();
        if (ifd0.has(TiffStructure.DNG_VERSION)) {
            return ImageFormat.DNG;
        }
        if (!holdsSensorData(structure)) {
            return ImageFormat.TIFF;
        }
        String make = structure.text(ifd0, TiffStructure.MAKE).toUpperCase(Locale.ROOT);
        if (make.startsWith("NIKON")) {
            return ImageFormat.NEF;
        }
        if (make.startsWith("SONY")) {
            return ImageFormat.ARW;
        }
        if (make.startsWith("PENTAX") || make.startsWith("RICOH")) {
            return ImageFormat.PEF;
        }
        return ImageFormat.RAW;
    }

    private static boolean holdsSensorData(TiffStructure structure) throws IOException {
        for (TiffStructure.Ifd ifd : structure.ifds()) {
            long photometric = structure.number(ifd, TiffStructure.PHOTOMETRIC, 0);
            if (!ifd.exif() && (photometric == TiffStructure.PHOTOMETRIC_CFA || photometric == TiffStructure.PHOTOMETRIC_LINEAR_RAW)) {
                return true;
            }
        }
        return false;
    }
}

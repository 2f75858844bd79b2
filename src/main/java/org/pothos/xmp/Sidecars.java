package org.pothos.xmp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a picture's XMP sidecars are. Two conventions exist side by side: {@code IMG_1234.CR2.xmp} (darktable and
 * digiKam, the whole file name plus ".xmp") and {@code IMG_1234.xmp} (Lightroom, the extension replaced). Both are
 * read, in that order; Pothos writes into every one that exists, and creates the first kind when none does.
 */
public final class Sidecars {

    private Sidecars() {
    }

    /** The sidecar paths a picture may have, in reading order (the file system decides case where it cares). */
    public static List<Path> candidates(Path picture) {
        String name = String.valueOf(picture.getFileName());
        int dot = name.lastIndexOf('.');
        Set<Path> candidates = new LinkedHashSet<>();
        for (String suffix : List.of(".xmp", ".XMP")) {
            candidates.add(picture.resolveSibling(name + suffix));
        }
        if (dot > 0) {
            for (String suffix : List.of(".xmp", ".XMP")) {
                candidates.add(picture.resolveSibling(name.substring(0, dot) + suffix));
            }
        }
        return List.copyOf(candidates);
    }

    /** The sidecars that exist for these pictures (a picture and its RAW companion), each once, in reading order. */
    public static List<Path> existing(Collection<Path> pictures) {
        List<Path> found = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (Path picture : pictures) {
            for (Path candidate : candidates(picture)) {
                if (Files.isRegularFile(candidate)) {
                    try {
                        // On case-insensitive file systems two candidates may be one file.
                        if (seen.add(candidate.toRealPath())) {
                            found.add(candidate);
                        }
                    } catch (IOException e) {
                        // Vanished between the two calls: not there.
                    }
                }
            }
        }
        return found;
    }

    /** Where a new sidecar for {@code picture} goes: its whole file name plus ".xmp". */
    public static Path forNew(Path picture) {
        return picture.resolveSibling(picture.getFileName() + ".xmp");
    }

    /**
     * A fingerprint of the sidecars these pictures have (their paths, sizes and modification times), to notice one
     * that appeared, changed or went away since Pothos read them; null when there are none.
     */
    public static String fingerprint(Collection<Path> pictures) {
        List<Path> sidecars = existing(pictures);
        if (sidecars.isEmpty()) {
            return null;
        }
        StringBuilder listing = new StringBuilder();
        for (Path sidecar : sidecars) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(sidecar, BasicFileAttributes.class);
                listing.append(sidecar).append('\t').append(attributes.size()).append('\t')
                        .append(attributes.lastModifiedTime().toMillis()).append('\n');
            } catch (IOException e) {
                listing.append(sidecar).append("\tunreadable\n");
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(listing.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

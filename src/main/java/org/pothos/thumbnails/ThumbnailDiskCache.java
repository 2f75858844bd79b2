package org.pothos.thumbnails;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Thumbnail files laid out as {@code root/<size>/<first two hash chars>/<hash>.jpg}; the fan-out keeps
 * folders small enough for every file system. Thread-safe: files appear atomically and are never modified.
 */
final class ThumbnailDiskCache {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{2,128}");

    private final Path sizeFolder;

    ThumbnailDiskCache(Path root, int sizePx) {
        this.sizeFolder = root.resolve(Integer.toString(sizePx));
    }

    Path path(String contentHash) {
        String hash = contentHash.toLowerCase(Locale.ROOT);
        // The hash becomes a file name, so nothing but hex may reach the file system.
        if (!HEX.matcher(hash).matches()) {
            throw new IllegalArgumentException("content hash must be hexadecimal: " + contentHash);
        }
        return sizeFolder.resolve(hash.substring(0, 2)).resolve(hash + ".jpg");
    }

    /** An empty file can only come from outside damage (e.g. power loss before the data reached disk). */
    boolean contains(String contentHash) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path(contentHash), BasicFileAttributes.class);
            return attributes.isRegularFile() && attributes.size() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    byte[] read(String contentHash) throws IOException {
        return Files.readAllBytes(path(contentHash));
    }

    /**
     * Writes to a temporary file in the target folder and renames it into place, so readers and crashes only
     * ever see no file or the whole file. A leftover temporary file never counts as cached.
     */
    void write(String contentHash, byte[] jpeg) throws IOException {
        Path target = path(contentHash);
        Path folder = Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(folder, target.getFileName().toString(), ".tmp");
        try {
            Files.write(temporary, jpeg);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }
}

package org.pothos.xmp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

/**
 * Replaces a file so that it is either wholly the old one or wholly the new one, whatever happens: the new content
 * goes to a hidden temporary file in the same folder, is forced to disk, checked, and only then renamed over the
 * old one (an atomic rename on one file system), after which the folder entry is forced to disk too.
 */
final class AtomicFiles {

    /** Checks the written temporary file before it replaces anything; throws to abandon the write. */
    @FunctionalInterface
    interface Check {
        void verify(Path written) throws IOException, XmpFiles.XmpFileException;
    }

    /** Says, right before the rename, whether the target may still be replaced (it has not changed meanwhile). */
    @FunctionalInterface
    interface Guard {
        void stillUnchanged(Path target) throws XmpFiles.XmpFileException, IOException;
    }

    private AtomicFiles() {
    }

    static void replace(Path target, byte[] content, Check check, Guard guard) throws IOException, XmpFiles.XmpFileException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".pothos-" + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            copyPermissions(target, temporary);
            check.verify(temporary);
            guard.stillUnchanged(target);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system cannot replace " + target.getFileName() + " atomically", e);
            }
            forceFolder(target.toAbsolutePath().getParent());
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The new file keeps the old one's permissions (a picture readable by others stays so). */
    private static void copyPermissions(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && target != null) {
            target.setPermissions(source.readAttributes().permissions());
        } else if (source == null && target != null) {
            target.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Makes the rename itself durable; not every system can open a folder for this, and then the rename stands alone. */
    private static void forceFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; its rename is durable through the journal.
        }
    }
}

package org.pothos.app;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.pothos.similar.FileTrash;

/**
 * The system's trash through {@link Desktop#moveToTrash}: on Windows and macOS. Most Linux desktops are not offered
 * it by the JDK; there {@link #available()} is false and Pothos says so instead of deleting anything.
 */
final class DesktopTrash implements FileTrash {

    @Override
    public boolean available() {
        try {
            return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.MOVE_TO_TRASH);
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void moveToTrash(Path file) throws IOException {
        if (!available()) {
            throw new IOException("this system offers no trash to Pothos");
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "the file is gone");
        }
        try {
            if (!Desktop.getDesktop().moveToTrash(file.toFile())) {
                throw new IOException("the system did not move it to the trash");
            }
        } catch (SecurityException | IllegalArgumentException | UnsupportedOperationException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}

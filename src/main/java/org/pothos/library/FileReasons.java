package org.pothos.library;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** One readable reason per file-system failure, for import reports. */
final class FileReasons {

    private FileReasons() {
    }

    static String of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "file not found (moved or deleted during import)";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "could not be read (" + e.getClass().getSimpleName() + ")"
                : "could not be read: " + message;
    }
}

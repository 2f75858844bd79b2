package org.pothos.similar;

import java.io.IOException;
import java.nio.file.Path;

/** The system's trash (recycle bin), where removed files can still be restored from. */
public interface FileTrash {

    /** Whether this system lets Pothos move files to its trash. */
    boolean available();

    void moveToTrash(Path file) throws IOException;

    /** For systems (and commands) without one. */
    FileTrash NONE = new FileTrash() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public void moveToTrash(Path file) throws IOException {
            throw new IOException("this system offers no trash to Pothos");
        }
    };
}

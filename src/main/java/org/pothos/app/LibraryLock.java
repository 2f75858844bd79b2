package org.pothos.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on the data folder, held while Pothos runs, so that a second Pothos on the same
 * library is refused with a clear message before it touches the database. The operating system
 * releases the lock when the process dies, so a crash never leaves the library locked.
 */
public final class LibraryLock implements AutoCloseable {

    static final String FILE_NAME = "pothos.lock";

    private final FileChannel channel;
    private final FileLock lock;
    private final boolean endedUncleanly;

    private LibraryLock(FileChannel channel, FileLock lock, boolean endedUncleanly) {
        this.channel = channel;
        this.lock = lock;
        this.endedUncleanly = endedUncleanly;
    }

    public static LibraryLock acquire(Path dataDir) throws LibraryInUseException, IOException {
        FileChannel channel = FileChannel.open(dataDir.resolve(FILE_NAME),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process
        }
        if (lock == null) {
            channel.close();
            throw new LibraryInUseException(dataDir);
        }
        // The file holds the process id while the library is open and is emptied at a clean close: an id left in
        // it means the last Pothos died with the library open.
        boolean endedUncleanly = channel.size() > 0;
        channel.truncate(0);
        channel.write(java.nio.ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
        channel.force(false);
        return new LibraryLock(channel, lock, endedUncleanly);
    }

    /** Whether the Pothos that had this library open before ended without closing it (a crash or a kill). */
    public boolean previousRunEndedUncleanly() {
        return endedUncleanly;
    }

    @Override
    public void close() throws IOException {
        channel.truncate(0);
        lock.release();
        channel.close();
    }

    /** The library in this folder is open in another Pothos. */
    public static final class LibraryInUseException extends Exception {
        public LibraryInUseException(Path dataDir) {
            super("The library in " + dataDir + " is open in another Pothos. Close it first, or use --data-dir to open another library.");
        }
    }
}

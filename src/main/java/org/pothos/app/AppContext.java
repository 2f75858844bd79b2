package org.pothos.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.pothos.imageio.ImageInspector;
import org.pothos.library.ImportService;
import org.pothos.library.MediaStore;
import org.pothos.library.RescanService;
import org.pothos.library.ThumbnailBackfill;
import org.pothos.persistence.Database;
import org.pothos.persistence.JpaMediaStore;
import org.pothos.thumbnails.ThumbnailService;

/**
 * The composition root: builds every service once, for the GUI and the command line alike, and
 * closes them in reverse order. Holding it means holding the library's lock.
 */
public final class AppContext implements AutoCloseable {

    private final Path dataDir;
    private final LibraryLock lock;
    private final Database database;
    private final MediaStore mediaStore;
    private final ImportService importService;
    private final RescanService rescanService;
    private final ThumbnailService thumbnailService;
    private final ThumbnailBackfill thumbnailBackfill;

    private AppContext(Path dataDir, LibraryLock lock, Database database) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.database = database;
        int cores = Runtime.getRuntime().availableProcessors();
        this.mediaStore = new JpaMediaStore(database, Clock.systemUTC());
        this.importService = new ImportService(mediaStore, new ImageInspector(), cores);
        this.rescanService = new RescanService(mediaStore, importService);
        this.thumbnailService = new ThumbnailService(thumbnailDir(dataDir), ThumbnailService.DEFAULT_SIZE,
                ThumbnailService.DEFAULT_MAX_PIXELS, cores);
        this.thumbnailBackfill = new ThumbnailBackfill(mediaStore, thumbnailService, cores);
    }

    /** Opens the library in {@code dataDir}, creating the folder and the database on first use. */
    public static AppContext open(Path dataDir) throws IOException, LibraryLock.LibraryInUseException {
        Files.createDirectories(dataDir);
        LibraryLock lock = LibraryLock.acquire(dataDir);
        try {
            return new AppContext(dataDir, lock, Database.open(dataDir));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public static Path thumbnailDir(Path dataDir) {
        return dataDir.resolve("thumbnails");
    }

    public Path dataDir() {
        return dataDir;
    }

    public MediaStore mediaStore() {
        return mediaStore;
    }

    public ImportService importService() {
        return importService;
    }

    public RescanService rescanService() {
        return rescanService;
    }

    public ThumbnailService thumbnailService() {
        return thumbnailService;
    }

    public ThumbnailBackfill thumbnailBackfill() {
        return thumbnailBackfill;
    }

    @Override
    public void close() throws IOException {
        thumbnailService.close();
        database.close();
        lock.close();
    }
}

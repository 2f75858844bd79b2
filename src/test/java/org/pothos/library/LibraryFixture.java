package org.pothos.library;

import java.nio.file.Path;
import java.time.Clock;
import org.pothos.imageio.ImageInspector;
import org.pothos.persistence.Database;
import org.pothos.persistence.JpaMediaStore;

/** A real library on a real H2 database in a temporary folder, for tests of the library services. */
public final class LibraryFixture implements AutoCloseable {

    public final Database database;
    public final MediaStore store;
    public final ImportService importer;
    public final org.pothos.analysis.JobStore jobs;

    public LibraryFixture(Path dataDir) {
        this.database = Database.open(dataDir);
        this.store = new JpaMediaStore(database, Clock.systemUTC());
        this.importer = new ImportService(store, new ImageInspector(), 2);
        this.jobs = new org.pothos.persistence.JpaJobStore(database, Clock.systemUTC());
    }

    public ImportReport importPaths(Path... paths) {
        return importer.importPaths(java.util.List.of(paths), ImportListener.NONE, new org.pothos.common.Cancellation());
    }

    @Override
    public void close() {
        database.close();
    }
}

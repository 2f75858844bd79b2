package org.pothos.bench.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.List;
import org.pothos.bench.Repeat;
import org.pothos.imageio.ImageInspector;
import org.pothos.library.ContentHasher;
import org.pothos.library.ImportOutcome;
import org.pothos.library.ScannedFile;
import org.pothos.persistence.Database;
import org.pothos.persistence.JpaMediaStore;

/**
 * The obvious import: for each file in turn, read its facts and hash, then save it in a transaction
 * of its own. Same inspector, hasher and store as Pothos, so only the orchestration differs.
 */
final class NaiveImport {

    private NaiveImport() {
    }

    static double filesPerSecond(Path dataDir, List<Path> files) throws Exception {
        Files.createDirectories(dataDir);
        try (Database database = Database.open(dataDir)) {
            JpaMediaStore store = new JpaMediaStore(database, Clock.systemUTC());
            ImageInspector inspector = new ImageInspector();
            ContentHasher hasher = new ContentHasher();
            long imported = 0;
            long start = System.nanoTime();
            for (Path file : files) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                ScannedFile scanned = new ScannedFile(file, hasher.sha256(file), attributes.size(),
                        attributes.lastModifiedTime().toInstant(), inspector.inspect(file));
                for (ImportOutcome outcome : store.recordImports(List.of(scanned))) {
                    imported += outcome.kind() == ImportOutcome.Kind.IMPORTED ? 1 : 0;
                }
            }
            long nanos = System.nanoTime() - start;
            ImportBenchmark.requireAllImported(imported, files.size());
            return Repeat.perSecond(files.size(), nanos);
        }
    }
}

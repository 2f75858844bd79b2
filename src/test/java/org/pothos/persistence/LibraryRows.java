package org.pothos.persistence;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.analysis.ModelAnswer;
import org.pothos.imageio.ImageFacts;
import org.pothos.imageio.ImageFormat;
import org.pothos.library.Label;
import org.pothos.library.LabelKind;
import org.pothos.library.MediaItem;
import org.pothos.library.ScannedFile;

/** A real library database with the stores of review and vocabulary, and short ways to make items and answers. */
final class LibraryRows implements AutoCloseable {

    static final String MODEL = "llava:7b";

    final Database db;
    final JpaMediaStore media;
    final JpaJobStore jobs;
    final JpaReviewStore review;
    final JpaVocabularyStore vocabulary;
    final JpaLibrarySettings settings;
    private int next;

    LibraryRows(Path dataDir) {
        db = Database.open(dataDir);
        media = new JpaMediaStore(db, Clock.systemUTC());
        jobs = new JpaJobStore(db, Clock.systemUTC());
        review = new JpaReviewStore(db, Clock.systemUTC());
        vocabulary = new JpaVocabularyStore(db, Clock.systemUTC());
        settings = new JpaLibrarySettings(db);
    }

    long item() {
        int n = ++next;
        return media.recordImports(List.of(new ScannedFile(Path.of("/photos/p" + n + ".jpg"), String.format("%064x", n),
                100, Instant.EPOCH, new ImageFacts(ImageFormat.JPEG, 10, 10, 1, null, null, null, null, null, null))))
                .get(0).mediaId();
    }

    /** Runs one analysis job of the item to success with the answer, as the dispatcher would; returns the job id. */
    long analyse(long mediaId, AnalysisOptions options, ModelAnswer answer) {
        long id = jobs.enqueue(List.of(mediaId), MODEL, null, options, "batch").created().get(0);
        if (jobs.markRunning(id, null, Instant.now()).isEmpty()) {
            throw new IllegalStateException("job " + id + " did not start");
        }
        jobs.succeed(id, answer, "{raw}", 1000, Instant.now());
        return id;
    }

    long analyse(long mediaId, ModelAnswer answer) {
        return analyse(mediaId, AnalysisOptions.defaults(), answer);
    }

    static ModelAnswer tags(String... tags) {
        return new ModelAnswer(null, null, List.of(tags), List.of());
    }

    MediaItem get(long mediaId) {
        return media.findById(mediaId).orElseThrow();
    }

    List<String> labels(long mediaId, LabelKind kind) {
        MediaItem item = get(mediaId);
        return (kind == LabelKind.TAG ? item.tags() : item.categories()).stream().map(Label::name).toList();
    }

    List<String> tagNames(long mediaId) {
        return labels(mediaId, LabelKind.TAG);
    }

    @Override
    public void close() {
        db.close();
    }
}

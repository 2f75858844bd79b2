package org.pothos.labelsync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pothos.common.Cancellation;
import org.pothos.imageio.ImageInspector;
import org.pothos.imageio.UnsupportedImageException;
import org.pothos.library.Availability;
import org.pothos.library.ContentHasher;
import org.pothos.library.Label;
import org.pothos.library.LabelNames;
import org.pothos.library.LabelSnapshot;
import org.pothos.library.LabelWriteMode;
import org.pothos.library.LibrarySettings;
import org.pothos.library.MediaItem;
import org.pothos.library.Source;
import org.pothos.thumbnails.ThumbnailService;
import org.pothos.xmp.EmbeddedWriter;
import org.pothos.xmp.FileLabelReader;
import org.pothos.xmp.FileLabels;
import org.pothos.xmp.SidecarWriter;
import org.pothos.xmp.Sidecars;
import org.pothos.xmp.XmpFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes items' labels into their files, so that other programs see them: XMP sidecars, or (when the user turned
 * embedding on) the pictures themselves. Every sidecar the picture already has is kept in step, its other content
 * merged; a RAW+JPEG pair's RAW gets a sidecar of its own. A sidecar another program changed since Pothos read it
 * is read again first, so its edits are merged rather than overwritten. Items already in step are left alone.
 * <p>
 * Also answers how many items differ from their files, and keeps the library's write mode. Blocking: call off the
 * JavaFX thread.
 */
public final class LabelSyncService {

    private static final Logger LOG = LoggerFactory.getLogger(LabelSyncService.class);

    /** How writing one item went. */
    public enum Result {
        WRITTEN,
        /** The files already held the item's labels. */
        IN_STEP,
        FAILED
    }

    /** One item's outcome: where its labels went (WRITTEN), or why not (FAILED). */
    public record ItemOutcome(long id, Path path, Result result, String detail) {
    }

    /** Listens to a run of writes; called on the writing thread. */
    public interface Listener {

        Listener NONE = new Listener() { };

        default void onOutcome(ItemOutcome outcome, int done, int total) {
        }
    }

    /** A run's outcomes, in order. */
    public record Report(List<ItemOutcome> outcomes, boolean cancelled) {

        public Report {
            outcomes = List.copyOf(outcomes);
        }

        public long count(Result result) {
            return outcomes.stream().filter(o -> o.result() == result).count();
        }
    }

    /**
     * How the library stands with its files: {@code differ} items have labels their files do not hold (of which
     * {@code neverRead} were imported before Pothos read files' labels), {@code failed} could not be written the last
     * time it was tried.
     */
    public record Status(long items, long differ, long neverRead, long failed, List<LabelSyncStore.State> failures) {
    }

    private final LabelSyncStore store;
    private final LibrarySettings settings;
    private final ThumbnailService thumbnails;
    private final ImageInspector inspector = new ImageInspector();
    private final FileLabelReader reader = new FileLabelReader();
    private final ContentHasher hasher = new ContentHasher();
    private final SidecarWriter sidecars;
    private final EmbeddedWriter embedded;

    /** @param writer the name and version written into each packet ({@code pothos:WrittenBy}) */
    public LabelSyncService(LabelSyncStore store, LibrarySettings settings, ThumbnailService thumbnails, String writer) {
        this.store = store;
        this.settings = settings;
        this.thumbnails = thumbnails;
        this.sidecars = new SidecarWriter(writer);
        this.embedded = new EmbeddedWriter(writer);
    }

    /**
     * How one item stands with its files: its RAW companion, the sidecars it has, whether its labels are in its
     * files, and why the last write failed (null when it did not).
     */
    public record FileState(Path companion, List<Path> sidecars, boolean inStep, String writeError) {
    }

    public Optional<FileState> fileState(long id) {
        return store.find(id).map(sync -> new FileState(sync.companion(),
                Sidecars.existing(pictures(sync.item().path(), sync.companion())), inStep(sync), sync.writeError()));
    }

    private static boolean inStep(SyncItem sync) {
        LabelSnapshot files = sync.files() == null ? LabelSnapshot.of(FileLabels.NONE) : LabelSnapshot.of(sync.files());
        return LabelSnapshot.of(sync.item()).equals(files);
    }

    /**
     * Reads an item's files again when a sidecar appeared, changed or went away since Pothos read them (the window
     * asks when it shows the item); returns whether the item's labels changed. Quiet on unreadable files.
     */
    public boolean readChangedSidecars(long id) {
        Optional<SyncItem> found = store.find(id);
        if (found.isEmpty() || found.get().item().availability() == Availability.MISSING) {
            return false;
        }
        MediaItem item = found.get().item();
        List<Path> pictures = pictures(item.path(), found.get().companion());
        String stamp = Sidecars.fingerprint(pictures);
        if (Objects.equals(stamp, found.get().sidecarStamp())) {
            return false;
        }
        try {
            FileLabels theirs = reader.read(inspector.inspectWithLabels(item.path()).embedded(), pictures);
            store.applyFileLabels(id, theirs, stamp);
            return !LabelSnapshot.of(store.find(id).orElseThrow().item()).equals(LabelSnapshot.of(item));
        } catch (IOException | UnsupportedImageException | RuntimeException e) {
            LOG.debug("The files of {} could not be read again", item.path(), e);
            return false;
        }
    }

    public LabelWriteMode mode() {
        return settings.labelWriteMode();
    }

    public void setMode(LabelWriteMode mode) {
        settings.setLabelWriteMode(mode);
    }

    public Status status() {
        long[] counts = new long[4];
        List<LabelSyncStore.State> failures = new ArrayList<>();
        store.forEachState(state -> {
            counts[0]++;
            if (state.differs()) {
                counts[1]++;
                if (state.files() == null) {
                    counts[2]++;
                }
            }
            if (state.writeError() != null) {
                counts[3]++;
                failures.add(state);
            }
        });
        return new Status(counts[0], counts[1], counts[2], counts[3], failures);
    }

    /** Writes the labels of {@code ids} in {@code mode} (not OFF), one item after another, until cancelled. */
    public Report write(List<Long> ids, LabelWriteMode mode, Listener listener, Cancellation cancellation) {
        if (mode == LabelWriteMode.OFF) {
            throw new IllegalArgumentException("writing is off");
        }
        List<ItemOutcome> outcomes = new ArrayList<>();
        for (Long id : ids) {
            if (cancellation.isCancelled()) {
                break;
            }
            ItemOutcome outcome = write(id, mode);
            outcomes.add(outcome);
            listener.onOutcome(outcome, outcomes.size(), ids.size());
        }
        return new Report(outcomes, cancellation.isCancelled());
    }

    /** Writes one item's labels; never throws for a file that cannot be written (that is its outcome). */
    public ItemOutcome write(long id, LabelWriteMode mode) {
        Optional<SyncItem> found = store.find(id);
        if (found.isEmpty()) {
            return new ItemOutcome(id, null, Result.FAILED, "no such item");
        }
        Path path = found.get().item().path();
        try {
            return writeFound(found.get(), mode);
        } catch (IOException | XmpFiles.XmpFileException | UnsupportedImageException e) {
            return failed(id, path, describe(e));
        } catch (RuntimeException e) {
            LOG.warn("Writing the labels of {} failed", path, e);
            return failed(id, path, "could not be written: " + e);
        }
    }

    private ItemOutcome writeFound(SyncItem found, LabelWriteMode mode)
            throws IOException, XmpFiles.XmpFileException, UnsupportedImageException {
        SyncItem sync = found;
        MediaItem item = sync.item();
        if (item.availability() == Availability.MISSING || !Files.isRegularFile(item.path())) {
            return failed(item.id(), item.path(), "the file is missing");
        }
        List<Path> pictures = pictures(item.path(), sync.companion());
        String stamp = Sidecars.fingerprint(pictures);
        if (!Objects.equals(stamp, sync.sidecarStamp())) {
            // Another program added, changed or removed a sidecar since Pothos read it: merge its edits first.
            FileLabels theirs = reader.read(inspector.inspectWithLabels(item.path()).embedded(), pictures);
            store.applyFileLabels(item.id(), theirs, stamp);
            sync = store.find(item.id()).orElseThrow();
            item = sync.item();
        }
        if (inStep(sync)) {
            return new ItemOutcome(item.id(), item.path(), Result.IN_STEP, "already in its files");
        }
        FileLabels labels = labelsOf(sync);
        List<String> written = new ArrayList<>();
        LabelSyncStore.PictureRewrite rewrite = null;
        boolean embedHere = mode == LabelWriteMode.EMBED && EmbeddedWriter.canEmbed(item.format());
        if (embedHere) {
            EmbeddedWriter.Written result = embedded.write(item.path(), item.format(), labels,
                    new EmbeddedWriter.Expected(item.sizeBytes(), item.fileModifiedAt()));
            String hash = hasher.sha256(item.path());
            rewrite = new LabelSyncStore.PictureRewrite(result.size(), result.modifiedAt(), hash);
            thumbnails.adopt(item.contentHash(), hash);
            written.add(item.path().getFileName().toString());
        }
        for (Path sidecar : sidecarTargets(item.path(), pictures, embedHere)) {
            sidecars.write(sidecar, labels);
            written.add(sidecar.getFileName().toString());
        }
        store.recordWritten(item.id(), labels, Sidecars.fingerprint(pictures), rewrite);
        return new ItemOutcome(item.id(), item.path(), Result.WRITTEN, String.join(", ", written));
    }

    /**
     * Every sidecar that exists is kept in step; a picture with none gets one (the embedded picture excepted),
     * so a RAW+JPEG pair's RAW always has its own for the RAW developers that read only theirs.
     */
    private static List<Path> sidecarTargets(Path main, List<Path> pictures, boolean mainEmbedded) {
        List<Path> targets = new ArrayList<>(Sidecars.existing(pictures));
        for (Path picture : pictures) {
            if (!(mainEmbedded && picture.equals(main)) && Sidecars.existing(List.of(picture)).isEmpty()) {
                targets.add(Sidecars.forNew(picture));
            }
        }
        return targets;
    }

    private ItemOutcome failed(long id, Path path, String reason) {
        store.recordWriteError(id, reason);
        return new ItemOutcome(id, path, Result.FAILED, reason);
    }

    /** The item's labels as they go into its files, each with its source and each tag with its parents. */
    static FileLabels labelsOf(SyncItem sync) {
        MediaItem item = sync.item();
        List<FileLabels.Tag> tags = new ArrayList<>();
        Map<String, String> tagSources = new HashMap<>();
        for (Label tag : item.tags()) {
            String key = LabelNames.normalise(tag.name());
            tags.add(new FileLabels.Tag(tag.name(), sync.hierarchy().get(key)));
            tagSources.put(key, tag.source().encode());
        }
        Map<String, String> categorySources = new HashMap<>();
        for (Label category : item.categories()) {
            categorySources.put(LabelNames.normalise(category.name()), category.source().encode());
        }
        return new FileLabels(item.title(), item.description(), tags, item.categories().stream().map(Label::name).toList(),
                item.rating(), new FileLabels.Sources(encode(item.titleSource()), encode(item.descriptionSource()),
                        tagSources, categorySources));
    }

    private static String encode(Source source) {
        return source == null ? null : source.encode();
    }

    private static List<Path> pictures(Path path, Path companion) {
        return companion == null ? List.of(path) : List.of(path, companion);
    }

    private static String describe(Exception e) {
        if (e instanceof IOException io) {
            return "cannot write: " + (io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage());
        }
        return e.getMessage();
    }
}

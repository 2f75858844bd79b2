package org.pothos.ui.detail;

import java.nio.file.NoSuchFileException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.Image;
import org.pothos.library.MediaItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The large picture of the detail pane: the cached thumbnail at once, then the picture decoded at screen size,
 * which replaces it. Decodes run on the background executor; the image changes on the UI thread.
 */
final class PreviewViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(PreviewViewModel.class);

    private final PreviewImages previews;
    private final Executor decoding;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>(this, "image");

    PreviewViewModel(PreviewImages previews, Executor decoding, Executor ui) {
        this.previews = previews;
        this.decoding = decoding;
        this.ui = ui;
    }

    /**
     * Loads the picture of {@code shown}; {@code wanted} tells, on any thread, whether it is still the one to show,
     * so that a decode for an item no longer shown is skipped or its result dropped.
     */
    void load(MediaItem shown, BooleanSupplier wanted) {
        decoding.execute(() -> {
            if (!wanted.getAsBoolean()) {
                return;
            }
            previews.cachedThumbnail(shown.contentHash()).ifPresent(thumbnail -> ui.execute(() -> show(wanted, thumbnail)));
            if (!wanted.getAsBoolean()) {
                return;
            }
            try {
                Image decoded = previews.decode(shown.path());
                ui.execute(() -> show(wanted, decoded));
            } catch (NoSuchFileException e) {
                LOG.debug("No preview for item {}: file not found", shown.id());
            } catch (Exception | OutOfMemoryError e) {
                // Files come from anywhere; the thumbnail, if any, stays, and the facts still show.
                LOG.info("No preview for item {}: {}", shown.id(), e.toString());
            }
        });
    }

    void clear() {
        image.set(null);
    }

    private void show(BooleanSupplier wanted, Image loaded) {
        if (wanted.getAsBoolean()) {
            image.set(loaded);
        }
    }

    /** The cached thumbnail while the preview decodes, then the preview; null when neither can be had. */
    ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }
}

package org.pothos.ui.detail;

import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.Image;
import org.pothos.library.MediaItem;
import org.pothos.ui.common.BackgroundTask;
import org.pothos.ui.common.TaskExecutor;

/**
 * The large picture of the detail pane (and of the review): the cached thumbnail at once, then the picture decoded at screen size,
 * which replaces it. Decodes run in the background; the image changes on the UI thread.
 */
public final class PreviewViewModel {

    private final PreviewImages previews;
    private final TaskExecutor tasks;
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>(this, "image");

    public PreviewViewModel(PreviewImages previews, TaskExecutor tasks) {
        this.previews = previews;
        this.tasks = tasks;
    }

    /**
     * Loads the picture of {@code shown}; {@code wanted} tells, on any thread, whether it is still the one to show,
     * so that a decode for an item no longer shown is skipped or its result dropped.
     */
    public void load(MediaItem shown, BooleanSupplier wanted) {
        BackgroundTask.wrap("Decoding the preview of item " + shown.id(), () -> {
                    if (!wanted.getAsBoolean()) {
                        return null;
                    }
                    previews.cachedThumbnail(shown.contentHash())
                            .ifPresent(thumbnail -> tasks.ui().execute(() -> show(wanted, thumbnail)));
                    return wanted.getAsBoolean() ? previews.decode(shown.path()) : null;
                })
                .onSuccess(decoded -> show(wanted, decoded))
                // Files come from anywhere: the thumbnail, if any, stays, and the facts still show.
                .onFailure(failure -> { })
                .executeWith(tasks);
    }

    public void clear() {
        image.set(null);
    }

    private void show(BooleanSupplier wanted, Image loaded) {
        if (loaded != null && wanted.getAsBoolean()) {
            image.set(loaded);
        }
    }

    /** The cached thumbnail while the preview decodes, then the preview; null when neither can be had. */
    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }
}

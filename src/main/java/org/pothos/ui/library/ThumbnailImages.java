package org.pothos.ui.library;

import java.io.ByteArrayInputStream;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import org.pothos.thumbnails.ThumbnailRequest;
import org.pothos.thumbnails.ThumbnailService;
import org.pothos.thumbnails.ThumbnailSource;

/**
 * Gives grid cells JavaFX images of thumbnails: asks the thumbnail service (which may first answer
 * with the EXIF placeholder), decodes the JPEG bytes on the service's thread, and hands the image
 * to the UI thread.
 */
public final class ThumbnailImages {

    private final ThumbnailService service;
    private final Executor ui;

    public ThumbnailImages(ThumbnailService service, Executor ui) {
        this.service = service;
        this.ui = ui;
    }

    /** Starts loading; cancel the returned request when the cell shows another item. */
    public ThumbnailRequest load(MediaItemViewModel item, Consumer<Image> onImage) {
        return service.request(new ThumbnailSource(item.getContentHash(), item.getPath()), thumbnail -> {
            Image image = new Image(new ByteArrayInputStream(thumbnail.jpegBytes()));
            if (!image.isError()) {
                ui.execute(() -> onImage.accept(image));
            }
        });
    }
}

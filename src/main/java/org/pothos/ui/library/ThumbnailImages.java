package org.pothos.ui.library;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import org.pothos.thumbnails.ThumbnailRequest;
import org.pothos.thumbnails.ThumbnailService;
import org.pothos.thumbnails.ThumbnailSource;

/**
 * Gives grid cells JavaFX images of thumbnails. Recently shown images are kept decoded (a bounded
 * cache), so scrolling back costs nothing; anything else is asked of the thumbnail service (which
 * may first answer with the EXIF placeholder) and decoded off the JavaFX thread, even when the
 * service answers at once from its memory, before the image is handed to the UI thread.
 */
public final class ThumbnailImages {

    /** About 50 MB of 256 px images: a few screens of a large grid. */
    static final int DECODED_CACHE_SIZE = 200;

    private final ThumbnailService service;
    private final Executor decoder;
    private final Executor ui;
    private final Map<String, Image> decoded = new LinkedHashMap<>(DECODED_CACHE_SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > DECODED_CACHE_SIZE;
        }
    };

    public ThumbnailImages(ThumbnailService service, Executor decoder, Executor ui) {
        this.service = service;
        this.decoder = decoder;
        this.ui = ui;
    }

    /**
     * Starts loading; cancel the returned request when the cell shows another item. Returns null
     * when the image was known and handed over at once.
     */
    public ThumbnailRequest load(MediaItemViewModel item, Consumer<Image> onImage) {
        Image known;
        synchronized (decoded) {
            known = decoded.get(item.getContentHash());
        }
        if (known != null) {
            onImage.accept(known);
            return null;
        }
        return service.request(new ThumbnailSource(item.getContentHash(), item.getPath()),
                thumbnail -> decoder.execute(() -> {
                    Image image = new Image(new ByteArrayInputStream(thumbnail.jpegBytes()));
                    if (image.isError()) {
                        return;
                    }
                    if (!thumbnail.placeholder()) {
                        synchronized (decoded) {
                            decoded.put(item.getContentHash(), image);
                        }
                    }
                    ui.execute(() -> onImage.accept(image));
                }));
    }
}

package org.pothos.ui.detail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import org.pothos.imageio.DecodeMemoryException;
import org.pothos.imageio.ImageDecoder;
import org.pothos.imageio.ImageTooLargeException;
import org.pothos.imageio.UnsupportedImageException;
import org.pothos.thumbnails.ThumbnailService;

/**
 * JavaFX images for the detail pane: the cached grid thumbnail (instant, shown while the preview loads) and a
 * preview decoded at screen size, upright. Every method blocks on file I/O: call them off the JavaFX thread.
 */
public final class PreviewImages {

    /** Pictures announcing more pixels than this are refused before decoding (decompression bombs). */
    public static final long MAX_PIXELS = 100_000_000L;
    /** Used when no screen can be asked (tests, a headless run). */
    public static final int DEFAULT_EDGE = 2048;

    private final ThumbnailService thumbnails;
    private final ImageDecoder decoder;
    private final int maxEdge;

    /** @param maxEdge longest edge of a decoded preview; see {@link #screenEdge()} */
    public PreviewImages(ThumbnailService thumbnails, int maxEdge) {
        this(thumbnails, maxEdge, new ImageDecoder());
    }

    public PreviewImages(ThumbnailService thumbnails, int maxEdge, ImageDecoder decoder) {
        if (maxEdge < 1) {
            throw new IllegalArgumentException("maxEdge must be positive: " + maxEdge);
        }
        this.thumbnails = thumbnails;
        this.maxEdge = maxEdge;
        this.decoder = decoder;
    }

    /**
     * The longest edge of the primary screen in device pixels: a preview that large stays sharp when shown full
     * screen on a high-density display, and no larger is ever needed. Call on the JavaFX thread.
     */
    public static int screenEdge() {
        Screen screen = Screen.getPrimary();
        if (screen == null) {
            return DEFAULT_EDGE;
        }
        Rectangle2D bounds = screen.getBounds();
        double edge = Math.max(bounds.getWidth() * screen.getOutputScaleX(), bounds.getHeight() * screen.getOutputScaleY());
        return edge >= 1 ? (int) Math.ceil(edge) : DEFAULT_EDGE;
    }

    public int maxEdge() {
        return maxEdge;
    }

    /** The grid thumbnail of this content if it has been made already; empty otherwise, never an error. */
    public Optional<Image> cachedThumbnail(String contentHash) {
        Path file;
        try {
            file = thumbnails.cachedFile(contentHash);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            Image image = new Image(in);
            return image.isError() ? Optional.empty() : Optional.of(image);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Decodes the picture at reduced size, EXIF orientation applied. */
    public Image decode(Path file) throws IOException, UnsupportedImageException, ImageTooLargeException, DecodeMemoryException {
        BufferedImage picture = decoder.decode(file, maxEdge, MAX_PIXELS);
        return SwingFXUtils.toFXImage(picture, null);
    }
}

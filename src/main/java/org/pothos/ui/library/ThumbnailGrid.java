package org.pothos.ui.library;

import javafx.scene.control.Skin;
import org.controlsfx.control.GridView;

/**
 * The library's grid: ControlsFX's {@code GridView} with a skin that can say how many tiles a row and a screen
 * hold and scroll a tile into view, which keyboard navigation needs.
 */
public final class ThumbnailGrid extends GridView<MediaItemViewModel> {

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ThumbnailGridSkin<>(this);
    }

    /** Tiles in one row; 1 before the grid is laid out. */
    int columns() {
        return getSkin() instanceof ThumbnailGridSkin<?> skin ? skin.columns() : 1;
    }

    /** Whole rows on screen; 1 before the grid is laid out. */
    int visibleRows() {
        return getSkin() instanceof ThumbnailGridSkin<?> skin ? skin.visibleRows() : 1;
    }

    /** Scrolls as little as needed to show the tile at {@code index} whole. */
    void reveal(int index) {
        if (getSkin() instanceof ThumbnailGridSkin<?> skin) {
            skin.reveal(index);
        }
    }
}

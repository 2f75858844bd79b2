package org.pothos.ui.library;

import impl.org.controlsfx.skin.GridViewSkin;
import org.controlsfx.control.GridView;

/**
 * The grid's skin with what keyboard navigation needs and ControlsFX's {@code GridView} lacks (controlsfx
 * issues #4 and #1592): how many tiles a row and a screen hold, and scrolling a tile into view; and rows of a fixed
 * height.
 */
final class ThumbnailGridSkin<T> extends GridViewSkin<T> {

    ThumbnailGridSkin(GridView<T> grid) {
        super(grid);
        // Every row is as high as a tile. Told so, the flow takes its heights from this instead of giving a spare row
        // items, styling and laying it out to measure it, several times per layout, scroll step and added page.
        getVirtualFlow().fixedCellSizeProperty().bind(grid.cellHeightProperty().add(grid.verticalCellSpacingProperty().multiply(2)));
    }

    /** Tiles in one row at the grid's current width. */
    int columns() {
        return computeMaxCellsInRow();
    }

    /** Whole rows the viewport shows at once, at least one. */
    int visibleRows() {
        double rowHeight = getSkinnable().getCellHeight() + 2 * getSkinnable().getVerticalCellSpacing();
        return Math.max(1, (int) Math.floor(getSkinnable().getHeight() / rowHeight));
    }

    /** Scrolls as little as needed to show the tile at {@code index} whole. */
    void reveal(int index) {
        if (index >= 0 && index < getSkinnable().getItems().size()) {
            getVirtualFlow().scrollTo(index / columns());
        }
    }
}

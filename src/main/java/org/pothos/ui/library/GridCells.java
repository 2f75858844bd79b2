package org.pothos.ui.library;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.image.ImageView;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;

/**
 * What the grid shows right now, read from its nodes: the cells holding an item and whether their picture is in. For
 * noticing the first screen of thumbnails (see {@link FirstScreenWatch}) and for the benchmark's scrolling.
 */
public final class GridCells {

    private GridCells() {
    }

    public static GridView<?> find(Parent root) {
        Node grid = root.lookup(".grid-view");
        if (!(grid instanceof GridView<?> view)) {
            throw new IllegalStateException("the window has no grid");
        }
        return view;
    }

    /** Whether every cell on screen that holds an item shows its thumbnail (false while none holds one). */
    public static boolean screenFilled(GridView<?> grid) {
        List<GridCell<?>> cells = filled(grid);
        return !cells.isEmpty() && cells.stream().allMatch(GridCells::showsPicture);
    }

    /** The cells on screen that hold an item. */
    public static List<GridCell<?>> filled(GridView<?> grid) {
        List<GridCell<?>> cells = new ArrayList<>();
        for (Node node : grid.lookupAll(".grid-cell")) {
            if (node instanceof GridCell<?> cell && !cell.isEmpty() && cell.getItem() != null && cell.isVisible()
                    && isOnScreen(grid, cell)) {
                cells.add(cell);
            }
        }
        return cells;
    }

    private static boolean isOnScreen(GridView<?> grid, IndexedCell<?> cell) {
        var bounds = cell.localToScene(cell.getBoundsInLocal());
        var view = grid.localToScene(grid.getBoundsInLocal());
        return bounds.intersects(view);
    }

    public static boolean showsPicture(GridCell<?> cell) {
        for (Node node : cell.lookupAll("ImageView")) {
            if (node instanceof ImageView view && view.getImage() != null) {
                return true;
            }
        }
        return false;
    }
}

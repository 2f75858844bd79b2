package org.pothos.bench.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.scene.control.skin.VirtualFlow;
import org.controlsfx.control.GridView;
import org.pothos.ui.library.GridCells;

/**
 * Scrolls the grid like a quick reader: two rows per frame, and every {@value #PAUSE_EVERY_ROWS}
 * rows a pause in which the time until every cell on screen shows its thumbnail is measured.
 */
final class GridScroll extends AnimationTimer {

    /** What a scroll through the grid saw. */
    record Result(int rows, int columns, int screens, double fillMedianMillis, double fillMaxMillis) {
    }

    private static final double ROWS_PER_FRAME = 2;
    private static final int PAUSE_EVERY_ROWS = 100;
    /** A screen that is not filled within this is counted at this value, so the result always shows it. */
    private static final long FILL_GIVE_UP_NANOS = 5_000_000_000L;

    private final GridView<?> grid;
    private final int rows;
    private final CompletableFuture<Result> result;
    private final VirtualFlow<?> flow;
    private final double rowHeight;
    private final List<Double> fills = new ArrayList<>();
    private double scrolledRows;
    private double nextPause = PAUSE_EVERY_ROWS;
    private long pausedAt = -1;

    GridScroll(GridView<?> grid, int rows, CompletableFuture<Result> result) {
        this.grid = grid;
        this.rows = rows;
        this.result = result;
        if (!(grid.lookup(".virtual-flow") instanceof VirtualFlow<?> virtualFlow)) {
            throw new IllegalStateException("the grid has no virtual flow");
        }
        this.flow = virtualFlow;
        this.rowHeight = grid.getCellHeight() + 2 * grid.getVerticalCellSpacing();
    }

    @Override
    public void handle(long now) {
        try {
            if (pausedAt >= 0) {
                if (screenFilled() || System.nanoTime() - pausedAt > FILL_GIVE_UP_NANOS) {
                    fills.add((System.nanoTime() - pausedAt) / 1e6);
                    pausedAt = -1;
                    if (scrolledRows >= rows) {
                        finish();
                    }
                }
                return;
            }
            flow.scrollPixels(ROWS_PER_FRAME * rowHeight);
            scrolledRows += ROWS_PER_FRAME;
            if (scrolledRows >= nextPause || scrolledRows >= rows) {
                nextPause += PAUSE_EVERY_ROWS;
                pausedAt = System.nanoTime();
            }
        } catch (RuntimeException e) {
            stop();
            result.completeExceptionally(e);
        }
    }

    private boolean screenFilled() {
        return GridCells.screenFilled(grid);
    }

    private void finish() {
        stop();
        double[] sorted = fills.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int columns = Math.max(1, (int) (grid.getWidth() / (grid.getCellWidth() + 2 * grid.getHorizontalCellSpacing())));
        result.complete(new Result((int) scrolledRows, columns, sorted.length, sorted[sorted.length / 2],
                sorted[sorted.length - 1]));
    }
}

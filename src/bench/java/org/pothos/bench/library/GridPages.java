package org.pothos.bench.library;

import org.pothos.ui.library.LibraryViewModel;

/** Drives the grid's ViewModel like a person scrolling: the first page, then every item in turn. */
final class GridPages {

    private final LibraryViewModel grid;

    GridPages(LibraryViewModel grid) {
        this.grid = grid;
    }

    void showFirstPage() {
        grid.reload();
    }

    void scrollThroughAll() {
        for (int i = 0; i < grid.items().size(); i++) {
            grid.items().get(i);
        }
    }
}

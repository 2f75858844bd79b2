package org.pothos.bench.grid;

/**
 * JavaFX without a screen: Monocle's headless platform with software rendering, as in the window
 * tests. Must be set before the toolkit's first class loads.
 */
final class HeadlessFx {

    static final String SCREEN = "1920x1200-32";

    private HeadlessFx() {
    }

    static void configure() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        // The headless screen must hold the whole window, or its frames cannot be painted.
        System.setProperty("headless.geometry", SCREEN);
    }
}

package org.pothos.bench.grid;

/**
 * JavaFX without a screen: Monocle's headless platform with software rendering, as in the window
 * tests. Must be set before the toolkit's first class loads.
 */
final class HeadlessFx {

    private HeadlessFx() {
    }

    static void configure() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
    }
}

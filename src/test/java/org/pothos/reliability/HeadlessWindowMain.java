package org.pothos.reliability;

import org.pothos.launcher.Main;

/** Pothos's own entry point with JavaFX on Monocle's headless screen, for a window in a second JVM. */
final class HeadlessWindowMain {

    private HeadlessWindowMain() {
    }

    public static void main(String[] args) {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1280x820-32");
        Main.main(args);
    }
}

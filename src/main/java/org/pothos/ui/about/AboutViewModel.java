package org.pothos.ui.about;

import java.nio.file.Path;
import java.util.function.Consumer;

/** The About dialog's state and actions: facts to show, a text to copy, the data folder to open. */
public final class AboutViewModel {

    private final AboutFacts facts;
    private final Consumer<Path> openFolder;

    /** @param openFolder shows a folder in the system's file manager */
    public AboutViewModel(AboutFacts facts, Consumer<Path> openFolder) {
        this.facts = facts;
        this.openFolder = openFolder;
    }

    public AboutFacts facts() {
        return facts;
    }

    /** The facts as plain lines, in English whatever the interface language, for a bug report. */
    public String details() {
        return String.join(System.lineSeparator(),
                "Pothos " + facts.version(),
                "Data folder: " + facts.dataFolder(),
                "Log file: " + facts.logFile(),
                "Java: " + facts.java(),
                "JavaFX: " + facts.javafx(),
                "System: " + facts.system());
    }

    public void openDataFolder() {
        openFolder.accept(facts.dataFolder());
    }
}

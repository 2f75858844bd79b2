package org.pothos.ui.about;

import java.nio.file.Path;
import java.util.Map;
import org.pothos.app.LogSetup;
import org.pothos.app.PothosVersion;

/**
 * What the About dialog tells: which Pothos, where its data and log are, and what it runs on.
 * Plain values, so a bug report can quote them exactly.
 */
public record AboutFacts(String version, Path dataFolder, Path logFile, String java, String javafx, String system) {

    /** The facts of this process, read from the build's manifest and the runtime's system properties. */
    public static AboutFacts current(Path dataFolder) {
        return of(PothosVersion.get(), dataFolder, System.getProperties());
    }

    static AboutFacts of(String version, Path dataFolder, Map<Object, Object> properties) {
        String java = properties.getOrDefault("java.runtime.version", properties.get("java.version"))
                + " (" + properties.get("java.vendor") + ")";
        // The toolkit sets this when it starts; the dialog only opens in a running window.
        Object javafx = properties.getOrDefault("javafx.runtime.version", "unknown");
        String system = properties.get("os.name") + " " + properties.get("os.version") + " " + properties.get("os.arch");
        return new AboutFacts(version, dataFolder, LogSetup.logFile(dataFolder), java, String.valueOf(javafx), system);
    }
}

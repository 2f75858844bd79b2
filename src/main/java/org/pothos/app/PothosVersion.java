package org.pothos.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version: from the jar's manifest (set by the build), else from the resource the build fills in (a run from
 * classes, such as {@code mvn javafx:run}), else "development".
 */
public final class PothosVersion {

    private PothosVersion() {
    }

    public static String get() {
        String version = PothosVersion.class.getPackage().getImplementationVersion();
        return version != null ? version : fromResource();
    }

    private static String fromResource() {
        try (InputStream in = PothosVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "");
                // Unfiltered (an IDE that copies resources itself) it still reads ${project.version}.
                if (!version.isBlank() && !version.startsWith("${")) {
                    return version;
                }
            }
        } catch (IOException e) {
            // Nothing to say: the fallback below is the answer.
        }
        return "development";
    }

    /** Lets {@code --version} print it. */
    public static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Pothos " + get()};
        }
    }
}

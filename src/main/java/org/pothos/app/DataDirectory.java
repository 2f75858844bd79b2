package org.pothos.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the library lives: {@code --data-dir}, else {@code POTHOS_DATA_DIR}, else the operating
 * system's per-user data folder (XDG on Linux, Application Support on macOS, LOCALAPPDATA on Windows).
 */
public final class DataDirectory {

    public static final String ENV_VARIABLE = "POTHOS_DATA_DIR";

    private DataDirectory() {
    }

    public static Path resolve(String commandLineOption, Map<String, String> env, String osName, String userHome) {
        if (commandLineOption != null && !commandLineOption.isBlank()) {
            return Path.of(commandLineOption).toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return osDefault(env, osName, userHome);
    }

    static Path osDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(userHome, "AppData", "Local");
            return base.resolve("Pothos");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Pothos");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("pothos");
    }
}

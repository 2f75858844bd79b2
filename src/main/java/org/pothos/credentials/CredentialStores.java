package org.pothos.credentials;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pothos.analysis.TokenVault;

/**
 * Picks this system's credential store for endpoint tokens: Windows Credential Manager, the macOS Keychain, or
 * the Secret Service on Linux when a session runs one. Without one, {@link TokenVault#NONE}: tokens stay in the
 * library, which only its owner can read. {@code -Dpothos.credential-store=library} chooses that on purpose (the
 * test suite does, so that it never writes to a developer's keyring).
 */
public final class CredentialStores {

    public static final String PROPERTY = "pothos.credential-store";

    private CredentialStores() {
    }

    public static TokenVault forThisSystem() {
        return forSystem(System.getProperty("os.name"), System.getenv(), System.getProperty(PROPERTY));
    }

    static TokenVault forSystem(String osName, Map<String, String> env, String choice) {
        if ("library".equals(choice)) {
            return TokenVault.NONE;
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return WindowsCredentialVault.load().orElse(TokenVault.NONE);
        }
        if (os.contains("mac")) {
            return Files.isExecutable(Path.of(MacKeychainVault.SECURITY)) ? new MacKeychainVault(new CommandRunner()) : TokenVault.NONE;
        }
        if (env.get("DBUS_SESSION_BUS_ADDRESS") == null) {
            return TokenVault.NONE;
        }
        return onPath("secret-tool", env).<TokenVault>map(tool -> new SecretServiceVault(tool, new CommandRunner()))
                .orElse(TokenVault.NONE);
    }

    static Optional<Path> onPath(String program, Map<String, String> env) {
        String path = env.getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isBlank() && Files.isExecutable(Path.of(folder, program))) {
                return Optional.of(Path.of(folder, program));
            }
        }
        return Optional.empty();
    }
}

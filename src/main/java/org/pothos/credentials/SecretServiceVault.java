package org.pothos.credentials;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.pothos.analysis.TokenVault;

/**
 * The freedesktop Secret Service (GNOME Keyring, KWallet, KeePassXC) through its command-line client
 * {@code secret-tool} (Debian: {@code libsecret-tools}). Usable only when a session bus runs and a service
 * answers on it: a server or a CI machine has neither, and tokens then stay in the library.
 */
final class SecretServiceVault implements TokenVault {

    private static final String APPLICATION = "pothos";

    private final Path tool;
    private final CommandRunner runner;
    private volatile Boolean usable;

    SecretServiceVault(Path tool, CommandRunner runner) {
        this.tool = tool;
        this.runner = runner;
    }

    @Override
    public boolean available() {
        Boolean known = usable;
        if (known == null) {
            known = probe();
            usable = known;
        }
        return known;
    }

    /** A lookup of a key that does not exist: exit 1 and nothing on standard error when the service answers. */
    private boolean probe() {
        try {
            CommandRunner.Result result = runner.run(lookup("probe"), null);
            return result.exitCode() == 0 || result.exitCode() == 1 && result.err().isBlank();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String name() {
        return "the Secret Service (the system keyring)";
    }

    @Override
    public void put(String key, String secret) throws IOException {
        check(runner.run(List.of(tool.toString(), "store", "--label=Pothos endpoint token", "application", APPLICATION, "key", key),
                secret), "store");
    }

    @Override
    public Optional<String> get(String key) throws IOException {
        CommandRunner.Result result = runner.run(lookup(key), null);
        if (result.exitCode() == 1 && result.err().isBlank()) {
            return Optional.empty();
        }
        check(result, "lookup");
        return Optional.of(result.out().stripTrailing());
    }

    @Override
    public void remove(String key) throws IOException {
        check(runner.run(List.of(tool.toString(), "clear", "application", APPLICATION, "key", key), null), "clear");
    }

    private List<String> lookup(String key) {
        return List.of(tool.toString(), "lookup", "application", APPLICATION, "key", key);
    }

    private static void check(CommandRunner.Result result, String what) throws IOException {
        if (result.exitCode() != 0) {
            throw new IOException("secret-tool " + what + " failed: " + result.err().strip());
        }
    }
}

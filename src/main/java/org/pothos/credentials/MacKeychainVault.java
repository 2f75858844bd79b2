package org.pothos.credentials;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.pothos.analysis.TokenVault;

/**
 * The macOS Keychain through {@code /usr/bin/security}. Writing goes through its interactive mode, so the
 * token travels on standard input rather than in the arguments.
 */
final class MacKeychainVault implements TokenVault {

    static final String SECURITY = "/usr/bin/security";
    private static final String SERVICE = "Pothos";
    /** "The specified item could not be found in the keychain." */
    private static final int NOT_FOUND = 44;

    private final CommandRunner runner;

    MacKeychainVault(CommandRunner runner) {
        this.runner = runner;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public String name() {
        return "the macOS Keychain";
    }

    @Override
    public void put(String key, String secret) throws IOException {
        if (secret.contains("\n") || secret.contains("\"")) {
            throw new IOException("the token holds characters the Keychain tool cannot take");
        }
        CommandRunner.Result result = runner.run(List.of(SECURITY, "-i"),
                "add-generic-password -U -a \"" + key + "\" -s " + SERVICE + " -w \"" + secret + "\"\n");
        if (result.exitCode() != 0 || !result.err().isBlank()) {
            throw new IOException("security add-generic-password failed: " + result.err().strip());
        }
    }

    @Override
    public Optional<String> get(String key) throws IOException {
        CommandRunner.Result result = runner.run(List.of(SECURITY, "find-generic-password", "-a", key, "-s", SERVICE, "-w"), null);
        if (result.exitCode() == NOT_FOUND) {
            return Optional.empty();
        }
        if (result.exitCode() != 0) {
            throw new IOException("security find-generic-password failed: " + result.err().strip());
        }
        return Optional.of(result.out().stripTrailing());
    }

    @Override
    public void remove(String key) throws IOException {
        CommandRunner.Result result = runner.run(List.of(SECURITY, "delete-generic-password", "-a", key, "-s", SERVICE), null);
        if (result.exitCode() != 0 && result.exitCode() != NOT_FOUND) {
            throw new IOException("security delete-generic-password failed: " + result.err().strip());
        }
    }
}

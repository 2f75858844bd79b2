package org.pothos.analysis;

import java.io.IOException;
import java.util.Optional;

/**
 * The operating system's store for secrets (the Secret Service on Linux, the macOS Keychain, Windows Credential
 * Manager), where endpoint tokens are kept so that the library holds only a reference to each. Adapters live
 * outside the engine; {@link #NONE} stands for a system without one.
 */
public interface TokenVault {

    /** No credential store: tokens stay in the library, which only its owner can read. */
    TokenVault NONE = new TokenVault() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public String name() {
            return "none";
        }

        @Override
        public void put(String key, String secret) throws IOException {
            throw new IOException("no credential store");
        }

        @Override
        public Optional<String> get(String key) {
            return Optional.empty();
        }

        @Override
        public void remove(String key) {
        }
    };

    /** Whether the store can be used now (a Secret Service may be installed but not running). */
    boolean available();

    /** What the store is called on this system, for the Settings dialog ("the macOS Keychain"). */
    String name();

    void put(String key, String secret) throws IOException;

    Optional<String> get(String key) throws IOException;

    void remove(String key) throws IOException;
}

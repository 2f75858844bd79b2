package org.pothos.analysis;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Endpoint tokens as the library stores them: in the credential store when the system has one, the library
 * holding a reference; else the token itself, in the library that only its owner can read.
 */
public final class EndpointTokens {

    /** Marks a stored value as a reference into the credential store. */
    static final String REFERENCE = "pothos-credential:";
    private static final Logger LOG = LoggerFactory.getLogger(EndpointTokens.class);

    private final TokenVault vault;
    /** Tokens read from the store, by reference: the dispatcher reads endpoints many times a second. */
    private final Map<String, String> read = new ConcurrentHashMap<>();

    public EndpointTokens(TokenVault vault) {
        this.vault = vault;
    }

    /** Where new tokens are kept, in words for the Settings dialog and the command line. */
    public String whereKept() {
        return vault.available() ? "in " + vault.name()
                : "in the library folder, readable only by you (no credential store was found on this system)";
    }

    public boolean usesVault() {
        return vault.available();
    }

    /** What to store for a token: a reference when the credential store took it, else the token. */
    String toStored(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        if (!vault.available()) {
            return token;
        }
        String key = "endpoint-" + UUID.randomUUID();
        try {
            vault.put(key, token);
            read.put(key, token);
            return REFERENCE + key;
        } catch (IOException e) {
            LOG.warn("the credential store refused the token ({}); it stays in the library", e.getMessage());
            return token;
        }
    }

    /** The token a stored value stands for; null when the credential store no longer has it. */
    String resolve(String stored) {
        if (stored == null || !stored.startsWith(REFERENCE)) {
            return stored;
        }
        String key = stored.substring(REFERENCE.length());
        return read.computeIfAbsent(key, k -> {
            try {
                return vault.get(k).orElse(null);
            } catch (IOException e) {
                LOG.warn("cannot read an endpoint token from {}: {}", vault.name(), e.getMessage());
                return null;
            }
        });
    }

    static boolean isReference(String stored) {
        return stored != null && stored.startsWith(REFERENCE);
    }

    /** Removes the token from the credential store when the stored value is a reference. */
    void forget(String stored) {
        if (!isReference(stored)) {
            return;
        }
        String key = stored.substring(REFERENCE.length());
        read.remove(key);
        try {
            vault.remove(key);
        } catch (IOException e) {
            LOG.warn("cannot remove an endpoint token from {}: {}", vault.name(), e.getMessage());
        }
    }
}

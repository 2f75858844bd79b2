package org.pothos.analysis;

/**
 * An Ollama server the user chose. The bearer token, for servers behind a proxy, is never logged:
 * {@link #toString()} leaves it out.
 */
public record Endpoint(long id, String name, String url, boolean enabled, boolean isDefault,
                       int maxConcurrentRequests, String bearerToken, String defaultModel) {

    @Override
    public String toString() {
        return "Endpoint[" + name + " " + url + (bearerToken == null ? "" : " (token set)") + "]";
    }
}

package org.pothos.analysis;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Reads an endpoint address the way Ollama's own tools read {@code OLLAMA_HOST}: a bare host, host and
 * port, or a full URL; no scheme means http, no port means 11434, and the listen-everywhere address
 * 0.0.0.0 means this machine.
 */
public final class OllamaHost {

    public static final String DEFAULT_URL = "http://localhost:11434";
    public static final String ENV_VARIABLE = "OLLAMA_HOST";
    private static final int DEFAULT_PORT = 11434;

    private OllamaHost() {
    }

    /** The default endpoint: {@code OLLAMA_HOST} when set, else localhost. */
    public static String defaultUrl(String ollamaHostVariable) {
        return ollamaHostVariable == null || ollamaHostVariable.isBlank() ? DEFAULT_URL : normalise(ollamaHostVariable);
    }

    public static String normalise(String address) {
        String text = address.strip();
        if (!text.contains("://")) {
            text = "http://" + text;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException("an endpoint address starts with http:// or https://, not " + scheme);
            }
            String host = uri.getHost();
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("no host in endpoint address '" + address + "'");
            }
            if (host.equals("0.0.0.0")) {
                host = "127.0.0.1";
            }
            // Without a port, plain http means Ollama's own port; https means a proxy on the standard one.
            int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : DEFAULT_PORT;
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
            return scheme + "://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port + path;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an endpoint address: '" + address + "'", e);
        }
    }
}

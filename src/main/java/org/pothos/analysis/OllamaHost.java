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

    /**
     * {@code OLLAMA_HOST} as this run found it, read once: the address it names, or why it names none. A bad
     * value is kept as a problem to show where Ollama is used, so commands that never talk to Ollama
     * (import, list, stats) are not stopped by it.
     *
     * @param value   the variable's value, null when it is not set
     * @param url     the address it names, null when it is not set or not an address
     * @param problem why it is not an address, naming the variable and its value; null when it is fine or unset
     */
    public record Setting(String value, String url, String problem) {

        public static final Setting UNSET = new Setting(null, null, null);

        public static Setting read(String value) {
            if (value == null || value.isBlank()) {
                return UNSET;
            }
            try {
                return new Setting(value, normalise(value), null);
            } catch (IllegalArgumentException e) {
                return new Setting(value, null, ENV_VARIABLE + "='" + value + "' is not an Ollama address (" + e.getMessage()
                        + "): set it to host, host:port or a URL such as http://localhost:11434, or unset it");
            }
        }

        public boolean isSet() {
            return value != null;
        }
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
                throw new IllegalArgumentException(uri.getRawAuthority() != null && uri.getRawAuthority().matches(".*:\\d{6,}")
                        ? "the port is not 1 to 65535" : "no host in endpoint address '" + address + "'");
            }
            if (host.equals("0.0.0.0")) {
                host = "127.0.0.1";
            }
            // Without a port, plain http means Ollama's own port; https means a proxy on the standard one.
            int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : DEFAULT_PORT;
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " is not 1 to 65535");
            }
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
            return scheme + "://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port + path;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + address + "' is not a host, host:port or URL", e);
        }
    }
}

package org.pothos.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OllamaHostTest {

    @Test
    void readsAddressesTheWayOllamasToolsDo() {
        assertEquals("http://localhost:11434", OllamaHost.defaultUrl(null));
        assertEquals("http://localhost:11434", OllamaHost.defaultUrl(" "));
        assertEquals("http://127.0.0.1:11434", OllamaHost.defaultUrl("0.0.0.0"));
        assertEquals("http://gpu-box:11434", OllamaHost.normalise("gpu-box"));
        assertEquals("http://gpu-box:8080", OllamaHost.normalise("gpu-box:8080"));
        assertEquals("https://ollama.example.org:443/api-proxy", OllamaHost.normalise("https://ollama.example.org/api-proxy/"));
        assertEquals("http://[::1]:11434", OllamaHost.normalise("http://[::1]:11434"));
        assertThrows(IllegalArgumentException.class, () -> OllamaHost.normalise("ftp://x"));
    }
}

package org.pothos.ollama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Error answers in the server's own words, whatever shape they come in. */
class ErrorBodiesTest {

    @Test
    void ollamasErrorAProxysPageOrPlainText() {
        assertEquals("model 'x' not found", ErrorBodies.summarise("{\"error\":\"model 'x' not found\"}"));
        assertEquals("502 Bad Gateway", ErrorBodies.summarise("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                + "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"));
        assertEquals("Service Unavailable The server is down for maintenance.", ErrorBodies.summarise(
                "<!DOCTYPE html><html><head><style>p{}</style></head><body><h1>Service Unavailable</h1>"
                        + "<p>The server is down for maintenance.</p></body></html>"));
        assertEquals("upstream timed out", ErrorBodies.summarise("\n  upstream timed out\nsecond line"));
        assertEquals("", ErrorBodies.summarise("  "));
    }

    @Test
    void retryAfterInSecondsOrAsADate() {
        Instant now = Instant.parse("2026-05-01T10:00:00Z");
        assertEquals(Duration.ofSeconds(30), ErrorBodies.retryAfter("30", now));
        assertEquals(Duration.ofSeconds(90), ErrorBodies.retryAfter("Fri, 01 May 2026 10:01:30 GMT", now));
        assertEquals(Duration.ZERO, ErrorBodies.retryAfter("Fri, 01 May 2026 09:00:00 GMT", now));
        assertEquals(Duration.ofMinutes(10), ErrorBodies.retryAfter("86400", now), "an hour-long wait is taken as ten minutes");
        assertNull(ErrorBodies.retryAfter("soon", now));
        assertNull(ErrorBodies.retryAfter(null, now));
    }
}

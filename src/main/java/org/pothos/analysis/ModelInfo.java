package org.pothos.analysis;

import java.time.Instant;

/** A model an endpoint serves, with whether it can see images (Ollama's {@code vision} capability). */
public record ModelInfo(long endpointId, String name, boolean vision, Long sizeBytes, String family, Instant refreshedAt) {
}

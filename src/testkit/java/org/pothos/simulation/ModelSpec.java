package org.pothos.simulation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A model the test server pretends to have installed.
 *
 * @param embeddingDimension the length of its embeddings for an embedding model, 0 for a chat model
 */
public record ModelSpec(String name, boolean vision, String family, String parameterSize, long sizeBytes,
                        int embeddingDimension) {

    public static ModelSpec vision(String name) {
        return new ModelSpec(ModelNames.canonical(name), true, "qwen25vl", "8.3B", 6_000_000_000L, 0);
    }

    public static ModelSpec textOnly(String name) {
        return new ModelSpec(ModelNames.canonical(name), false, "llama", "3.2B", 2_000_000_000L, 0);
    }

    /** An embedding model such as nomic-embed-text, whose vectors have {@code dimension} numbers. */
    public static ModelSpec embedding(String name, int dimension) {
        return new ModelSpec(ModelNames.canonical(name), false, "nomic-bert", "137M", 274_000_000L, dimension);
    }

    public boolean embeds() {
        return embeddingDimension > 0;
    }

    /**
     * Ollama reports "completion" for every chat model and adds "vision" for those that take images; embedding models
     * report "embedding" alone.
     */
    public List<String> capabilities() {
        if (embeds()) {
            return List.of("embedding");
        }
        return vision ? List.of("completion", "vision") : List.of("completion");
    }

    public String digest() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

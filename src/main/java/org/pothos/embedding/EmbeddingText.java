package org.pothos.embedding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.StringJoiner;

/**
 * The text an item is embedded from: its title, description, tags and categories, the words a person would
 * search with. File names ("IMG_1234") carry no meaning and stay out.
 */
final class EmbeddingText {

    private EmbeddingText() {
    }

    static String of(EmbeddingSource item) {
        StringJoiner text = new StringJoiner("\n");
        if (item.title() != null) {
            text.add(item.title().strip() + ".");
        }
        if (item.description() != null) {
            text.add(item.description().strip());
        }
        if (!item.tags().isEmpty()) {
            text.add("Tags: " + String.join(", ", item.tags()) + ".");
        }
        if (!item.categories().isEmpty()) {
            text.add("Categories: " + String.join(", ", item.categories()) + ".");
        }
        return text.toString();
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

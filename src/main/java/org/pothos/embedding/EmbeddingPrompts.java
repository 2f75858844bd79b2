package org.pothos.embedding;

import java.util.List;
import java.util.Locale;

/**
 * The task prefixes embedding models are trained with: nomic-embed-text wants {@code search_query:} before a
 * question and {@code search_document:} before a text to be found, embeddinggemma its own pair, mxbai-embed-large
 * an instruction before the question. Without them these models rank noticeably worse.
 */
final class EmbeddingPrompts {

    private record Prompts(String family, String query, String document) {
    }

    private static final String PASSAGES = "Represent this sentence for searching relevant passages: ";
    private static final List<Prompts> KNOWN = List.of(
            new Prompts("nomic-embed-text", "search_query: ", "search_document: "),
            new Prompts("embeddinggemma", "task: search result | query: ", "title: none | text: "),
            new Prompts("mxbai-embed-large", PASSAGES, ""),
            new Prompts("snowflake-arctic-embed", PASSAGES, ""));

    private EmbeddingPrompts() {
    }

    static String query(String model, String text) {
        return prompts(model).query() + text;
    }

    static String document(String model, String text) {
        return prompts(model).document() + text;
    }

    private static Prompts prompts(String model) {
        String base = model.toLowerCase(Locale.ROOT);
        int slash = base.lastIndexOf('/');
        base = slash >= 0 ? base.substring(slash + 1) : base;
        for (Prompts known : KNOWN) {
            if (base.startsWith(known.family())) {
                return known;
            }
        }
        return new Prompts("", "", "");
    }
}

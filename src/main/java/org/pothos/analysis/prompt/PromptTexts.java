package org.pothos.analysis.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.pothos.analysis.AnalysisField;
import org.pothos.analysis.OutputLanguage;

/**
 * The prompt texts of one language, read once from the resource files next to this class. A missing
 * file or key is a packaging error, so it fails at construction rather than at the first image.
 */
final class PromptTexts {

    private final String structured;
    private final Map<AnalysisField, String> fieldTemplates = new EnumMap<>(AnalysisField.class);
    private final Properties pieces = new Properties();

    PromptTexts(OutputLanguage language) {
        String suffix = "_" + language.tag() + ".";
        structured = read("analyse" + suffix + "txt").strip();
        for (AnalysisField field : AnalysisField.values()) {
            fieldTemplates.put(field, read("field_" + lower(field) + suffix + "txt").strip());
        }
        try (Reader reader = new InputStreamReader(open("texts" + suffix + "properties"), StandardCharsets.UTF_8)) {
            pieces.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (AnalysisField field : AnalysisField.values()) {
            piece("field." + lower(field));
            piece("answer." + lower(field));
        }
        piece("intro");
        piece("categoryExamples");
        piece("replace.structured");
        piece("extend.heading");
        for (String hint : new String[] {"vocabulary.tags", "vocabulary.categories", "vocabulary.strict", "rejected.tags",
                "rejected.categories", "rejected.title", "rejected.description"}) {
            piece(hint);
        }
    }

    String structured() {
        return structured;
    }

    String fieldTemplate(AnalysisField field) {
        return fieldTemplates.get(field);
    }

    /** One line of the JSON field list in the structured prompt. */
    String fieldLine(AnalysisField field) {
        return piece("field." + lower(field));
    }

    /** The line telling a per-field answer's form and language. */
    String answerLine(AnalysisField field) {
        return piece("answer." + lower(field));
    }

    String piece(String key) {
        String value = pieces.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("prompt text '" + key + "' is missing");
        }
        return value.strip();
    }

    private static String lower(AnalysisField field) {
        return field.name().toLowerCase(Locale.ROOT);
    }

    private static String read(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = PromptTexts.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("prompt resource " + name + " is missing");
        }
        return in;
    }
}

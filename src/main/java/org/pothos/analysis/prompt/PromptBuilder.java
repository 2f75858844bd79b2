package org.pothos.analysis.prompt;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pothos.analysis.AnalysisField;
import org.pothos.analysis.AnswerLimits;
import org.pothos.analysis.CustomPromptMode;
import org.pothos.analysis.OutputLanguage;
import org.pothos.analysis.answer.FieldKeys;

/**
 * Writes the prompts sent with each image: one asking for a JSON object with several fields (sent
 * together with the schema from {@code AnswerSchema}), or one asking for a single field as plain
 * text. Texts come from resource files per language; this class only assembles and fills them.
 * Thread-safe once constructed.
 */
public final class PromptBuilder {

    private final Map<OutputLanguage, PromptTexts> texts = new EnumMap<>(OutputLanguage.class);

    public PromptBuilder() {
        for (OutputLanguage language : OutputLanguage.values()) {
            texts.put(language, new PromptTexts(language));
        }
        verifyAllPlaceholdersResolve();
    }

    public String structuredPrompt(Set<AnalysisField> fields, OutputLanguage language, AnswerLimits limits,
                                   String customPrompt, CustomPromptMode mode) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("no fields requested");
        }
        PromptTexts text = texts.get(language);
        Set<AnalysisField> requested = EnumSet.copyOf(fields);
        Map<String, String> values = values(text, limits);
        values.put("fields", requested.stream()
                .map(field -> Placeholders.fill(text.fieldLine(field), values))
                .collect(Collectors.joining("\n")));
        values.put("fieldNames", requested.stream()
                .map(field -> "\"" + FieldKeys.key(field) + "\"")
                .collect(Collectors.joining(", ")));
        return combine(text, text.structured(), text.piece("replace.structured"), values, customPrompt, mode);
    }

    public String fieldPrompt(AnalysisField field, OutputLanguage language, AnswerLimits limits,
                              String customPrompt, CustomPromptMode mode) {
        PromptTexts text = texts.get(language);
        Map<String, String> values = values(text, limits);
        values.put("answer", text.answerLine(field));
        return combine(text, text.fieldTemplate(field), text.answerLine(field), values, customPrompt, mode);
    }

    /**
     * The user's text is filled with the same values, so a custom prompt may say {maxTags}; the
     * closing line in REPLACE mode keeps structured output and the language working whatever they wrote.
     */
    private static String combine(PromptTexts text, String template, String replaceLine, Map<String, String> values,
                                  String customPrompt, CustomPromptMode mode) {
        String base = Placeholders.fill(template, values);
        if (customPrompt == null || customPrompt.isBlank()) {
            return base;
        }
        String custom = Placeholders.fill(customPrompt.strip(), values);
        return switch (mode) {
            case EXTEND -> base + "\n\n" + text.piece("extend.heading") + "\n" + custom;
            case REPLACE -> custom + "\n\n" + Placeholders.fill(replaceLine, values);
        };
    }

    private static Map<String, String> values(PromptTexts text, AnswerLimits limits) {
        Map<String, String> values = new HashMap<>();
        values.put("maxTitle", Integer.toString(limits.maxTitleLength()));
        values.put("maxDescription", Integer.toString(limits.maxDescriptionLength()));
        values.put("maxTags", Integer.toString(limits.maxTags()));
        values.put("maxCategories", Integer.toString(limits.maxCategories()));
        values.put("categoryExamples", text.piece("categoryExamples"));
        values.put("intro", text.piece("intro"));
        return values;
    }

    /** A typo in a resource file would otherwise reach the model as a literal {placeholder}. */
    private void verifyAllPlaceholdersResolve() {
        AnswerLimits limits = AnswerLimits.defaults();
        for (OutputLanguage language : OutputLanguage.values()) {
            check(structuredPrompt(EnumSet.allOf(AnalysisField.class), language, limits, null, CustomPromptMode.EXTEND));
            check(structuredPrompt(EnumSet.allOf(AnalysisField.class), language, limits, "x", CustomPromptMode.REPLACE));
            for (AnalysisField field : AnalysisField.values()) {
                check(fieldPrompt(field, language, limits, "x", CustomPromptMode.REPLACE));
                check(fieldPrompt(field, language, limits, null, CustomPromptMode.EXTEND));
            }
        }
    }

    private static void check(String prompt) {
        if (Placeholders.hasAny(prompt)) {
            throw new IllegalStateException("prompt has an unresolved placeholder: " + prompt);
        }
    }
}

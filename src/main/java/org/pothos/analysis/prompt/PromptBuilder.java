package org.pothos.analysis.prompt;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pothos.analysis.AnalysisField;
import org.pothos.analysis.AnswerLimits;
import org.pothos.analysis.CustomPromptMode;
import org.pothos.analysis.OutputLanguage;
import org.pothos.analysis.PromptHints;
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
        return structuredPrompt(fields, language, limits, customPrompt, mode, PromptHints.NONE);
    }

    /** The structured prompt, with the library's hints for the picture (its vocabulary, what was rejected). */
    public String structuredPrompt(Set<AnalysisField> fields, OutputLanguage language, AnswerLimits limits,
                                   String customPrompt, CustomPromptMode mode, PromptHints hints) {
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
        return combine(text, text.structured(), text.piece("replace.structured"), values, customPrompt, mode,
                hintLines(text, requested, hints));
    }

    public String fieldPrompt(AnalysisField field, OutputLanguage language, AnswerLimits limits,
                              String customPrompt, CustomPromptMode mode) {
        return fieldPrompt(field, language, limits, customPrompt, mode, PromptHints.NONE);
    }

    /** The question for one field, with the library's hints for the picture that concern that field. */
    public String fieldPrompt(AnalysisField field, OutputLanguage language, AnswerLimits limits,
                              String customPrompt, CustomPromptMode mode, PromptHints hints) {
        PromptTexts text = texts.get(language);
        Map<String, String> values = values(text, limits);
        values.put("answer", text.answerLine(field));
        return combine(text, text.fieldTemplate(field), text.answerLine(field), values, customPrompt, mode,
                hintLines(text, Set.of(field), hints));
    }

    /**
     * The user's text is filled with the same values, so a custom prompt may say {maxTags}; the
     * closing line in REPLACE mode keeps structured output and the language working whatever they wrote.
     * The hints follow the instructions they refine, whoever wrote those.
     */
    private static String combine(PromptTexts text, String template, String replaceLine, Map<String, String> values,
                                  String customPrompt, CustomPromptMode mode, String hints) {
        String base = Placeholders.fill(template, values) + hints;
        if (customPrompt == null || customPrompt.isBlank()) {
            return base;
        }
        String custom = Placeholders.fill(customPrompt.strip(), values);
        return switch (mode) {
            case EXTEND -> base + "\n\n" + text.piece("extend.heading") + "\n" + custom;
            case REPLACE -> custom + hints + "\n\n" + Placeholders.fill(replaceLine, values);
        };
    }

    /**
     * Lines about the person's vocabulary and their rejections, for the fields asked; empty without hints.
     * Names are filled in one pass, so a label that looks like a {placeholder} reaches the model as written.
     */
    private static String hintLines(PromptTexts text, Set<AnalysisField> fields, PromptHints hints) {
        List<String> lines = new ArrayList<>();
        boolean offered = false;
        if (fields.contains(AnalysisField.TAGS)) {
            offered |= addList(lines, text, "vocabulary.tags", hints.preferredTags());
            addList(lines, text, "rejected.tags", hints.rejectedTags());
        }
        if (fields.contains(AnalysisField.CATEGORIES)) {
            offered |= addList(lines, text, "vocabulary.categories", hints.preferredCategories());
            addList(lines, text, "rejected.categories", hints.rejectedCategories());
        }
        if (offered && hints.strict()) {
            lines.add(text.piece("vocabulary.strict"));
        }
        if (fields.contains(AnalysisField.TITLE) && hints.rejectedTitle() != null) {
            lines.add(Placeholders.fill(text.piece("rejected.title"), Map.of("value", quoted(hints.rejectedTitle()))));
        }
        if (fields.contains(AnalysisField.DESCRIPTION) && hints.rejectedDescription() != null) {
            lines.add(Placeholders.fill(text.piece("rejected.description"), Map.of("value", quoted(hints.rejectedDescription()))));
        }
        return lines.isEmpty() ? "" : "\n\n" + String.join("\n", lines);
    }

    private static boolean addList(List<String> lines, PromptTexts text, String key, List<String> names) {
        if (names.isEmpty()) {
            return false;
        }
        lines.add(Placeholders.fill(text.piece(key), Map.of("names",
                names.stream().map(PromptBuilder::quoted).collect(Collectors.joining(", ")))));
        return true;
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "'") + "\"";
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
        PromptHints every = new PromptHints(List.of("a"), List.of("b"), true, List.of(), List.of("c"), List.of("d"), "e", "f");
        for (OutputLanguage language : OutputLanguage.values()) {
            check(structuredPrompt(EnumSet.allOf(AnalysisField.class), language, limits, null, CustomPromptMode.EXTEND, every));
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

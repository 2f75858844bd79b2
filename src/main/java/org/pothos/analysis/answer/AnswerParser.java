package org.pothos.analysis.answer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pothos.analysis.AnalysisField;
import org.pothos.analysis.AnswerLimits;
import org.pothos.analysis.ModelAnswer;

/**
 * Reads what a vision model answered. Structured output normally yields JSON of the schema's
 * shape; models or servers that ignore the schema get a lenient reading of JSON in prose, labelled
 * text or, for a single field, plain text. Never throws on the content: what cannot be read ends up
 * in {@link ParsedAnswer#problems()} and the caller decides whether that is a failure. Stateless.
 */
public final class AnswerParser {

    /**
     * @param thinking the separate reasoning a thinking model returned; never part of the answer, and
     *                 accepted only so that callers pass the whole reply without picking it apart
     */
    public ParsedAnswer parse(String rawContent, String thinking, Set<AnalysisField> fields, AnswerLimits limits) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("no fields requested");
        }
        Set<AnalysisField> requested = EnumSet.copyOf(fields);
        String content = rawContent == null ? "" : rawContent;
        List<String> problems = new ArrayList<>();
        if (content.isBlank()) {
            problems.add("the answer was empty");
        }
        Optional<RawFields> strict = StrictReader.read(content, requested);
        RawFields raw = strict.orElseGet(() -> lenient(content, requested));
        ModelAnswer answer = AnswerNormaliser.normalise(raw, requested, limits, problems);
        return new ParsedAnswer(answer, strict.isPresent(), problems);
    }

    private static RawFields lenient(String content, Set<AnalysisField> fields) {
        ReasoningFilter.AnswerText answer = ReasoningFilter.answerPart(content);
        RawFields raw = JsonObjectFinder.find(answer.text())
                .map(object -> JsonFieldReader.read(object, fields))
                .orElseGet(RawFields::new);
        if (answer.jsonOnly()) {
            return raw;
        }
        raw.withMissingFrom(LabelledTextReader.read(answer.text()));
        if (!raw.hasAny(fields) && fields.size() == 1 && PlainText.isPlausible(answer.text())) {
            // a per-field prompt asks for the bare value, without label or JSON
            raw.add(fields.iterator().next(), PlainText.withoutPreamble(answer.text()));
        }
        return raw;
    }
}

package org.pothos.analysis.answer;

import java.util.List;
import org.pothos.analysis.ModelAnswer;

/**
 * A model's answer after parsing.
 *
 * @param answer   the clamped, normalised values; fields not found are null or empty
 * @param strict   true when the content was a JSON object of exactly the schema's shape
 * @param problems what was missing or had to be cut, in words fit for a log or a status line
 */
public record ParsedAnswer(ModelAnswer answer, boolean strict, List<String> problems) {

    public ParsedAnswer {
        problems = List.copyOf(problems);
    }
}

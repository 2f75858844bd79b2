package org.pothos.analysis.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a model's reasoning away from its answer. Reasoning models write {@code <think>…</think>}
 * into the content when the server does not split it off, sometimes lose one of the two tags, and
 * chatty models announce the result with "Final answer:" or "最终答案：".
 */
final class ReasoningFilter {

    /** The part of the content that should hold the answer. */
    record AnswerText(String text, boolean jsonOnly) {
    }

    private static final Pattern CLOSED_BLOCK =
            Pattern.compile("(?is)<(think|thinking|reasoning)>.*?</\\1>");
    private static final Pattern CLOSING_TAG = Pattern.compile("(?i)</(think|thinking|reasoning)>");
    private static final Pattern UNCLOSED_LEADING =
            Pattern.compile("(?is)^\\s*<(think|thinking|reasoning)>");

    // "Final answer" is rarely said in passing, so it counts anywhere; a bare "Answer:" only at a line start
    private static final Pattern STRONG_MARKER = Pattern.compile(
            "(?iu)(?:\\*\\*|__|#+\\s*)?(?:\\bfinal\\s+answer|\\bfinal\\s+output|最终答案|最终回答|最终结果)\\s*(?:\\*\\*|__)?\\s*[:：]\\s*(?:\\*\\*|__)?");
    private static final Pattern WEAK_MARKER = Pattern.compile(
            "(?imu)^[\\s>#*_]*(?:answer|output|response|答案|回答|输出)\\s*(?:\\*\\*|__)?\\s*[:：]\\s*(?:\\*\\*|__)?");

    private ReasoningFilter() {
    }

    static AnswerText answerPart(String content) {
        String text = CLOSED_BLOCK.matcher(content).replaceAll("");
        Matcher closing = CLOSING_TAG.matcher(text);
        int lastClosing = -1;
        while (closing.find()) {
            lastClosing = closing.end();
        }
        if (lastClosing >= 0) {
            // the opening tag was eaten by the chat template: everything before the closing tag is reasoning
            text = text.substring(lastClosing);
        }
        Matcher unclosed = UNCLOSED_LEADING.matcher(text);
        boolean reasoningOnly = unclosed.find();
        if (reasoningOnly) {
            text = text.substring(unclosed.end());
        }
        int marker = end(STRONG_MARKER, text);
        if (marker < 0) {
            marker = end(WEAK_MARKER, text);
        }
        if (marker >= 0) {
            return new AnswerText(text.substring(marker), false);
        }
        // a reasoning block that never closed holds at most a JSON object the model wrote at its end
        return new AnswerText(text, reasoningOnly);
    }

    private static int end(Pattern marker, String text) {
        Matcher matcher = marker.matcher(text);
        int end = -1;
        while (matcher.find()) {
            end = matcher.end();
        }
        return end;
    }
}

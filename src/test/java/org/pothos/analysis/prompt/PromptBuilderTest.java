package org.pothos.analysis.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pothos.analysis.AnalysisField;
import org.pothos.analysis.AnswerLimits;
import org.pothos.analysis.CustomPromptMode;
import org.pothos.analysis.OutputLanguage;
import org.pothos.analysis.PromptHints;

class PromptBuilderTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final AnswerLimits LIMITS = new AnswerLimits(70, 600, 7, 2);

    private final PromptBuilder builder = new PromptBuilder();

    @Test
    void englishStructuredPromptAsksForEveryFieldInEnglishJson() {
        String prompt = builder.structuredPrompt(EnumSet.allOf(AnalysisField.class), OutputLanguage.EN, LIMITS, null,
                CustomPromptMode.EXTEND);

        assertFalse(PLACEHOLDER.matcher(prompt).find(), prompt);
        assertFalse(HAN.matcher(prompt).find());
        for (String expected : new String[]{"personal photo", "only what is actually visible", "JSON object",
                "\"title\"", "\"description\"", "\"tags\"", "\"categories\"", "at most 70 characters",
                "at most 600 characters", "up to 7 tags", "one to 2 broad categories", "lowercase noun",
                "people, animals, nature", "documents, art", "in English"}) {
            assertTrue(prompt.contains(expected), expected + " missing from:\n" + prompt);
        }
    }

    @Test
    void chineseStructuredPromptRequiresSimplifiedChineseAndKeepsEnglishKeys() {
        String prompt = builder.structuredPrompt(EnumSet.allOf(AnalysisField.class), OutputLanguage.ZH_CN, LIMITS, null,
                CustomPromptMode.EXTEND);

        assertFalse(PLACEHOLDER.matcher(prompt).find(), prompt);
        for (String expected : new String[]{"私人相册", "真实可见", "JSON", "简体中文", "\"title\"", "\"tags\"",
                "\"categories\"", "\"description\"", "不超过 70 个字符", "最多 7 个标签", "一到 2 个大类", "人物、动物"}) {
            assertTrue(prompt.contains(expected), expected + " missing from:\n" + prompt);
        }
    }

    @ParameterizedTest
    @EnumSource(OutputLanguage.class)
    void fieldSubsetMentionsOnlyTheRequestedFields(OutputLanguage language) {
        String prompt = builder.structuredPrompt(Set.of(AnalysisField.TAGS, AnalysisField.TITLE), language, LIMITS, null,
                CustomPromptMode.EXTEND);

        assertTrue(prompt.contains("\"title\""));
        assertTrue(prompt.contains("\"tags\""));
        assertFalse(prompt.contains("\"description\""), prompt);
        assertFalse(prompt.contains("\"categories\""), prompt);
        assertFalse(prompt.contains("600"), prompt);
        assertTrue(prompt.indexOf("\"title\"") < prompt.indexOf("\"tags\""), "fields in schema order");
    }

    @ParameterizedTest
    @EnumSource(OutputLanguage.class)
    void everyFieldPromptIsFilledAndAsksForPlainText(OutputLanguage language) {
        for (AnalysisField field : AnalysisField.values()) {
            String prompt = builder.fieldPrompt(field, language, LIMITS, null, CustomPromptMode.REPLACE);

            assertFalse(PLACEHOLDER.matcher(prompt).find(), prompt);
            assertFalse(prompt.contains("JSON"), prompt);
            assertEquals(language == OutputLanguage.ZH_CN, prompt.contains("简体中文"), prompt);
            assertEquals(language == OutputLanguage.EN, prompt.contains("in English"), prompt);
        }
    }

    @Test
    void fieldPromptCarriesItsLimit() {
        assertTrue(builder.fieldPrompt(AnalysisField.TAGS, OutputLanguage.EN, LIMITS, null, CustomPromptMode.EXTEND)
                .contains("up to 7 tags"));
        assertTrue(builder.fieldPrompt(AnalysisField.TITLE, OutputLanguage.ZH_CN, LIMITS, null, CustomPromptMode.EXTEND)
                .contains("不超过 70 个字符"));
        assertTrue(builder.fieldPrompt(AnalysisField.CATEGORIES, OutputLanguage.EN, LIMITS, "", CustomPromptMode.REPLACE)
                .contains("one to 2 broad categories"));
    }

    @Test
    void extendAppendsTheUsersTextToTheDefault() {
        String plain = builder.structuredPrompt(Set.of(AnalysisField.TAGS), OutputLanguage.EN, LIMITS, null,
                CustomPromptMode.EXTEND);
        String extended = builder.structuredPrompt(Set.of(AnalysisField.TAGS), OutputLanguage.EN, LIMITS,
                "  Always tag the breed of any dog; at most {maxTags} tags.  ", CustomPromptMode.EXTEND);

        assertTrue(extended.startsWith(plain));
        assertTrue(extended.endsWith("Additional instructions from the user (the answer format above still applies):\n"
                + "Always tag the breed of any dog; at most 7 tags."), extended);
    }

    @Test
    void replaceUsesTheUsersTextWithOneLineKeepingLanguageAndFields() {
        String prompt = builder.structuredPrompt(Set.of(AnalysisField.TITLE, AnalysisField.CATEGORIES), OutputLanguage.EN,
                LIMITS, "Give this holiday snap a funny {title} and {maxTitle} chars max.", CustomPromptMode.REPLACE);

        assertEquals("Give this holiday snap a funny {title} and 70 chars max.\n\n"
                + "Answer in English with a single JSON object that has exactly these fields: \"title\", \"categories\".", prompt);
    }

    @Test
    void replaceInChineseStatesSimplifiedChinese() {
        String prompt = builder.structuredPrompt(Set.of(AnalysisField.DESCRIPTION), OutputLanguage.ZH_CN, LIMITS,
                "描述这张照片里的食物。", CustomPromptMode.REPLACE);

        assertTrue(prompt.startsWith("描述这张照片里的食物。\n\n"));
        assertTrue(prompt.endsWith("请使用简体中文回答，只回复一个 JSON 对象，键名保持英文，并且只包含这些字段：\"description\"。"), prompt);
    }

    @Test
    void replaceForOneFieldEndsWithItsAnswerLine() {
        String prompt = builder.fieldPrompt(AnalysisField.TAGS, OutputLanguage.EN, LIMITS, "List the plants you see.",
                CustomPromptMode.REPLACE);

        assertEquals("List the plants you see.\n\nAnswer with the tags only, in English, on one line, separated by commas, "
                + "no label, no explanation.", prompt);
    }

    @Test
    void blankCustomPromptMeansTheDefault() {
        String plain = builder.fieldPrompt(AnalysisField.TITLE, OutputLanguage.EN, LIMITS, null, CustomPromptMode.REPLACE);

        assertEquals(plain, builder.fieldPrompt(AnalysisField.TITLE, OutputLanguage.EN, LIMITS, "  \n", CustomPromptMode.REPLACE));
        assertEquals(plain, builder.fieldPrompt(AnalysisField.TITLE, OutputLanguage.EN, LIMITS, "", CustomPromptMode.EXTEND));
    }

    @Test
    void hintsGiveTheVocabularyAndTheRejectionsOfTheFieldsAsked() {
        PromptHints hints = new PromptHints(List.of("dog", "{maxTags}"), List.of("Animals"), true, List.of(), List.of("sea"),
                List.of(), "Dog on a beach", null);
        String prompt = builder.structuredPrompt(Set.of(AnalysisField.TITLE, AnalysisField.TAGS), OutputLanguage.EN, LIMITS, null,
                CustomPromptMode.EXTEND, hints);

        String plain = builder.structuredPrompt(Set.of(AnalysisField.TITLE, AnalysisField.TAGS), OutputLanguage.EN, LIMITS, null,
                CustomPromptMode.EXTEND);
        assertEquals(plain + "\n\n"
                + "The person who owns the photo uses these tags; where one of them fits, use it as written instead of a new word:"
                + " \"dog\", \"{maxTags}\"\n"
                + "For this photo the person rejected these tags; do not use them: \"sea\"\n"
                + "Labels outside these lists are discarded, so use another word only when nothing in the lists fits.\n"
                + "The person rejected this title for the photo; write a different one: \"Dog on a beach\"", prompt,
                "categories were not asked for, and a label's braces reach the model as written");
        assertEquals(builder.fieldPrompt(AnalysisField.DESCRIPTION, OutputLanguage.ZH_CN, LIMITS, null, CustomPromptMode.EXTEND),
                builder.fieldPrompt(AnalysisField.DESCRIPTION, OutputLanguage.ZH_CN, LIMITS, null, CustomPromptMode.EXTEND, hints));
        assertTrue(builder.fieldPrompt(AnalysisField.TAGS, OutputLanguage.ZH_CN, LIMITS, null, CustomPromptMode.EXTEND, hints)
                .contains("照片的主人拒绝了此照片的以下标签，请不要使用：\"sea\""));
    }
}

package org.pothos.analysis.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pothos.analysis.AnalysisField;
import org.pothos.analysis.AnswerLimits;
import org.pothos.analysis.ModelAnswer;

class AnswerParserTest {

    private static final Set<AnalysisField> ALL = EnumSet.allOf(AnalysisField.class);
    private static final AnswerLimits LIMITS = AnswerLimits.defaults();

    private final AnswerParser parser = new AnswerParser();

    private ParsedAnswer parse(String content) {
        return parser.parse(content, null, ALL, LIMITS);
    }

    private ParsedAnswer parse(String content, AnalysisField field) {
        return parser.parse(content, null, EnumSet.of(field), LIMITS);
    }

    private static void assertBeach(ModelAnswer answer) {
        assertEquals("Sunset at the beach", answer.title());
        assertEquals("A golden retriever runs along the shore at sunset.", answer.description());
        assertEquals(List.of("dog", "beach", "sunset"), answer.tags());
        assertEquals(List.of("animals", "nature"), answer.categories());
    }

    @Nested
    class Strict {

        @Test
        void schemaShapedJsonIsStrict() {
            ParsedAnswer parsed = parse("""
                    {"title":"Sunset at the beach","description":"A golden retriever runs along the shore at sunset.",
                     "tags":["dog","beach","sunset"],"categories":["animals","nature"]}
                    """);

            assertTrue(parsed.strict());
            assertBeach(parsed.answer());
            assertEquals(List.of(), parsed.problems());
        }

        @Test
        void subsetOfFieldsIsStrictWhenOnlyThoseArePresent() {
            ParsedAnswer parsed = parser.parse("{\"tags\":[\"cat\",\"sofa\"]}", null, EnumSet.of(AnalysisField.TAGS), LIMITS);

            assertTrue(parsed.strict());
            assertEquals(List.of("cat", "sofa"), parsed.answer().tags());
            assertNull(parsed.answer().title());
            assertEquals(List.of(), parsed.answer().categories());
        }

        @Test
        void wrongTypeIsNotStrictButStillRead() {
            ParsedAnswer parsed = parse("""
                    {"title":"Sunset at the beach","description":"A golden retriever runs along the shore at sunset.",
                     "tags":"dog, beach, sunset","categories":["animals","nature"]}""");

            assertFalse(parsed.strict());
            assertBeach(parsed.answer());
        }

        @Test
        void missingFieldIsNotStrictAndReported() {
            ParsedAnswer parsed = parse("{\"title\":\"Sunset at the beach\",\"tags\":[\"dog\"]}");

            assertFalse(parsed.strict());
            assertEquals("Sunset at the beach", parsed.answer().title());
            assertTrue(parsed.problems().contains("no description in the answer"));
            assertTrue(parsed.problems().contains("no categories in the answer"));
        }

        @Test
        void extraKeysAreNotStrict() {
            ParsedAnswer parsed = parser.parse("{\"title\":\"Harbour\",\"confidence\":0.9}", null,
                    EnumSet.of(AnalysisField.TITLE), LIMITS);

            assertFalse(parsed.strict());
            assertEquals("Harbour", parsed.answer().title());
        }

        @Test
        void overlongValuesAreStrictButClampedAndReported() {
            String title = "A very long title that keeps going well past the limit the schema set for titles of photos";
            ParsedAnswer parsed = parser.parse("{\"title\":\"" + title + "\"}", null, EnumSet.of(AnalysisField.TITLE), LIMITS);

            assertTrue(parsed.strict());
            assertTrue(parsed.answer().title().length() <= 80);
            assertTrue(title.startsWith(parsed.answer().title()));
            assertEquals(List.of("title cut to 80 characters"), parsed.problems());
        }
    }

    @Nested
    class Reasoning {

        @Test
        void thinkBlockIsDropped() {
            ParsedAnswer parsed = parse("""
                    <think>
                    The user wants JSON. I see a dog, {"title": "not this"} maybe. Let me write it.
                    </think>
                    {"title":"Sunset at the beach","description":"A golden retriever runs along the shore at sunset.",\
                    "tags":["dog","beach","sunset"],"categories":["animals","nature"]}""");

            assertBeach(parsed.answer());
        }

        @Test
        void closingTagWithoutOpeningDropsWhatCameBefore() {
            ParsedAnswer parsed = parser.parse("""
                    Okay, the image shows a cat on a sofa. Title: Wrong title
                    </think>

                    Title: Cat on a sofa""", null, EnumSet.of(AnalysisField.TITLE), LIMITS);

            assertEquals("Cat on a sofa", parsed.answer().title());
        }

        @Test
        void unclosedThinkKeepsOnlyTheJsonItEndsWith() {
            ParsedAnswer parsed = parse("""
                    <think>Okay, so the photo has a dog. Title: maybe "Dog"? Tags: dog, sand.
                    {"title":"Sunset at the beach","description":"A golden retriever runs along the shore at sunset.",\
                    "tags":["dog","beach","sunset"],"categories":["animals","nature"]}""");

            assertBeach(parsed.answer());
        }

        @Test
        void unclosedThinkWithoutAnswerYieldsNothing() {
            ParsedAnswer parsed = parse("<think>Title: Dog. Hmm, the user wants tags: dog, sand. Let me look again at the");

            assertNull(parsed.answer().title());
            assertEquals(List.of(), parsed.answer().tags());
            assertEquals(4, parsed.problems().size());
        }

        @Test
        void thinkingFieldIsIgnored() {
            ParsedAnswer parsed = parser.parse("{\"title\":\"Harbour at dusk\"}", "Title: Something else",
                    EnumSet.of(AnalysisField.TITLE), LIMITS);

            assertTrue(parsed.strict());
            assertEquals("Harbour at dusk", parsed.answer().title());
        }

        @Test
        void qwenStyleFinalAnswerMarker() {
            ParsedAnswer parsed = parse("""
                    Let me analyze the image. There is a dog, which suggests the title "Dog". But the sunset is prominent.
                    Title: Dog on sand (draft)

                    **Final Answer:**
                    ```json
                    {
                      "title": "Sunset at the beach",
                      "description": "A golden retriever runs along the shore at sunset.",
                      "tags": ["dog", "beach", "sunset"],
                      "categories": ["animals", "nature"]
                    }
                    ```""");

            assertBeach(parsed.answer());
        }

        @Test
        void chineseFinalAnswerMarkerWithFullWidthColon() {
            ParsedAnswer parsed = parse("""
                    图片中有一只猫。标题：草稿
                    最终答案：
                    标题：沙发上的猫
                    描述：一只橘猫躺在灰色沙发上晒太阳。
                    标签：猫、沙发、阳光
                    类别：动物""");

            ModelAnswer answer = parsed.answer();
            assertEquals("沙发上的猫", answer.title());
            assertEquals("一只橘猫躺在灰色沙发上晒太阳。", answer.description());
            assertEquals(List.of("猫", "沙发", "阳光"), answer.tags());
            assertEquals(List.of("动物"), answer.categories());
        }

        @Test
        void plainAnswerMarkerAtLineStart() {
            ParsedAnswer parsed = parser.parse("I think the best tags would be these.\nAnswer: dog, beach, sunset",
                    null, EnumSet.of(AnalysisField.TAGS), LIMITS);

            assertEquals(List.of("dog", "beach", "sunset"), parsed.answer().tags());
        }

        @Test
        void chineseAnswerMarkerWithAsciiColon() {
            ParsedAnswer parsed = parser.parse("我来分析这张图片。\n答案: 海边日落", null, EnumSet.of(AnalysisField.TITLE), LIMITS);

            assertEquals("海边日落", parsed.answer().title());
        }
    }

    @Nested
    class EmbeddedJson {

        @Test
        void llavaStyleProseAroundJson() {
            ParsedAnswer parsed = parse("""
                    Sure! Here is the JSON describing the image:
                    {"title": "Sunset at the beach", "description": "A golden retriever runs along the shore at sunset.", \
                    "tags": ["dog", "beach", "sunset"], "categories": ["animals", "nature"]}
                    I hope this helps! Let me know if you want {more} details.""");

            assertFalse(parsed.strict());
            assertBeach(parsed.answer());
        }

        @Test
        void gemmaStyleFenceWithAlternativeKeys() {
            ParsedAnswer parsed = parse("""
                    ```json
                    {
                      "Title": "Sunset at the beach",
                      "Description": "A golden retriever runs along the shore at sunset.",
                      "keywords": "dog, beach, sunset",
                      "category": "animals; nature",
                    }
                    ```""");

            assertBeach(parsed.answer());
        }

        @Test
        void singleQuotesAndBareKeysAreAccepted() {
            ParsedAnswer parsed = parse("{title: 'Sunset at the beach', description: 'A golden retriever runs along the shore at sunset.', "
                    + "tags: ['dog', 'beach', 'sunset'], categories: ['animals', 'nature']}");

            assertBeach(parsed.answer());
        }

        @Test
        void wrappedObjectIsUnwrapped() {
            ParsedAnswer parsed = parse("""
                    {"image_analysis": {"title": "Sunset at the beach", "description": "A golden retriever runs along the shore at sunset.",
                      "tags": ["dog", "beach", "sunset"], "categories": ["animals", "nature"]}}""");

            assertBeach(parsed.answer());
        }

        @Test
        void schemaKeyWinsOverSynonym() {
            ParsedAnswer parsed = parser.parse("{\"name\":\"IMG_2041.jpg\",\"title\":\"Harbour at dusk\"}", null,
                    EnumSet.of(AnalysisField.TITLE), LIMITS);

            assertEquals("Harbour at dusk", parsed.answer().title());
        }

        @Test
        void chineseKeysAreAccepted() {
            ParsedAnswer parsed = parse("{\"标题\":\"海边日落\",\"描述\":\"金毛犬在日落时沿着海岸奔跑。\",\"标签\":\"狗，海滩，日落\",\"分类\":[\"动物\"]}");

            assertEquals("海边日落", parsed.answer().title());
            assertEquals("金毛犬在日落时沿着海岸奔跑。", parsed.answer().description());
            assertEquals(List.of("狗", "海滩", "日落"), parsed.answer().tags());
            assertEquals(List.of("动物"), parsed.answer().categories());
        }

        @Test
        void labelsFillFieldsTheJsonLacks() {
            ParsedAnswer parsed = parse("""
                    Title: Sunset at the beach
                    Description: A golden retriever runs along the shore at sunset.
                    ```json
                    {"tags": ["dog", "beach", "sunset"], "categories": ["animals", "nature"]}
                    ```""");

            assertBeach(parsed.answer());
        }
    }

    @Nested
    class LabelledText {

        @Test
        void minicpmStyleLabels() {
            ParsedAnswer parsed = parse("""
                    Title: Sunset at the beach
                    Description: A golden retriever runs along the shore at sunset.
                    Tags: dog, beach, sunset
                    Categories: animals, nature""");

            assertFalse(parsed.strict());
            assertBeach(parsed.answer());
            assertEquals(List.of(), parsed.problems());
        }

        @Test
        void markdownBoldLabelsNumberedSectionsAndBullets() {
            ParsedAnswer parsed = parse("""
                    Here's my analysis of the photo:

                    1. **Title:** "Sunset at the beach"
                    2. **Description**: A golden retriever runs along the shore
                       at sunset.

                    3. **Tags:**
                       - dog
                       * beach
                       • #sunset
                    4. **Categories:**
                       1. Animals
                       2. Nature
                    Let me know if you'd like any changes!""");

            ModelAnswer answer = parsed.answer();
            assertEquals("Sunset at the beach", answer.title());
            assertEquals("A golden retriever runs along the shore\nat sunset.", answer.description());
            assertEquals(List.of("dog", "beach", "sunset"), answer.tags());
            assertEquals(List.of("Animals", "Nature"), answer.categories());
        }

        @Test
        void headingLabelsWithValueOnTheNextLine() {
            ParsedAnswer parsed = parse("""
                    ## Title
                    no colon here so not a label
                    ### Image Title:
                    Sunset at the beach

                    ### Description:
                    A golden retriever runs along the shore at sunset.

                    ### Tags:
                    dog, beach, sunset

                    ### Category:
                    animals, nature""");

            assertBeach(parsed.answer());
        }

        @Test
        void chineseLabels() {
            ParsedAnswer parsed = parse("""
                    **标题：** 《沙发上的猫》
                    **描述：** 一只橘猫躺在灰色沙发上晒太阳。
                    **标签：** 猫，沙发；阳光、#宠物
                    **类别：** 动物""");

            ModelAnswer answer = parsed.answer();
            assertEquals("沙发上的猫", answer.title());
            assertEquals("一只橘猫躺在灰色沙发上晒太阳。", answer.description());
            assertEquals(List.of("猫", "沙发", "阳光", "宠物"), answer.tags());
            assertEquals(List.of("动物"), answer.categories());
        }

        @Test
        void keywordsLabelAndHashtags() {
            ParsedAnswer parsed = parser.parse("Keywords: #dog #beach #sunset", null, EnumSet.of(AnalysisField.TAGS), LIMITS);

            assertEquals(List.of("dog", "beach", "sunset"), parsed.answer().tags());
        }
    }

    @Nested
    class PerFieldPlainText {

        @Test
        void bareTitleWithQuotesAndFullStop() {
            assertEquals("Sunset at the beach", parse("\"Sunset at the beach.\"", AnalysisField.TITLE).answer().title());
        }

        @Test
        void markdownLeavesNothingInTheTitle() {
            assertEquals("Sunset at the beach", parse("## Sunset at the beach", AnalysisField.TITLE).answer().title());
            assertEquals("A red kite over the hill", parse("# A **red** kite over the hill", AnalysisField.TITLE).answer().title());
            assertEquals("Harbour at dusk", parse("> ### **Harbour** at `dusk`", AnalysisField.TITLE).answer().title());
            assertEquals("Old town by the river", parse("Old town by the [river](https://example.org)", AnalysisField.TITLE)
                    .answer().title());
            assertEquals("Old town", parser.parse("{\"title\":\"## Old town\"}", null, EnumSet.of(AnalysisField.TITLE), LIMITS)
                    .answer().title());
        }

        @Test
        void preambleLineIsSkipped() {
            ParsedAnswer parsed = parse("Here is a short title for the image:\n\n**Sunset at the beach**", AnalysisField.TITLE);

            assertEquals("Sunset at the beach", parsed.answer().title());
        }

        @Test
        void bulletedTags() {
            ParsedAnswer parsed = parse("- Dog\n- beach\n- DOG\n- sunset.\n-  golden   hour ", AnalysisField.TAGS);

            assertEquals(List.of("Dog", "beach", "sunset", "golden hour"), parsed.answer().tags());
        }

        @Test
        void chineseCommaSeparatedCategories() {
            assertEquals(List.of("动物", "自然"), parse("动物，自然", AnalysisField.CATEGORIES).answer().categories());
        }

        @Test
        void plainDescription() {
            ParsedAnswer parsed = parse("  A golden retriever runs along the shore at sunset.  ", AnalysisField.DESCRIPTION);

            assertEquals("A golden retriever runs along the shore at sunset.", parsed.answer().description());
            assertEquals(List.of(), parsed.problems());
        }

        @Test
        void plainTextIsNotGuessedWhenSeveralFieldsWereAsked() {
            ParsedAnswer parsed = parse("A golden retriever runs along the shore at sunset.");

            assertNull(parsed.answer().title());
            assertNull(parsed.answer().description());
            assertEquals(4, parsed.problems().size());
        }
    }

    @Nested
    class Normalising {

        @Test
        void tagsAreCleanedAndDeduplicatedKeepingTheFirstSpelling() {
            ParsedAnswer parsed = parser.parse("{\"tags\":[\" Golden  Retriever \",\"golden retriever\",\"#Beach!\",\"\","
                + "\"  \",\"sunset.\",\"Beach\",\"'sand'\"]}",
                    null, EnumSet.of(AnalysisField.TAGS), LIMITS);

            assertEquals(List.of("Golden Retriever", "Beach", "sunset", "sand"), parsed.answer().tags());
        }

        @Test
        void listsAreCappedAndTheDropReported() {
            ParsedAnswer parsed = parser.parse("""
                    {"tags":["a1","a2","a3","a4","a5","a6","a7","a8","a9","a10","a11","a12"],"categories":["people","city","travel","food"]}""",
                    null, EnumSet.of(AnalysisField.TAGS, AnalysisField.CATEGORIES), LIMITS);

            assertTrue(parsed.strict());
            assertEquals(10, parsed.answer().tags().size());
            assertEquals(List.of("people", "city", "travel"), parsed.answer().categories());
            assertEquals(List.of("2 tags over the limit of 10 dropped", "1 categories over the limit of 3 dropped"),
                    parsed.problems());
        }

        @Test
        void longDescriptionIsCutAtAWord() {
            String description = "word ".repeat(300).strip();
            ParsedAnswer parsed = parse("{\"description\":\"" + description + "\"}", AnalysisField.DESCRIPTION);

            String cut = parsed.answer().description();
            assertTrue(cut.length() <= 1000);
            assertTrue(cut.endsWith("word"));
            assertTrue(parsed.problems().contains("description cut to 1000 characters"));
        }

        @Test
        void emojiTitleIsCutWithoutBreakingASurrogatePair() {
            AnswerLimits limits = new AnswerLimits(5, 100, 5, 2);
            ParsedAnswer parsed = parser.parse("{\"title\":\"🌅🌅🌅🌅🌅🌅🌅🌅\"}", null, EnumSet.of(AnalysisField.TITLE), limits);

            assertEquals("🌅🌅🌅🌅🌅", parsed.answer().title());
        }

        @Test
        void fieldsNotAskedForStayEmpty() {
            ParsedAnswer parsed = parse("Title: Harbour\nTags: boat, sea", AnalysisField.TITLE);

            assertEquals("Harbour", parsed.answer().title());
            assertEquals(List.of(), parsed.answer().tags());
            assertEquals(List.of(), parsed.problems());
        }
    }

    @Nested
    class Garbage {

        @ParameterizedTest
        @ValueSource(strings = {"", "   \n", "null", "[]", "{}", "true", "\"\"", "{\"title\": null, \"tags\": [null]}",
                "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>",
                "{\"error\":\"model runner has unexpectedly stopped\"}", "}{][", "```json\n{\"title\": \n```"})
        void yieldsAnEmptyAnswerWithProblems(String content) {
            for (Set<AnalysisField> fields : List.of(ALL, EnumSet.of(AnalysisField.TITLE), EnumSet.of(AnalysisField.TAGS))) {
                ParsedAnswer parsed = parser.parse(content, null, fields, LIMITS);

                assertEquals(new ModelAnswer(null, null, List.of(), List.of()), parsed.answer(), content);
                assertFalse(parsed.problems().isEmpty());
            }
        }

        @Test
        void nullContentIsAnEmptyAnswer() {
            ParsedAnswer parsed = parser.parse(null, null, ALL, LIMITS);

            assertEquals(List.of("the answer was empty", "no title in the answer", "no description in the answer",
                    "no tags in the answer", "no categories in the answer"), parsed.problems());
        }

        @Test
        void randomBytesNeverThrowOrBecomeATitle() {
            Random random = new Random(42);
            for (int i = 0; i < 200; i++) {
                byte[] bytes = new byte[random.nextInt(400)];
                random.nextBytes(bytes);
                String content = new String(bytes, StandardCharsets.UTF_8);

                ParsedAnswer parsed = parser.parse(content, null, EnumSet.of(AnalysisField.TITLE), LIMITS);

                assertNull(parsed.answer().title(), content);
                assertFalse(parsed.problems().isEmpty());
            }
        }

        @Test
        void deeplyNestedOrHugeInputIsHandled() {
            String nested = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
            String braces = "{".repeat(100_000);

            assertNull(parse(nested).answer().title());
            assertNull(parse(braces).answer().title());
        }
    }
}
